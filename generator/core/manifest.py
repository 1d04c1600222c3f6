"""Step "manifest": record what produced generated/ (tool versions, input hash, output hashes).

The versions are read by :mod:`generator.core.toolchain`, the one place that knows the tools.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from generator.core.toolchain import tool_versions

MANIFEST_NAME = "manifest.json"


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
        "tools": tool_versions(),
        "files": files,
    }
    path = out_dir / MANIFEST_NAME
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
