"""Deprecations in the spec reach the client's users: calling a deprecated operation, passing a
deprecated query parameter or sending a deprecated body field emits a ``DeprecationWarning`` that names
it and its ``x-zoho-sunset`` date, pointing at the caller's line; the request is still sent.

The spec marks nothing deprecated today, so the test deprecates three things in a copy of the bundle,
renders the SDK layer of that copy over a copy of the generated package, and runs a program that uses
it against the local server, in a subprocess (so that the copy is the package it imports).
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from client_support import ORGANIZATION, TOKEN

from generator.core.api_model import build_api_model
from generator.core.openapi_document import iter_operations
from generator.python_client.write_client_sdk import write_client_sdk
from generator.python_common.python_view import python_view

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "generated" / "python" / "zoho-billing-client" / "zoho_billing_client"

PROGRAM = """
    import asyncio, json, sys, warnings
    from decimal import Decimal
    from zoho_billing_client import AsyncZohoBilling, ZohoBilling

    base_url, token, organization = sys.argv[1:4]
    seen = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ZohoBilling(organization_id=organization, access_token=token, base_url=base_url) as client:
            item = client.items.create(name="Gear", rate=Decimal("5"), sku="G-1")  # line 10
            listed = list(client.items.list(filter_by="Status.All"))  # line 11

        async def main():
            async with AsyncZohoBilling(organization_id=organization, access_token=token, base_url=base_url) as client:
                return await client.items.create(name="Cog", rate=Decimal("6"), sku="C-1")  # line 15

        cog = asyncio.run(main())
    for warning in caught:
        seen.append([warning.category.__name__, str(warning.message), warning.filename, warning.lineno])
    print(json.dumps({"warnings": seen, "item": item.sku, "cog": cog.sku, "listed": len(listed)}))
"""


def _deprecated_bundle(document: dict[str, Any]) -> dict[str, Any]:
    bundle = copy.deepcopy(document)
    sku = bundle["components"]["schemas"]["ItemRequest"]["properties"]["sku"]
    sku.update({"deprecated": True, "x-zoho-sunset": "2027-06-30"})
    for operation in iter_operations(bundle):
        if operation.node.get("operationId") == "list_items":
            operation.node["deprecated"] = True
            (filter_by,) = (p for p in operation.node["parameters"] if p.get("name") == "filter_by")
            filter_by["deprecated"] = True
    return bundle


def test_deprecated_operation_parameter_and_field_warn_at_the_callers_line(
    document: dict[str, Any], tmp_path: Path, mock: Any
) -> None:
    package = tmp_path / "zoho_billing_client"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    write_client_sdk(build_api_model(python_view(_deprecated_bundle(document))), package, version="0.0.0")
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent(PROGRAM).lstrip("\n"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-P", str(program), mock.base_url, TOKEN, ORGANIZATION],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    # Each request was still sent and answered.
    assert (seen["item"], seen["cog"]) == ("G-1", "C-1")
    assert seen["listed"] == 1  # the first item (the list comes before the async create)
    warnings = [tuple(w) for w in seen["warnings"]]
    at = str(program)
    sunset = "; Zoho may remove it after 2027-06-30"
    assert warnings == [
        ("DeprecationWarning", f"the field `sku` is deprecated in the Zoho Billing API{sunset}", at, 10),
        ("DeprecationWarning", "`items.list` (GET /items) is deprecated in the Zoho Billing API", at, 11),
        ("DeprecationWarning", "the parameter `filter_by` of GET /items is deprecated in the Zoho Billing API", at, 11),
        ("DeprecationWarning", f"the field `sku` is deprecated in the Zoho Billing API{sunset}", at, 15),
    ]
