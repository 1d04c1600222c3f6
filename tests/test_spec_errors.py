"""A broken spec fails `python -m generator validate` with the file, the JSON pointer and why."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# The ProductType enum, and the same with one more value (and its description, so that only the
# value itself is wrong).
_PRODUCT_TYPES = "enum: [goods, service]\n  x-enum-descriptions:\n"


def _with_product_type(value: str) -> str:
    return f"enum: [goods, service, {value}]\n  x-enum-descriptions:\n    - An extra value.\n"


BREAKAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "bad-ref": (
        lambda spec: _edit(
            spec / "components/schemas/customers.yaml", "$ref: '#/CustomerTag'\n", "$ref: '#/CustomerTagg'\n"
        ),
        "openapi/components/schemas/customers.yaml#/Customer/properties/tags/items/$ref: "
        "$ref '#/CustomerTagg' does not resolve",
    ),
    "missing-file": (
        lambda spec: _edit(spec / "zoho-billing.yaml", "$ref: paths/transactions.yaml", "$ref: paths/transaction.yaml"),
        "openapi/zoho-billing.yaml#/paths/~1transactions/$ref: $ref 'paths/transaction.yaml': cannot read "
        "openapi/paths/transaction.yaml: file not found",
    ),
    "wrong-type": (
        lambda spec: _edit(
            spec / "components/schemas/items.yaml",
            "  description: Stock keeping unit of the item; unique within the organization.\n  type: string",
            "  description: Stock keeping unit.\n  type: text",
        ),
        "openapi/components/schemas/items.yaml#/Sku/type: OpenAPI 3.1: 'text' is not valid",
    ),
    "unknown-extension": (
        lambda spec: _edit(
            spec / "components/schemas/items.yaml",
            "ItemTaxPreference:\n",
            "ItemTaxPreference:\n  x-zoho-colour: blue\n",
        ),
        "openapi/components/schemas/items.yaml#/ItemTaxPreference/x-zoho-colour: unknown extension x-zoho-colour",
    ),
    "extension-in-wrong-place": (
        lambda spec: _edit(spec / "paths/transactions.yaml", "get:\n", "get:\n  x-zoho-availability: [in]\n"),
        "openapi/paths/transactions.yaml#/get/x-zoho-availability: x-zoho-availability is not allowed on a operation",
    ),
    "invalid-example": (
        lambda spec: _edit(spec / "paths/items@{item_id}.yaml", "rate: 129.99\n", "rate: expensive\n"),
        "openapi/paths/items@{item_id}.yaml#/put/requestBody/content/application~1json/examples/new_rate/value/rate: "
        "example does not match its schema: 'expensive' is not of type 'number'",
    ),
    "inline-object": (
        lambda spec: _edit(
            spec / "components/schemas/items.yaml",
            "    tax_id:\n      description: ID of the tax.\n      type: string\n",
            "    tax_id:\n      type: object\n      properties: {id: {type: string}}\n",
        ),
        "openapi/components/schemas/items.yaml#/ItemTaxPreference/properties/tax_id: anonymous inline object schema",
    ),
    "enum-value-of-wrong-type": (
        lambda spec: _edit(spec / "components/schemas/items.yaml", _PRODUCT_TYPES, _with_product_type("42")),
        "openapi/components/schemas/items.yaml#/ProductType/enum/2: enum value 42 is not of the schema's type 'string'",
    ),
    "null-in-non-nullable-enum": (
        lambda spec: _edit(spec / "components/schemas/items.yaml", _PRODUCT_TYPES, _with_product_type("null")),
        "openapi/components/schemas/items.yaml#/ProductType/enum/2: null in the enum of a non-nullable schema",
    ),
    "misspelt-keyword": (
        lambda spec: _edit(spec / "components/schemas/items.yaml", "  maxLength: 100\n", "  maxLenght: 100\n"),
        "openapi/components/schemas/items.yaml#/ItemName/maxLenght: unknown schema keyword 'maxLenght'",
    ),
    "duplicate-operation-id": (
        lambda spec: _edit(spec / "paths/items.yaml", "operationId: list_items", "operationId: create_item"),
        "openapi/paths/items.yaml#/get/operationId: OpenAPI 3.1: operationId 'create_item' is not unique: "
        "also used at openapi/paths/items.yaml#/post/operationId",
    ),
    "json-schema-dialect": (
        lambda spec: _edit(
            spec / "zoho-billing.yaml",
            "openapi: 3.1.0\n",
            "openapi: 3.1.0\njsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base\n",
        ),
        "openapi/zoho-billing.yaml#/jsonSchemaDialect: leave jsonSchemaDialect out",
    ),
    "component-name-shared-by-two-kinds": (
        lambda spec: _edit(
            spec / "zoho-billing.yaml",
            "    ReferenceIdTypeQuery:\n      $ref: components/parameters.yaml",
            "    ReferenceIdType:\n      $ref: components/parameters.yaml",
        ),
        "openapi/components/schemas/customers.yaml#/ReferenceIdType: component name 'ReferenceIdType' is used by "
        "two kinds of component: /components/schemas/ReferenceIdType (here) and /components/parameters/ReferenceIdType "
        "(in openapi/components/parameters.yaml#/ReferenceIdTypeQuery)",
    ),
    "decimal-format-on-string": (
        lambda spec: _edit(
            spec / "components/schemas/transactions.yaml",
            "        - type: string\n",
            "        - type: string\n          format: decimal\n",
        ),
        "openapi/components/schemas/transactions.yaml#/Transaction/properties/amount/anyOf/0/format: "
        "format: decimal on a string schema",
    ),
    "extensible-enum-without-enum": (
        lambda spec: _edit(
            spec / "components/schemas/items.yaml",
            "  maxLength: 100\n",
            "  maxLength: 100\n  x-zoho-extensible-enum: true\n",
        ),
        "openapi/components/schemas/items.yaml#/ItemName/x-zoho-extensible-enum: "
        "x-zoho-extensible-enum on a schema with no enum",
    ),
    "duplicate-key": (
        lambda spec: _edit(spec / "components/parameters.yaml", "  in: header\n", "  in: header\n  in: query\n"),
        "openapi/components/parameters.yaml#: invalid YAML (line 5, column 3): duplicate key 'in' (first at line 4)",
    ),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_spec_is_reported_at_its_source(tmp_path: Path, breakage: str) -> None:
    shutil.copytree(REPO_ROOT / "openapi", tmp_path / "openapi")
    break_spec, expected = BREAKAGES[breakage]
    break_spec(tmp_path / "openapi")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", "openapi/zoho-billing.yaml", "validate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_valid_spec_passes_validate() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate"], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
