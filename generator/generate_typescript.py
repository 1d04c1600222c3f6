"""Step "typescript": TypeScript types of the bundle, by openapi-typescript.

openapi-typescript is pinned exactly in ``package.json`` and installed into ``node_modules/`` by
``make`` (``npm ci``). It writes ``zoho-billing.d.ts``: the interfaces ``paths``, ``operations``
and ``components`` and, with ``--root-types``, one exported type per component
(``Customer``, ``GstTreatment``, ``ResponseItemNotFound``, ...).
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.tools import CHILDREN, ToolError

REPO_ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = REPO_ROOT / "node_modules" / ".bin"
TYPES_NAME = "zoho-billing.d.ts"

# Every option that shapes the output, set explicitly.
_OPTIONS = ("--root-types", "--root-types-no-schema-prefix")


def generate_typescript(bundle_json: Path, out_dir: Path) -> Path:
    """Write ``out_dir/zoho-billing.d.ts`` for the bundle."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / TYPES_NAME
    run_node_tool("openapi-typescript", str(bundle_json.resolve()), "--output", str(target.resolve()), *_OPTIONS)
    return target


def run_node_tool(name: str, *args: str) -> str:
    """Run a tool of the project's ``node_modules``; return its output or raise ToolError."""
    tool = NODE_BIN / name
    if not tool.exists():
        raise ToolError(f"{name} is not installed in {NODE_BIN.parent}: run `make generate` (it runs `npm ci`)")
    # Run where there is no redocly.yaml: openapi-typescript reads one from its working directory,
    # and its output must not depend on the lint configuration. No telemetry, no update check: the run stays offline.
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    result = CHILDREN.run([str(tool), *args], cwd=NODE_BIN, env=env)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise ToolError(f"{name} failed (exit {result.returncode}):\n{output}")
    return output
