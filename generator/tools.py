"""Running the pinned generator tools of this environment as subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The tools (and the ruff their post-hooks call) are those installed beside this interpreter,
# i.e. the exact versions pinned in requirements/dev.txt, never whatever else is on PATH.
TOOLS_BIN = Path(sys.executable).parent


class ToolError(Exception):
    """A generator tool failed or warned; the message holds its command and output."""


def run_tool(name: str, *args: str, cwd: Path | None = None) -> str:
    """Run ``name`` from the environment's bin directory; return its output or raise ToolError."""
    env = {**os.environ, "PATH": f"{TOOLS_BIN}{os.pathsep}{os.environ.get('PATH', '')}", "PYTHONWARNINGS": "error"}
    # PYTHONWARNINGS=error: datamodel-code-generator reports a formatter failure only as a warning
    # and still exits 0 with unformatted output; make that a failure.
    result = subprocess.run(
        [str(TOOLS_BIN / name), *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise ToolError(f"{name} failed (exit {result.returncode}):\n{output}")
    return output


# The formatting of generated code, set explicitly: --isolated ignores any ruff configuration in
# parent directories and --no-cache leaves nothing behind, so the output bytes depend only on
# these flags and the pinned ruff version. Run from the distribution directory, where ruff sees
# the package as first-party.
_RUFF_FLAGS = ("--isolated", "--no-cache", "--target-version", "py311", "--line-length", "120")


def format_python(dist_dir: Path) -> None:
    """Sort imports, drop unused ones and format every Python file under ``dist_dir``."""
    run_tool("ruff", "check", *_RUFF_FLAGS, "--select", "F401,I,UP", "--fix-only", "--quiet", ".", cwd=dist_dir)
    run_tool("ruff", "format", *_RUFF_FLAGS, "--quiet", ".", cwd=dist_dir)
