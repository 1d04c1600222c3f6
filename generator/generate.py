"""``make generate``: turn the spec source into everything under ``generated/``.

Each step is one module with one job. The steps write into a staging directory beside the
output; only when every step has succeeded does the staging tree replace ``generated/``, so a
bad spec or a failing generator leaves ``generated/`` exactly as it was.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from generator.bundle_spec import bundle_spec
from generator.generate_client import generate_client
from generator.generate_models import generate_models
from generator.generate_typescript import generate_typescript
from generator.manifest import write_manifest
from generator.render_docs import render_docs
from generator.validate_spec import validate_spec
from generator.write_bundle import BUNDLE_NAME, write_bundle


def generate(spec: Path, out: Path) -> None:
    """Validate ``spec`` and regenerate ``out`` from it, printing each step and its time."""
    started = time.perf_counter()
    with _step("validate"):
        bundled = bundle_spec(spec)
        validate_spec(bundled)
    version = str(bundled.document["info"]["version"])
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-staging-", dir=out.parent))
    try:
        with _step("bundle"):
            write_bundle(bundled, staging / "openapi")
        bundle_json = staging / "openapi" / f"{BUNDLE_NAME}.json"
        # The generators only read the bundle and write separate trees, and their time is spent
        # in subprocesses: run them side by side.
        _parallel_steps(
            {
                "client": lambda: generate_client(bundle_json, staging / "python", version=version),
                "models": lambda: generate_models(bundle_json, staging / "python", version=version),
                "typescript": lambda: generate_typescript(bundle_json, staging / "typescript"),
            }
        )
        with _step("docs"):
            render_docs(bundle_json, staging / "docs")
        with _step("manifest"):
            write_manifest(staging, bundle_json)
        _replace_tree(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print(f"generated {out}/ in {time.perf_counter() - started:.2f}s", flush=True)


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

    with ThreadPoolExecutor(max_workers=len(steps)) as pool:
        futures = {name: pool.submit(timed, step) for name, step in steps.items()}
    for name, future in futures.items():
        error = future.exception()
        if error is not None:
            print(f"step {name:<10} failed", flush=True)
            raise error
        print(f"step {name:<10} {future.result():6.2f}s (in parallel)", flush=True)


def _replace_tree(staging: Path, out: Path) -> None:
    # Two renames on one filesystem: readers see either the old tree or the new one.
    retired = out.with_name(f".{out.name}-retired")
    shutil.rmtree(retired, ignore_errors=True)
    if out.exists():
        out.rename(retired)
    staging.rename(out)
    shutil.rmtree(retired, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover - use `python -m generator generate`
    sys.exit("use: python -m generator generate --out generated")
