"""Deprecations in the reference: an operation, a parameter and a field marked ``deprecated: true`` get
a badge with their ``x-zoho-sunset`` date, in HTML and in Markdown. Nothing in the spec is deprecated
today, so a copy of the bundle is."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from generator.core.api_model import build_api_model
from generator.core.openapi_document import iter_operations
from generator.docs.render_docs import render_docs


def _deprecated(bundle: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(bundle)
    changed["components"]["schemas"]["ItemRequest"]["properties"]["sku"].update(
        {"deprecated": True, "x-zoho-sunset": "2027-06-30"}
    )
    for operation in iter_operations(changed):
        if operation.node.get("operationId") == "list_items":
            operation.node.update({"deprecated": True, "x-zoho-sunset": "2027-01-31"})
            (filter_by,) = (p for p in operation.node["parameters"] if p.get("name") == "filter_by")
            filter_by["deprecated"] = True
    return changed


def _section(page: str, operation_id: str) -> str:
    return page.split(f'<section class="operation" id="{operation_id}"', 1)[1].split("</section>", 1)[0]


def test_deprecated_operation_parameter_and_field_carry_a_badge(bundle: dict[str, Any], tmp_path: Path) -> None:
    render_docs(build_api_model(_deprecated(bundle)), tmp_path)
    page = (tmp_path / "items.html").read_text(encoding="utf-8")
    listing = _section(page, "list_items")
    heading = listing.split('<p class="endpoint">', 1)[0]
    assert 'class="badge deprecated"' in heading and '<time datetime="2027-01-31">2027-01-31</time>' in heading
    assert "Zoho may remove it after 2027-01-31" in listing
    parameter = re.search(r'<tr[^>]*id="list_items-param-filter_by".*?</tr>', listing, re.S)
    assert parameter and 'class="badge deprecated"' in parameter.group(0) and "removal after" not in parameter.group(0)
    create = _section(page, "create_item")
    sku = re.search(r"<tr[^>]*>(?:(?!</tr>).)*?<code>sku</code>.*?</tr>", create, re.S)
    assert sku and '<time datetime="2027-06-30">' in sku.group(0)
    # Nothing else is marked.
    assert page.count('class="badge deprecated"') == 4  # the operation, its parameter, sku in create and update
    markdown = (tmp_path / "items.md").read_text(encoding="utf-8")
    assert "> **Deprecated.** This operation still works; Zoho may remove it after 2027-01-31." in markdown
    assert "**deprecated** (removal after 2027-06-30)" in markdown
