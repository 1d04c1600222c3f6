"""A broken spec fails `python -m generator validate` with the file, the JSON pointer and why."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

# The `validate_copy` fixture of tests/conftest.py: edit a copy of openapi/, run `generator validate` on it.
ValidateCopy = Callable[[Callable[[Path], None]], "subprocess.CompletedProcess[str]"]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# The ProductType enum, and the same with one more value (and its description, so that only the
# value itself is wrong).
_PRODUCT_TYPES = "enum: [goods, service]\n  x-enum-descriptions:\n"


def _with_product_type(value: str) -> str:
    return f"enum: [goods, service, {value}]\n  x-enum-descriptions:\n    - An extra value.\n"


BREAKAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "bad-ref": (
        lambda spec: _edit(
            spec / "modules/customers/schemas/customers.yaml", "$ref: '#/CustomerTag'\n", "$ref: '#/CustomerTagg'\n"
        ),
        "openapi/modules/customers/schemas/customers.yaml#/Customer/properties/tags/items/$ref: "
        "$ref '#/CustomerTagg' does not resolve",
    ),
    "missing-file": (
        lambda spec: _edit(
            spec / "modules/customers/module.yaml", "$ref: paths/transactions.yaml", "$ref: paths/transaction.yaml"
        ),
        "openapi/modules/customers/module.yaml#/paths/~1transactions/$ref: $ref 'paths/transaction.yaml': cannot read "
        "openapi/modules/customers/paths/transaction.yaml: file not found",
    ),
    "wrong-type": (
        lambda spec: _edit(
            spec / "modules/items/fields.yaml",
            "  description: Stock keeping unit of the item; unique within the organization.\n  type: string",
            "  description: Stock keeping unit.\n  type: text",
        ),
        "openapi/modules/items/fields.yaml#/Sku/type: OpenAPI 3.1: 'text' is not valid",
    ),
    "unknown-extension": (
        lambda spec: _edit(
            spec / "modules/items/schemas.yaml",
            "ItemTaxPreference:\n",
            "ItemTaxPreference:\n  x-zoho-colour: blue\n",
        ),
        "openapi/modules/items/schemas.yaml#/ItemTaxPreference/x-zoho-colour: unknown extension x-zoho-colour",
    ),
    "extension-in-wrong-place": (
        lambda spec: _edit(
            spec / "modules/customers/paths/transactions.yaml", "get:\n", "get:\n  x-zoho-availability: [in]\n"
        ),
        "openapi/modules/customers/paths/transactions.yaml#/get/x-zoho-availability: "
        "x-zoho-availability is not allowed on a operation",
    ),
    "invalid-example": (
        lambda spec: _edit(spec / "modules/items/paths/items@{item_id}.yaml", "rate: 129.99\n", "rate: expensive\n"),
        "openapi/modules/items/paths/items@{item_id}.yaml#/put/requestBody/content/application~1json/examples/new_rate/"
        "value/rate: "
        "example does not match its schema: 'expensive' is not of type 'number'",
    ),
    "inline-object": (
        lambda spec: _edit(
            spec / "modules/items/schemas.yaml",
            "    tax_id:\n      description: ID of the tax.\n      type: string\n",
            "    tax_id:\n      type: object\n      properties: {id: {type: string}}\n",
        ),
        "openapi/modules/items/schemas.yaml#/ItemTaxPreference/properties/tax_id: anonymous inline object schema",
    ),
    "enum-value-of-wrong-type": (
        lambda spec: _edit(spec / "modules/items/schemas.yaml", _PRODUCT_TYPES, _with_product_type("42")),
        "openapi/modules/items/schemas.yaml#/ProductType/enum/2: enum value 42 is not of the schema's type 'string'",
    ),
    "null-in-non-nullable-enum": (
        lambda spec: _edit(spec / "modules/items/schemas.yaml", _PRODUCT_TYPES, _with_product_type("null")),
        "openapi/modules/items/schemas.yaml#/ProductType/enum/2: null in the enum of a non-nullable schema",
    ),
    "misspelt-keyword": (
        lambda spec: _edit(spec / "modules/items/fields.yaml", "  maxLength: 100\n", "  maxLenght: 100\n"),
        "openapi/modules/items/fields.yaml#/ItemName/maxLenght: unknown schema keyword 'maxLenght'",
    ),
    "duplicate-operation-id": (
        lambda spec: _edit(
            spec / "modules/items/paths/items.yaml", "operationId: list_items", "operationId: create_item"
        ),
        "openapi/modules/items/paths/items.yaml#/get/operationId: OpenAPI 3.1: operationId 'create_item' is not "
        "unique: "
        "also used at openapi/modules/items/paths/items.yaml#/post/operationId",
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
        lambda spec: _edit(spec / "modules/customers/parameters.yaml", "ReferenceIdTypeQuery:\n", "ReferenceIdType:\n"),
        "openapi/modules/customers/parameters.yaml#/ReferenceIdType: component name 'ReferenceIdType' (a schema there) "
        "is already defined at openapi/modules/customers/schemas/customers.yaml#/ReferenceIdType",
    ),
    "title-not-spelling-the-name": (
        lambda spec: _edit(
            spec / "modules/items/schemas.yaml", "  title: Product type\n", "  title: Kind of product\n"
        ),
        "openapi/modules/items/schemas.yaml#/ProductType/title: title 'Kind of product' does not spell the component "
        "name 'ProductType'",
    ),
    "component-defined-in-two-modules": (
        lambda spec: _append(spec / "modules/items/schemas.yaml", "Address:\n  title: Address\n  type: object\n"),
        "openapi/modules/items/schemas.yaml#/Address: component 'Address' is already defined at "
        "openapi/modules/customers/schemas/customers.yaml#/Address",
    ),
    "shared-component-defined-again-in-a-module": (
        lambda spec: _append(spec / "modules/items/responses.yaml", "NotFound:\n  description: Not found.\n"),
        "openapi/modules/items/responses.yaml#/NotFound: component 'NotFound' is already defined at "
        "openapi/zoho-billing.yaml#/components/responses/NotFound",
    ),
    "module-folder-not-in-tags": (
        lambda spec: _edit(spec / "zoho-billing.yaml", "  - $ref: modules/items/module.yaml#/tag\n", ""),
        "openapi/modules/items/module.yaml#: module folder 'items' is not in the root's tags list",
    ),
    "tags-line-without-module": (
        lambda spec: _edit(
            spec / "zoho-billing.yaml",
            "  - $ref: modules/items/module.yaml#/tag\n",
            "  - $ref: modules/items/module.yaml#/tag\n  - $ref: modules/widgets/module.yaml#/tag\n",
        ),
        "openapi/zoho-billing.yaml#/tags/2/$ref: no module folder openapi/modules/widgets with a module.yaml",
    ),
    "path-in-two-modules": (
        lambda spec: _edit(
            spec / "modules/items/module.yaml",
            "  /items:\n",
            "  /transactions:\n    $ref: paths/items.yaml\n  /items:\n",
        ),
        "openapi/modules/items/module.yaml#/paths/~1transactions: path '/transactions' is already defined at "
        "openapi/modules/customers/module.yaml#/paths/~1transactions",
    ),
    "error-code-twice-in-a-module": (
        lambda spec: _edit(spec / "modules/items/error-codes.yaml", "- code: 2006\n", "- code: 1000\n"),
        "openapi/modules/items/error-codes.yaml#/1: code 1000 is already defined at "
        "openapi/modules/items/error-codes.yaml#/0",
    ),
    "error-code-of-another-module": (
        lambda spec: _edit(spec / "modules/items/error-codes.yaml", "  module: items\n", "  module: customers\n"),
        "openapi/modules/items/error-codes.yaml#/0/module: module must be 'items', the folder's name",
    ),
    "operation-without-its-modules-tag": (
        lambda spec: _edit(spec / "modules/items/paths/items.yaml", "tags: [items]", "tags: [customers]"),
        "openapi/modules/items/paths/items.yaml#/post/tags: an operation of module 'items' must carry its tag 'items'",
    ),
    "decimal-format-on-string": (
        lambda spec: _edit(
            spec / "modules/customers/schemas/transactions.yaml",
            "        - type: string\n",
            "        - type: string\n          format: decimal\n",
        ),
        "openapi/modules/customers/schemas/transactions.yaml#/Transaction/properties/amount/anyOf/0/format: "
        "format: decimal on a string schema",
    ),
    "extensible-enum-without-enum": (
        lambda spec: _edit(
            spec / "modules/items/fields.yaml",
            "  maxLength: 100\n",
            "  maxLength: 100\n  x-zoho-extensible-enum: true\n",
        ),
        "openapi/modules/items/fields.yaml#/ItemName/x-zoho-extensible-enum: "
        "x-zoho-extensible-enum on a schema with no enum",
    ),
    "version-not-semver": (
        lambda spec: _edit(spec / "zoho-billing.yaml", "  version: 0.2.0\n", "  version: '0.2'\n"),
        "openapi/zoho-billing.yaml#/info/version: info.version must be a semantic version (MAJOR.MINOR.PATCH, "
        "semver.org), not '0.2'",
    ),
    "sunset-without-deprecated": (
        lambda spec: _edit(
            spec / "modules/items/paths/items@{item_id}.yaml",
            "  operationId: delete_item\n",
            "  operationId: delete_item\n  x-zoho-sunset: '2027-06-30'\n",
        ),
        "openapi/modules/items/paths/items@{item_id}.yaml#/delete/x-zoho-sunset: x-zoho-sunset dates the removal "
        "of a deprecated element: set deprecated: true beside it",
    ),
    "sunset-not-a-date": (
        lambda spec: _edit(
            spec / "modules/items/paths/items@{item_id}.yaml",
            "  operationId: delete_item\n",
            "  operationId: delete_item\n  deprecated: true\n  x-zoho-sunset: next year\n",
        ),
        "openapi/modules/items/paths/items@{item_id}.yaml#/delete/x-zoho-sunset: x-zoho-sunset: 'next year' does "
        "not match",
    ),
    "duplicate-key": (
        lambda spec: _edit(spec / "components/parameters.yaml", "  in: header\n", "  in: header\n  in: query\n"),
        "openapi/components/parameters.yaml#: invalid YAML (line 5, column 3): duplicate key 'in' (first at line 4)",
    ),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_spec_is_reported_at_its_source(validate_copy: ValidateCopy, breakage: str) -> None:
    break_spec, expected = BREAKAGES[breakage]
    result = validate_copy(break_spec)
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_valid_spec_passes_validate() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate"], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
