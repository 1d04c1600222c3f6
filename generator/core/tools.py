"""Running the pinned generator tools (:mod:`generator.core.toolchain`) as subprocesses, and stopping them.

:func:`run_tool` is the one way a generator step runs a tool.

Each tool runs in its own process group, registered in :data:`CHILDREN`, so that an interrupted
``make generate`` (SIGTERM, SIGINT, SIGHUP) ends every tool it started and the tools' own
children (ruff, node), instead of leaving them running and writing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

from generator.core.toolchain import RUFF, Tool

# How long the tools get to exit after SIGTERM before they are killed.
STOP_GRACE_SECONDS = 5.0


class ToolError(Exception):
    """A generator tool failed or warned; the message holds its command and output."""


class ChildProcesses:
    """The tool processes running now; :meth:`stop` ends them all and refuses new ones."""

    def __init__(self) -> None:
        # Re-entrant: stop() runs in a signal handler on the main thread, which may hold the lock.
        self._lock = threading.RLock()
        self._running: set[subprocess.Popen[str]] = set()
        self._stopping = False

    def run(self, argv: list[str], *, cwd: Path | None, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        with self._lock:
            if self._stopping:
                raise ToolError(f"{Path(argv[0]).name} not started: generation is being stopped")
            process = subprocess.Popen(
                argv,
                cwd=cwd,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                process_group=0,  # its own group, so that stop() also reaches the tool's children
            )
            self._running.add(process)
        try:
            stdout, stderr = process.communicate()
        finally:
            with self._lock:
                self._running.discard(process)
        return subprocess.CompletedProcess(argv, process.returncode, stdout, stderr)

    def stop(self) -> None:
        """Refuse new tools and send SIGTERM to the process group of each running one."""
        with self._lock:
            self._stopping = True
            running = list(self._running)
        for process in running:
            _signal_group(process.pid, signal.SIGTERM)

    def reap(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """After :meth:`stop`: wait up to ``grace`` seconds for the tools, then SIGKILL what is left."""
        with self._lock:
            groups = list(self._running)
        deadline = time.monotonic() + grace
        for process in groups:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            # The tool's own children may outlive it in its group: end them too.
            _signal_group(process.pid, signal.SIGKILL)

    def reset(self) -> None:
        with self._lock:
            self._stopping = False


def _signal_group(pgid: int, signum: int) -> None:
    try:
        os.killpg(pgid, signum)
    except (ProcessLookupError, PermissionError):
        pass  # the group is gone already


CHILDREN = ChildProcesses()


def run_tool(tool: Tool, *args: str, cwd: Path | None = None) -> str:
    """Run ``tool`` (in ``cwd``, else the tool's own directory); return its output or raise ToolError."""
    if tool.executable is None or not tool.executable.exists():
        raise ToolError(f"{tool.package} is not installed ({tool.executable}): {tool.install_hint}")
    result = CHILDREN.run([str(tool.executable), *args], cwd=cwd or tool.cwd, env=tool.environment())
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise ToolError(f"{tool.executable.name} failed (exit {result.returncode}):\n{output}")
    return output


# The formatting of generated code, set explicitly: --isolated ignores any ruff configuration in
# parent directories and --no-cache leaves nothing behind, so the output bytes depend only on
# these flags and the pinned ruff version. Run from the distribution directory, where ruff sees
# the package as first-party.
_RUFF_FLAGS = ("--isolated", "--no-cache", "--target-version", "py311", "--line-length", "120")


def format_python(dist_dir: Path) -> None:
    """Sort imports, drop unused ones and format every Python file under ``dist_dir``."""
    run_tool(RUFF, "check", *_RUFF_FLAGS, "--select", "F401,I,UP", "--fix-only", "--quiet", ".", cwd=dist_dir)
    run_tool(RUFF, "format", *_RUFF_FLAGS, "--quiet", ".", cwd=dist_dir)
