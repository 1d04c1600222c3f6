"""Step "typescript": TypeScript types of the bundle, by openapi-typescript.

openapi-typescript is pinned exactly in ``package.json`` and installed into ``node_modules/`` by
``make`` (``npm ci``). It writes ``zoho-billing.d.ts``: the interfaces ``paths``, ``operations``
and ``components`` and, with ``--root-types``, one exported type per component
(``Customer``, ``GstTreatment``, ``ResponseItemNotFound``, ...). Beside it, the files that make the folder
the npm package ``zoho-billing-types`` (``distribution/``: package.json with the spec's version, README).
"""

from __future__ import annotations

from pathlib import Path

from generator.core.toolchain import OPENAPI_TYPESCRIPT
from generator.core.tools import run_tool
from generator.core.write_distribution import write_distribution

TYPESCRIPT_DIR = Path(__file__).parent
PACKAGE = "zoho-billing-types"

TYPES_NAME = "zoho-billing.d.ts"

# Every option that shapes the output, set explicitly. openapi-typescript 7 makes a property with a
# `default` non-optional unless told otherwise, which would make a request field that Zoho defaults
# (customer `ach_supported`, ...) compulsory to send: `required` alone decides here, as in the spec.
_OPTIONS = ("--root-types", "--root-types-no-schema-prefix", "--default-non-nullable=false")


def generate_typescript(bundle_json: Path, out_dir: Path, *, version: str) -> Path:
    """Write ``out_dir/zoho-billing.d.ts`` for the bundle, and the npm package's files around it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / TYPES_NAME
    run_tool(OPENAPI_TYPESCRIPT, str(bundle_json.resolve()), "--output", str(target.resolve()), *_OPTIONS)
    write_distribution(TYPESCRIPT_DIR / "distribution", out_dir, package=PACKAGE, version=version)
    return target
