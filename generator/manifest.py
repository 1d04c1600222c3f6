"""Step "manifest": record what produced generated/ (tool versions, input hash, output hashes)."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

MANIFEST_NAME = "manifest.json"
_NODE_MODULES = Path(__file__).resolve().parent.parent / "node_modules"


def _npm_version(name: str) -> str:
    # The version npm installed from package-lock.json, as the package itself records it.
    package_json = _NODE_MODULES / name / "package.json"
    return str(json.loads(package_json.read_text(encoding="utf-8"))["version"]) if package_json.exists() else "absent"


# The generator tools whose exact versions determine the bytes of generated/.
TOOL_VERSIONS = {
    **{
        name: version(name)
        for name in ("openapi-python-client", "datamodel-code-generator", "openapi-spec-validator", "ruff", "jinja2")
    },
    "openapi-typescript (npm)": _npm_version("openapi-typescript"),
}


def write_manifest(out_dir: Path, bundle_json: Path) -> Path:
    """Write ``out_dir/manifest.json`` describing every other file in ``out_dir``."""
    files = {
        path.relative_to(out_dir).as_posix(): _sha256(path)
        for path in sorted(out_dir.rglob("*"))
        if path.is_file() and path.name != MANIFEST_NAME
    }
    manifest = {
        "generated_by": "make generate (python -m generator generate)",
        "spec": {"source": "openapi/zoho-billing.yaml", "bundle_sha256": _sha256(bundle_json)},
        "tools": TOOL_VERSIONS,
        "files": files,
    }
    path = out_dir / MANIFEST_NAME
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
