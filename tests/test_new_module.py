"""`python -m generator new-module NAME` writes a module skeleton that validates, and refuses bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from generator.core.bundle_spec import bundle_spec, discover_modules, load_facts
from generator.core.validate_spec import validate_spec

REPO_ROOT = Path(__file__).resolve().parent.parent


def _run(spec_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec_dir / "zoho-billing.yaml"), "new-module", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_skeleton_validates_and_is_a_module_once_filled_in(tmp_path: Path) -> None:
    spec = tmp_path / "openapi"
    shutil.copytree(REPO_ROOT / "openapi", spec)
    result = _run(spec, "widgets")
    assert result.returncode == 0, result.stderr
    folder = spec / "modules" / "widgets"
    for name in ("module.yaml", "schemas.yaml", "error-codes.yaml", "errata.yaml", "facts.yaml", "examples/index.json"):
        assert (folder / name).is_file(), name
    root = spec / "zoho-billing.yaml"
    assert [m.name for m in discover_modules(root)][-1] == "widgets"  # added last
    bundled = bundle_spec(root)
    validate_spec(bundled)  # the skeleton as written validates
    assert bundled.document["tags"][-1]["name"] == "widgets"
    assert load_facts(root)["widgets"] == {}

    # Filled in with one schema and one operation, it is part of the bundle.
    (folder / "schemas.yaml").write_text(
        "WidgetListResponse:\n  title: Widget list response\n  type: object\n  required: [code, message]\n"
        "  properties:\n    code: {type: integer}\n    message: {type: string}\n",
        encoding="utf-8",
    )
    items = yaml.safe_load((spec / "modules/items/paths/items.yaml").read_text(encoding="utf-8"))["get"]
    operation = {
        key: value for key, value in items.items() if key in ("summary", "description", "security", "responses")
    } | {"operationId": "list_widgets", "tags": ["widgets"], "parameters": [items["parameters"][0]]}
    operation["summary"], operation["description"] = "List widgets", "Lists the widgets."
    operation["security"] = [
        {s: [scope.replace("items", "widgets") for scope in v]} for r in items["security"] for s, v in r.items()
    ]
    operation["responses"] = {
        status: response for status, response in items["responses"].items() if status != "200"
    } | {
        "200": {
            "description": "The widgets.",
            "content": {"application/json": {"schema": {"$ref": "../schemas.yaml#/WidgetListResponse"}}},
        }
    }
    operation["x-zoho-success-message"] = "success"
    operation["x-zoho-sdk"] = {"resource": "widgets", "method": "list", "result": {"kind": "object", "key": "message"}}
    (folder / "paths").mkdir()
    path_item = yaml.safe_dump({"get": operation}, sort_keys=False)
    (folder / "paths" / "widgets.yaml").write_text(path_item, encoding="utf-8")
    module = (folder / "module.yaml").read_text(encoding="utf-8")
    (folder / "module.yaml").write_text(
        module.replace("paths: {}", "paths:\n  /widgets:\n    $ref: paths/widgets.yaml"), encoding="utf-8"
    )
    bundled = bundle_spec(root)
    assert "/widgets" in bundled.document["paths"] and "WidgetListResponse" in bundled.document["components"]["schemas"]
    assert str(bundled.locate("/paths/~1widgets/get/operationId")).endswith(
        "modules/widgets/paths/widgets.yaml#/get/operationId"
    )


def test_an_existing_module_or_a_bad_name_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "openapi"
    shutil.copytree(REPO_ROOT / "openapi", spec)
    before = (spec / "zoho-billing.yaml").read_text(encoding="utf-8")
    existing = _run(spec, "items")
    assert existing.returncode == 1 and "exists already" in existing.stderr
    bad = _run(spec, "Credit-Notes")
    assert bad.returncode == 1 and "module name 'Credit-Notes'" in bad.stderr
    assert (spec / "zoho-billing.yaml").read_text(encoding="utf-8") == before
    assert not (spec / "modules" / "Credit-Notes").exists()
