"""``make generate``: turn the spec source into everything under ``generated/``.

Each step is one module with one job. The steps write into a staging tree in a private work
directory outside the repository (the system temporary directory, when it is on the same
filesystem as the output); only when every step has succeeded does the staging tree replace
``generated/``, by renames, so a bad spec, a failing generator or an interruption leaves
``generated/`` exactly as it was and nothing in the repository.

SIGTERM, SIGINT and SIGHUP stop a run cleanly: the generator tools running (each in its own
process group) are sent SIGTERM, killed if they have not ended within a few seconds, the work
directory is removed, and the command exits with 128 + the signal number. A SIGKILL cannot be
caught: its work directory stays in the temporary directory and is removed by the next run.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from generator.core.api_model import ApiModel, build_api_model
from generator.core.bundle_spec import bundle_spec, discover_modules
from generator.core.manifest import write_manifest
from generator.core.tools import CHILDREN
from generator.core.validate_spec import validate_spec
from generator.core.write_bundle import BUNDLE_NAME, bundle_json, write_bundle
from generator.docs.changelog import read_history, releases_dir
from generator.docs.render_docs import render_docs
from generator.python_client.generate_client import generate_client
from generator.python_common.python_view import python_view
from generator.python_models.generate_models import generate_models
from generator.typescript.generate_typescript import generate_typescript
from generator.typescript.typescript_view import typescript_view

API_MODEL_NAME = f"{BUNDLE_NAME}.api-model.json"

# Work directories are named <prefix><pid>-<random>, so a run can tell which belong to a dead run.
WORK_PREFIX = "zoho-billing-generate-"
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class GenerationInterrupted(BaseException):
    """A stop signal arrived during generation; ``generated/`` was left as it was."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"interrupted by {signal.Signals(signum).name}")


def generate(spec: Path, out: Path) -> None:
    """Validate ``spec`` and regenerate ``out`` from it, printing each step and its time."""
    started = time.perf_counter()
    with _stop_on_signals():
        with _step("validate"):
            bundled = bundle_spec(spec)
            validate_spec(bundled)
            # The one model of the API every later step reads (its SDK facts checked here).
            model = build_api_model(bundled.document, bundled.locate)
        version = str(bundled.document["info"]["version"])
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            with _work_dir(out.parent) as work:
                staging = work / out.name
                with _step("bundle"):
                    write_bundle(bundled, staging / "openapi")
                    write_api_model(model, staging / "openapi")
                bundle = staging / "openapi" / f"{BUNDLE_NAME}.json"
                # What the Python generators read (see generator/python_common/python_view.py); not published.
                for_python = work / "python-view" / f"{BUNDLE_NAME}.json"
                for_python.parent.mkdir()
                python_document = python_view(bundled.document)
                for_python.write_text(bundle_json(python_document), encoding="utf-8")
                python_model = model.with_document(python_document)
                # What openapi-typescript reads (see generator/typescript/typescript_view.py); not published.
                for_typescript = work / "typescript-view" / f"{BUNDLE_NAME}.json"
                for_typescript.parent.mkdir()
                for_typescript.write_text(bundle_json(typescript_view(bundled.document)), encoding="utf-8")
                # The generators only read the bundle and write separate trees, and their time is
                # spent in subprocesses: run them side by side.
                _parallel_steps(
                    {
                        "client": lambda: generate_client(
                            for_python, staging / "python", version=version, model=python_model
                        ),
                        "models": lambda: generate_models(
                            for_python,
                            staging / "python",
                            version=version,
                            schema_modules=bundled.component_modules(),
                            module_order=[module.name for module in discover_modules(spec)],
                        ),
                        "typescript": lambda: generate_typescript(
                            for_typescript, staging / "typescript", version=version
                        ),
                    }
                )
                with _step("docs"):
                    render_docs(model, staging / "docs", read_history(releases_dir(spec)))
                with _step("manifest"):
                    write_manifest(staging, bundle)
                _replace_tree(staging, out, work)
        except BaseException:
            CHILDREN.stop()
            CHILDREN.reap()
            raise
    print(f"generated {out}/ in {time.perf_counter() - started:.2f}s", flush=True)


def write_api_model(model: ApiModel, out_dir: Path) -> Path:
    """The API model beside the bundle, for the tools that cannot import the generator (the mock)."""
    target = out_dir / API_MODEL_NAME
    target.write_text(model.to_json(), encoding="utf-8")
    return target


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM, SIGINT and SIGHUP into :class:`GenerationInterrupted` (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        CHILDREN.stop()  # first, so that no tool keeps running while the exception unwinds
        raise GenerationInterrupted(signum)

    previous = {signum: signal.signal(signum, interrupt) for signum in _STOP_SIGNALS}
    CHILDREN.reset()
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def _work_dir(out_parent: Path) -> Iterator[Path]:
    """A private directory for one run, on the output's filesystem, outside the repository if possible."""
    temp = Path(tempfile.gettempdir())
    # Renames (the atomic replacement of the output) need one filesystem. Where the temporary
    # directory is on another one, work beside the output under a name .gitignore ignores.
    base = temp if _same_filesystem(temp, out_parent) else out_parent
    prefix = WORK_PREFIX if base == temp else f".{WORK_PREFIX}"
    _remove_stale_work_dirs(base, prefix)
    work = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=base))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _same_filesystem(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _remove_stale_work_dirs(base: Path, prefix: str) -> None:
    """Remove the work directories of runs that died (SIGKILL) without cleaning up."""
    for path in base.glob(f"{prefix}*-*"):
        pid = path.name.removeprefix(prefix).split("-", 1)[0]
        if path.is_dir() and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def _step(name: str) -> Iterator[None]:
    print(f"step {name:<10}", end="", flush=True)
    started = time.perf_counter()
    try:
        yield
    except BaseException:
        print(" failed", flush=True)
        raise
    print(f" {time.perf_counter() - started:6.2f}s", flush=True)


def _parallel_steps(steps: dict[str, Callable[[], object]]) -> None:
    def timed(step: Callable[[], object]) -> float:
        started = time.perf_counter()
        step()
        return time.perf_counter() - started

    pool = ThreadPoolExecutor(max_workers=len(steps))
    try:
        futures = {name: pool.submit(timed, step) for name, step in steps.items()}
        wait(futures.values())
    except BaseException:
        # Interrupted: end the tools, then let the threads (whose tools are ending) finish, so
        # that nothing writes into the work directory once it is removed.
        CHILDREN.stop()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    for name, future in futures.items():
        error = future.exception()
        if error is not None:
            print(f"step {name:<10} failed", flush=True)
            raise error
        print(f"step {name:<10} {future.result():6.2f}s (in parallel)", flush=True)


def _replace_tree(staging: Path, out: Path, work: Path) -> None:
    # Two renames on one filesystem: readers see either the old tree or the new one. The old
    # tree goes into the work directory, which is removed with it.
    retired = work / "retired"
    if out.exists():
        out.rename(retired)
    staging.rename(out)


if __name__ == "__main__":  # pragma: no cover - use `python -m generator generate`
    sys.exit("use: python -m generator generate --out generated")
