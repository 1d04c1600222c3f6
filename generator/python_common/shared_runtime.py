"""Runtime sources both Python packages need (exact JSON, open enums): one copy in
``generator/python_common/runtime/``, copied into each package at generate time so that each installs on
its own."""

from __future__ import annotations

import shutil
from pathlib import Path

SHARED_RUNTIME_DIR = Path(__file__).parent / "runtime"


def copy_shared_runtime(package_dir: Path) -> list[Path]:
    """Copy every ``generator/python_common/runtime/*.py`` unchanged into ``package_dir``."""
    written = []
    for source in sorted(SHARED_RUNTIME_DIR.glob("*.py")):
        target = package_dir / source.name
        shutil.copyfile(source, target)
        written.append(target)
    return written
