"""Step "typescript": TypeScript types of the bundle, by openapi-typescript.

openapi-typescript is pinned exactly in ``package.json`` and installed into ``node_modules/`` by
``make`` (``npm ci``). It writes ``zoho-billing.d.ts``: the interfaces ``paths``, ``operations``
and ``components`` and, with ``--root-types``, one exported type per component
(``Customer``, ``GstTreatment``, ``ResponseItemNotFound``, ...).
"""

from __future__ import annotations

from pathlib import Path

from generator.core.toolchain import OPENAPI_TYPESCRIPT
from generator.core.tools import run_tool

TYPES_NAME = "zoho-billing.d.ts"

# Every option that shapes the output, set explicitly.
_OPTIONS = ("--root-types", "--root-types-no-schema-prefix")


def generate_typescript(bundle_json: Path, out_dir: Path) -> Path:
    """Write ``out_dir/zoho-billing.d.ts`` for the bundle."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / TYPES_NAME
    run_tool(OPENAPI_TYPESCRIPT, str(bundle_json.resolve()), "--output", str(target.resolve()), *_OPTIONS)
    return target
