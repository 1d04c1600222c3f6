"""`make generate`: reproducible output, a failing spec leaves generated/ untouched, the manifest."""

from __future__ import annotations

import filecmp
import hashlib
import json
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from openapi_spec_validator import validate

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED = REPO_ROOT / "generated"

pytestmark = pytest.mark.slow


def _generate(out: Path, *, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--out", str(out)],
        cwd=cwd, capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(REPO_ROOT), "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"},
    )  # fmt: skip


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only in committed: {prefix}{name}" for name in comparison.left_only)
        found.extend(f"only in regenerated: {prefix}{name}" for name in comparison.right_only)
        found.extend(f"differs: {prefix}{name}" for name in comparison.diff_files)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    # dircmp compares by os.stat signature first; confirm content for the files it called equal.
    return found


def test_committed_generated_tree_is_current(tmp_path: Path) -> None:
    result = _generate(tmp_path / "generated")
    assert result.returncode == 0, result.stderr
    assert not [line for line in (result.stdout + result.stderr).splitlines() if "warning" in line.lower()]
    committed = {k: v for k, v in _tree_digest(GENERATED).items() if "__pycache__" not in k}
    regenerated = _tree_digest(tmp_path / "generated")
    changed = sorted(k for k in committed.keys() | regenerated.keys() if committed.get(k) != regenerated.get(k))
    assert changed == [], "generated/ is stale; run `make generate`. Files that differ:\n" + "\n".join(changed)


def test_generate_prints_each_step_with_its_time(tmp_path: Path) -> None:
    result = _generate(tmp_path / "out")
    steps = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("step ")]
    assert steps == ["validate", "bundle", "client", "models", "typescript", "docs", "manifest"]
    step_lines = [line for line in result.stdout.splitlines() if line.startswith("step ")]
    assert all(re.match(r"^step \w+\s+[0-9.]+s", line) for line in step_lines)


@pytest.mark.parametrize(
    ("breakage", "file", "old", "new", "expected"),
    [
        (
            "bad-ref",
            "modules/items/schemas.yaml",
            "$ref: '#/ItemTaxPreference'",
            "$ref: '#/ItemTaxPref'",
            "openapi/modules/items/schemas.yaml#/Item/properties/item_tax_preferences/items/$ref",
        ),
        (
            "invalid-schema",
            "components/schemas/common.yaml",
            "      type: integer\n      readOnly: true",
            "      type: int\n      readOnly: true",
            "openapi/components/schemas/common.yaml#/ErrorResponse/properties/code/type",
        ),
        (
            "unknown-extension",
            "modules/items/paths/items.yaml",
            "post:\n",
            "post:\n  x-zoho-speed: fast\n",
            "openapi/modules/items/paths/items.yaml#/post/x-zoho-speed: unknown extension",
        ),
    ],
)
def test_bad_spec_stops_generation_and_leaves_output_untouched(
    tmp_path: Path, breakage: str, file: str, old: str, new: str, expected: str
) -> None:
    shutil.copytree(REPO_ROOT / "openapi", tmp_path / "openapi")
    shutil.copytree(GENERATED, tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    before = _tree_digest(tmp_path / "generated")
    path = tmp_path / "openapi" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = _generate(Path("generated"), cwd=tmp_path)
    assert result.returncode == 1
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert _tree_digest(tmp_path / "generated") == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".generated")] == []


def test_manifest_records_tools_spec_hash_and_files() -> None:
    manifest = json.loads((GENERATED / "manifest.json").read_text(encoding="utf-8"))
    for tool in ("openapi-python-client", "datamodel-code-generator", "openapi-spec-validator", "ruff"):
        assert manifest["tools"][tool] == version(tool)
    bundle = GENERATED / "openapi" / "zoho-billing.json"
    assert manifest["spec"]["bundle_sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()
    on_disk = {k: v for k, v in _tree_digest(GENERATED).items() if k != "manifest.json" and "__pycache__" not in k}
    assert manifest["files"] == on_disk


def test_bundles_are_self_contained_and_valid_on_their_own() -> None:
    import yaml

    as_json = json.loads((GENERATED / "openapi" / "zoho-billing.json").read_text(encoding="utf-8"))
    as_yaml = yaml.safe_load((GENERATED / "openapi" / "zoho-billing.yaml").read_text(encoding="utf-8"))
    assert as_json == as_yaml
    validate(as_json)
    refs: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(as_json)
    assert refs and all(ref.startswith("#/components/") for ref in refs)
