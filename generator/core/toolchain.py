"""The generator's tools: where each is installed, how its version is read, how it is run.

The one place that knows them. The versions are pinned by the lock files (``requirements/dev.txt`` for the Python
tools, ``package-lock.json`` for the npm ones) and read here from what is installed; ``generator/core/manifest.py``
records them, the distributions' READMEs name them, and :func:`generator.core.tools.run_tool` runs each
tool the same way (own process group, stopped on SIGTERM, output checked).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# The Python tools (and the ruff their post-hooks call) are those installed beside this interpreter, i.e. the exact
# versions pinned in requirements/dev.txt, never whatever else is on PATH.
PYTHON_BIN = Path(sys.executable).parent
NODE_MODULES = REPO_ROOT / "node_modules"
NODE_BIN = NODE_MODULES / ".bin"


@dataclass(frozen=True)
class Tool:
    """A pinned tool: ``key`` names it in the manifest, ``package`` is what the lock file pins."""

    key: str
    package: str
    ecosystem: str  # "pypi" or "npm"
    executable: Path | None = None  # None: a library, recorded but not run
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: Path | None = None  # where it runs unless the step says otherwise
    install_hint: str = "run `make generate`"

    @property
    def version(self) -> str:
        return _installed_version(self.package, self.ecosystem)

    def environment(self) -> dict[str, str]:
        return {**os.environ, "PATH": f"{PYTHON_BIN}{os.pathsep}{os.environ.get('PATH', '')}", **self.env}


@cache
def _installed_version(package: str, ecosystem: str) -> str:
    if ecosystem == "pypi":
        return version(package)
    # The version npm installed from package-lock.json, as the package itself records it.
    package_json = NODE_MODULES / package / "package.json"
    return str(json.loads(package_json.read_text(encoding="utf-8"))["version"]) if package_json.exists() else "absent"


# PYTHONWARNINGS=error: datamodel-code-generator reports a formatter failure only as a warning and still exits 0
# with unformatted output; make that a failure.
_PYTHON_ENV = {"PYTHONWARNINGS": "error"}

OPENAPI_PYTHON_CLIENT = Tool(
    "openapi-python-client", "openapi-python-client", "pypi", PYTHON_BIN / "openapi-python-client", _PYTHON_ENV
)
DATAMODEL_CODEGEN = Tool(
    "datamodel-code-generator", "datamodel-code-generator", "pypi", PYTHON_BIN / "datamodel-codegen", _PYTHON_ENV
)
RUFF = Tool("ruff", "ruff", "pypi", PYTHON_BIN / "ruff", _PYTHON_ENV)
OPENAPI_SPEC_VALIDATOR = Tool("openapi-spec-validator", "openapi-spec-validator", "pypi")
JINJA2 = Tool("jinja2", "jinja2", "pypi")
OPENAPI_TYPESCRIPT = Tool(
    "openapi-typescript (npm)",
    "openapi-typescript",
    "npm",
    NODE_BIN / "openapi-typescript",
    # No telemetry, no update check: the run stays offline.
    {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"},
    # Where there is no redocly.yaml: openapi-typescript reads one from its working directory, and its output must
    # not depend on the lint configuration.
    cwd=NODE_BIN,
    install_hint="run `make generate` (it runs `npm ci`)",
)

# Git, found on PATH: not pinned and not in the manifest (it writes no byte of generated/); the
# breaking-change check reads a base bundle at a git ref with it.
GIT = Tool("git", "git", "system", Path(shutil.which("git") or "git"), install_hint="install git")

# The tools whose exact versions determine the bytes of generated/, in the manifest's order.
TOOLS = (OPENAPI_PYTHON_CLIENT, DATAMODEL_CODEGEN, OPENAPI_SPEC_VALIDATOR, RUFF, JINJA2, OPENAPI_TYPESCRIPT)


def tool_versions() -> dict[str, str]:
    """``{manifest key: installed version}`` of every tool."""
    return {tool.key: tool.version for tool in TOOLS}
