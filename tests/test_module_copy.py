"""Adding a module is adding its folder plus one line in the root's tags list (issue 10).

The check: copy ``openapi/modules/items/`` to ``widgets`` with every name changed mechanically (paths,
tag, schemas and other components, operationIds, scopes, the ``x-zoho-sdk`` resource, error-code
names), add ``- $ref: modules/widgets/module.yaml#/tag`` to the tags list, and touch no other file.
``python -m generator generate`` into a temporary tree must then give a working ``client.widgets``
against the local server run from that tree's bundle (create, retrieve, list, update, delete, mark
active and inactive, the module's own rule: unique names, code 1000), the pydantic classes, TypeScript
types that compile, and the docs pages.

One generation serves every check (a module-scoped fixture); each check is its own test, so a
failure says which part of the design does not yet follow the module folder.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.bundle_spec import MODULE_COMPONENT_KINDS, Module

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE, NEW = "items", "widgets"
TAG_LINE = "  - $ref: modules/items/module.yaml#/tag\n"
GENERATE_TIMEOUT = 300
RUN_TIMEOUT = 120


def _component_names(module_dir: Path) -> list[str]:
    module = Module(module_dir.name, module_dir)
    names: list[str] = []
    for kind in MODULE_COMPONENT_KINDS:
        for file in module.component_files(kind):
            names += list(yaml.safe_load(file.read_text(encoding="utf-8")) or {})
    return names


class Renamer:
    """items -> widgets, item -> widget, Item -> Widget, ITEM -> WIDGET; a component whose name
    does not carry the module's name gets the prefix ``Widget`` (``ProductType`` ->
    ``WidgetProductType``), since component names are global."""

    def __init__(self, module_dir: Path) -> None:
        self.prefixed = [name for name in _component_names(module_dir) if "Item" not in name]

    def text(self, value: str) -> str:
        for name in self.prefixed:
            value = re.sub(rf"(?<![A-Za-z]){name}(?![A-Za-z])", f"Widget{name}", value)
        value = value.replace("ITEM", "WIDGET").replace("Item", "Widget")
        return re.sub(r"(?<![A-Za-z])item", "widget", value)

    def node(self, node: Any, parent_key: str | None = None) -> Any:
        if isinstance(node, dict) and parent_key is None:
            # A component file: a prefixed component's title spells its new name (Product type ->
            # Widget product type), as the spec requires of every component schema's title.
            return (
                {
                    self.text(str(key)): self.node(self._retitle(value) if key in self.prefixed else value, str(key))
                    for key, value in node.items()
                }
                if any(key in self.prefixed for key in node)
                else self._node(node, parent_key)
            )
        return self._node(node, parent_key)

    @staticmethod
    def _retitle(value: Any) -> Any:
        if isinstance(value, dict) and isinstance(value.get("title"), str):
            return value | {"title": "Widget " + value["title"][0].lower() + value["title"][1:]}
        return value

    def _node(self, node: Any, parent_key: str | None = None) -> Any:
        if isinstance(node, dict):
            # `items` is also the JSON Schema keyword of an array schema, which keeps its name.
            keyword = node.get("type") == "array" and parent_key != "properties"
            return {
                (key if key == "items" and keyword else self.text(str(key))): self._node(value, str(key))
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [self._node(item, parent_key) for item in node]
        return self.text(node) if isinstance(node, str) else node


def copy_module(spec_dir: Path) -> Path:
    """Copy ``modules/items`` to ``modules/widgets`` under ``spec_dir``, renamed; return the new folder."""
    source = spec_dir / "modules" / SOURCE
    target = spec_dir / "modules" / NEW
    renamer = Renamer(source)
    for path in sorted(source.rglob("*")):
        if path.is_dir():
            continue
        destination = target / Path(*[renamer.text(part) for part in path.relative_to(source).parts])
        destination.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".yaml":
            renamed = renamer.node(yaml.safe_load(path.read_text(encoding="utf-8")))
            destination.write_text(yaml.safe_dump(renamed, sort_keys=False, allow_unicode=True), encoding="utf-8")
        else:
            destination.write_text(renamer.text(path.read_text(encoding="utf-8")), encoding="utf-8")
    root = spec_dir / "zoho-billing.yaml"
    text = root.read_text(encoding="utf-8")
    assert text.count(TAG_LINE) == 1
    root.write_text(text.replace(TAG_LINE, TAG_LINE + TAG_LINE.replace(SOURCE, NEW)), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def generation(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A copy of openapi/ with the widgets module added, generated into ``<tmp>/generated``."""
    tmp = tmp_path_factory.mktemp("module-copy")
    shutil.copytree(REPO_ROOT / "openapi", tmp / "openapi")
    before = {path.relative_to(tmp): path.read_bytes() for path in (tmp / "openapi").rglob("*") if path.is_file()}
    copy_module(tmp / "openapi")
    after = {path.relative_to(tmp): path.read_bytes() for path in (tmp / "openapi").rglob("*") if path.is_file()}
    # No file outside the new folder changed, but the root's one added line.
    changed = {path for path in before if before[path] != after.get(path)}
    assert changed == {Path("openapi/zoho-billing.yaml")}
    assert {path for path in after if path not in before} == {
        path for path in after if path.parts[:3] == ("openapi", "modules", NEW)
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--spec",
            str(tmp / "openapi/zoho-billing.yaml"),
            "generate",
            "--out",
            str(tmp / "generated"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=GENERATE_TIMEOUT,
        check=False,
    )
    return tmp, result


@pytest.fixture
def copied(generation: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    tmp, result = generation
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp


def test_the_bundle_has_the_new_module(copied: Path) -> None:
    document = json.loads((copied / "generated/openapi/zoho-billing.json").read_text(encoding="utf-8"))
    names = [tag["name"] for tag in document["tags"]]
    assert names[names.index(SOURCE) + 1] == NEW  # where its line was added, right after the source's
    assert {"/widgets", "/widgets/{widget_id}", "/widgets/{widget_id}/active", "/widgets/{widget_id}/inactive"} <= set(
        document["paths"]
    )
    assert {"Widget", "WidgetSummary", "WidgetRequest", "WidgetProductType"} <= set(document["components"]["schemas"])
    assert {"WidgetBadRequest", "WidgetNotFound"} <= set(document["components"]["responses"])
    scopes = document["components"]["securitySchemes"]["zoho_oauth"]["flows"]["authorizationCode"]["scopes"]
    assert "ZohoSubscriptions.widgets.CREATE" in scopes
    # The same code in two modules, two entries: the catalogue is keyed by module and code.
    keys = [(entry["module"], entry["code"]) for entry in document["x-zoho-error-codes"]]
    assert ("items", 1000) in keys and ("widgets", 1000) in keys and len(keys) == len(set(keys))


def test_the_pydantic_models_have_the_classes(copied: Path) -> None:
    # One submodule per API module: the copy's classes are in widgets.py, and the package exports them by name.
    package = copied / "generated/python/zoho-billing-models/zoho_billing_models"
    models = (package / "widgets.py").read_text(encoding="utf-8")
    init = (package / "__init__.py").read_text(encoding="utf-8")
    for name in ("Widget", "WidgetSummary", "WidgetRequest", "WidgetListResponse", "WidgetProductType"):
        assert re.search(rf"^class {name}\(", models, re.MULTILINE), name
        assert f'"{name}": "widgets",' in init, name


def test_the_typescript_types_compile(copied: Path) -> None:
    types_dir = copied / "generated/typescript"
    usage = types_dir / "usage.ts"
    usage.write_text(
        textwrap.dedent(
            """\
            import type { components, operations } from "./zoho-billing";
            type Widget = components["schemas"]["Widget"];
            const widget: Widget = { widget_id: "903000000045027", name: "Hard Drive", rate: 120.5, status: "active" };
            type Listed = operations["list_widgets"]["responses"]["200"]["content"]["application/json"];
            const page: Listed = { code: 0, message: "success", widgets: [] };
            export const used = [widget.name, page.widgets.length];
            """
        ),
        encoding="utf-8",
    )
    tsc = REPO_ROOT / "node_modules/.bin/tsc"
    result = subprocess.run(
        [str(tsc), "--strict", "--noEmit", "--target", "es2020", "--module", "es2020", str(usage)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_docs_have_the_pages(copied: Path) -> None:
    docs = copied / "generated/docs"
    html = (docs / "widgets.html").read_text(encoding="utf-8")
    markdown = (docs / "widgets.md").read_text(encoding="utf-8")
    for operation_id in ("create_widget", "list_widgets", "mark_widget_inactive"):
        assert operation_id in html and operation_id in markdown, operation_id
    assert "widgets.html" in (docs / "index.html").read_text(encoding="utf-8")


WALKTHROUGH = """
import sys
from decimal import Decimal

sys.path.insert(0, sys.argv[1])  # the client generated from the copy, ahead of the installed one
import zoho_billing_client
from zoho_billing_client import BadRequestError, ZohoBilling
from zoho_billing_client.models import Widget, WidgetSummary
from zoho_billing_mock import MockServer

assert zoho_billing_client.__file__.startswith(sys.argv[1]), zoho_billing_client.__file__
with MockServer(spec_path=sys.argv[2]) as server:
    headers = server.headers()
    token = headers["Authorization"].split(" ", 1)[1]
    organization = headers["X-com-zoho-subscriptions-organizationid"]
    options = {"organization_id": organization, "access_token": token, "base_url": server.base_url}
    with ZohoBilling(**options, max_retries=0) as client:
        widget = client.widgets.create(name="Hard Drive", rate=Decimal("120.50"), description="500GB")
        assert isinstance(widget, Widget) and widget.rate == Decimal("120.50")
        assert client.widgets.retrieve(widget.widget_id).name == "Hard Drive"
        retrieved = client.widgets.retrieve(widget.widget_id)
        changed = client.widgets.update(widget.widget_id, retrieved, rate=Decimal("99.99"))
        assert changed.rate == Decimal("99.99") and changed.description == "500GB"
        listed = list(client.widgets.list(name_contains="Drive"))
        assert [type(w) for w in listed] == [WidgetSummary] and listed[0].widget_id == widget.widget_id
        assert client.widgets.mark_inactive(widget.widget_id).code == 0
        assert [w.widget_id for w in client.widgets.list(filter_by="Status.Inactive")] == [widget.widget_id]
        assert client.widgets.mark_active(widget.widget_id).code == 0
        try:  # the module's own rule: names are unique (code 1000 of the widgets module)
            client.widgets.create(name="Hard Drive", rate=Decimal("1"))
        except BadRequestError as error:
            assert (error.code, error.error_name) == (1000, "WIDGET_NAME_ALREADY_EXISTS"), error
        else:
            raise AssertionError("a second widget with the same name was created")
        assert client.widgets.delete(widget.widget_id).code == 0
        assert list(client.widgets.list()) == []
        # The module it was copied from still works beside it, with its own meaning of 1000.
        assert client.items.create(name="Hard Drive", rate=1).name == "Hard Drive"
        try:
            client.items.create(name="Hard Drive", rate=1)
        except BadRequestError as error:
            assert (error.code, error.error_name) == (1000, "ITEM_NAME_ALREADY_EXISTS"), error
        else:
            raise AssertionError("a second item with the same name was created")
print("walkthrough ok")
"""


def test_the_client_works_against_the_mock(copied: Path) -> None:
    client_dir = copied / "generated/python/zoho-billing-client"
    bundle = copied / "generated/openapi/zoho-billing.json"
    result = subprocess.run(
        [sys.executable, "-c", WALKTHROUGH, str(client_dir), str(bundle)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0 and "walkthrough ok" in result.stdout, result.stdout + result.stderr


CATALOGUE_CHECK = """
import json
import sys

sys.path.insert(0, sys.argv[1])
from zoho_billing_client import error_codes

catalogue = json.loads(open(sys.argv[2], encoding="utf-8").read())["x-zoho-error-codes"]
# Each constant names its module's code, and the client's catalogue keeps every entry (Zoho reuses
# 1000 in items and widgets with two meanings: one dict entry per number would lose one).
for entry in catalogue:
    assert getattr(error_codes, entry["name"]) == entry["code"], entry["name"]
names = {getattr(value, "name", None) for value in error_codes.ERROR_CODES.values()}
missing = sorted(entry["name"] for entry in catalogue if entry["name"] not in names)
assert not missing, f"not in the client's ERROR_CODES: {missing}"
print("catalogue ok")
"""


def test_the_client_catalogue_keeps_every_modules_codes(copied: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CATALOGUE_CHECK,
            str(copied / "generated/python/zoho-billing-client"),
            str(copied / "generated/openapi/zoho-billing.json"),
        ],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0 and "catalogue ok" in result.stdout, result.stdout + result.stderr
