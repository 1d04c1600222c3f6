"""An interrupted `make generate` leaves nothing behind: no staging tree, no generator still running.

Each test starts `python -m generator generate` in its own session, with a marker in its
environment that every tool it starts inherits; the processes carrying the marker are exactly the
run and its tools, wherever they were reparented to. Every wait is bounded.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import generate as generate_module

REPO_ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Bounds of the waits (generous: other tests may be running on the two cores).
TOOLS_START_WITHIN = 120.0
EXIT_WITHIN = 60.0
SETTLE_WITHIN = 10.0


def _marked_processes(marker: str) -> set[int]:
    """PIDs of the live processes whose environment holds ``marker`` (zombies have none)."""
    needle = marker.encode()
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue  # gone, or not ours
        if needle in environ:
            found.add(int(entry.name))
    return found


def _wait_for(condition: object, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError(f"not within {within:.0f}s: {what}")


def _kill(pids: set[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@pytest.fixture
def run(tmp_path: Path) -> Iterator[dict[str, object]]:
    """A generate run into ``tmp_path/repo/generated``, with its temporary directory in ``tmp_path/tmp``."""
    marker = f"ZOHO_BILLING_GENERATE_TEST={uuid.uuid4().hex}"
    (tmp_path / "repo").mkdir()
    (tmp_path / "tmp").mkdir()
    env = {
        "PYTHONPATH": str(REPO_ROOT),
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "TMPDIR": str(tmp_path / "tmp"),
        marker.split("=")[0]: marker.split("=")[1],
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", "--out", str(tmp_path / "repo" / "generated")],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    state: dict[str, object] = {"process": process, "marker": marker.split("=")[1], "tmp_path": tmp_path}
    try:
        # Mid-run: the generator tools (openapi-python-client, datamodel-codegen, node) are running.
        _wait_for(
            lambda: len(_marked_processes(str(state["marker"])) - {process.pid}) >= 2 or process.poll() is not None,
            TOOLS_START_WITHIN,
            "the generator tools to start",
        )
        assert process.poll() is None, process.communicate()
        yield state
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=EXIT_WITHIN)
        _kill(_marked_processes(str(state["marker"])))


def _leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def test_sigterm_ends_the_tools_and_leaves_no_staging_tree(run: dict[str, object]) -> None:
    process = run["process"]
    assert isinstance(process, subprocess.Popen)
    tmp_path = run["tmp_path"]
    assert isinstance(tmp_path, Path)
    process.send_signal(signal.SIGTERM)
    _stdout, stderr = process.communicate(timeout=EXIT_WITHIN)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert "interrupted by SIGTERM" in stderr and "Traceback" not in stderr
    _wait_for(lambda: not _marked_processes(str(run["marker"])), SETTLE_WITHIN, "every generator tool to end")
    assert _leftovers(tmp_path / "repo") == []  # no staging tree, no generated/ half written
    assert _leftovers(tmp_path / "tmp") == []  # and the work directory is gone too


def test_sigkill_leaves_nothing_in_the_repository(run: dict[str, object]) -> None:
    process = run["process"]
    assert isinstance(process, subprocess.Popen)
    tmp_path = run["tmp_path"]
    assert isinstance(tmp_path, Path)
    process.kill()
    process.communicate(timeout=EXIT_WITHIN)
    # The tools outlive a SIGKILL (nothing can catch it); they write only into the work directory.
    _kill(_marked_processes(str(run["marker"])))
    assert _leftovers(tmp_path / "repo") == []
    work_dirs = _leftovers(tmp_path / "tmp")
    assert [name.startswith(f"{generate_module.WORK_PREFIX}{process.pid}-") for name in work_dirs] == [True]


def test_the_next_run_removes_the_work_directory_of_a_killed_run(tmp_path: Path) -> None:
    # A PID that no live process has: the one of a child that has exited and been reaped.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"{generate_module.WORK_PREFIX}{int(dead.stdout)}-abc123"
    (stale / "generated").mkdir(parents=True)
    live = tmp_path / f"{generate_module.WORK_PREFIX}{os.getpid()}-def456"
    live.mkdir()
    generate_module._remove_stale_work_dirs(tmp_path, generate_module.WORK_PREFIX)
    assert _leftovers(tmp_path) == [live.name]
