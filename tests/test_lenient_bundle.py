"""The lenient bundle accepts what Zoho really sends; enums Zoho extends are machine-readably open."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator.core.bundle_spec import BundledSpec
from generator.core.lenient_bundle import lenient_document, wire_types_by_source
from generator.core.seed_examples import SeedExample, load_seed_examples
from generator.core.spec_checks import example_validator, walk_schemas

REPO_ROOT = Path(__file__).resolve().parent.parent
LENIENT = REPO_ROOT / "generated" / "openapi" / "zoho-billing.lenient.json"
SEEDS = list(load_seed_examples())
UNKNOWN_VALUE = "a_value_zoho_added_later"


@pytest.fixture(scope="module")
def lenient() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(LENIENT.read_text(encoding="utf-8"))
    return document


def test_lenient_bundle_is_valid_openapi_3_1_and_derived_from_the_main_one(
    bundled: BundledSpec, lenient: dict[str, Any]
) -> None:
    validate(lenient)
    assert lenient == lenient_document(bundled)
    as_yaml = yaml.safe_load((LENIENT.with_suffix(".yaml")).read_text(encoding="utf-8"))
    assert as_yaml == lenient
    # Same operations and components as the main bundle: the two can be swapped in any tool.
    assert lenient["paths"].keys() == bundled.document["paths"].keys()
    for kind, members in bundled.document["components"].items():
        assert lenient["components"][kind].keys() == members.keys()


@pytest.mark.parametrize("example", SEEDS, ids=[example.file for example in SEEDS])
def test_every_seed_example_validates_against_the_lenient_bundle(lenient: dict[str, Any], example: SeedExample) -> None:
    validator = example_validator(lenient, example.schema_pointer(lenient))
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(example.value)]
    assert errors == []


def _enum_components(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: schema for name, schema in document["components"]["schemas"].items() if "enum" in schema}


def test_extensible_enums_accept_unknown_values_only_in_the_lenient_bundle(
    document: dict[str, Any], lenient: dict[str, Any]
) -> None:
    enums = _enum_components(document)
    extensible = {name for name, schema in enums.items() if schema.get("x-zoho-extensible-enum") is True}
    # Response enums are open; the values a caller sends as filters or lookup kinds are not.
    assert {"GstTreatment", "VatTreatment", "TaxTreatment", "TransactionType", "ProductType"} <= extensible
    assert {"CustomerFilter", "ItemFilter", "TransactionFilter", "ItemSortColumn"}.isdisjoint(extensible)
    for name, schema in enums.items():
        pointer = f"/components/schemas/{name}"
        strict, loose = example_validator(document, pointer), example_validator(lenient, pointer)
        for value in schema["enum"]:
            assert strict.is_valid(value) and loose.is_valid(value), (name, value)
        assert not strict.is_valid(UNKNOWN_VALUE), name
        assert loose.is_valid(UNKNOWN_VALUE) == (name in extensible), name
        assert not loose.is_valid(42), name  # open to new strings, not to anything


def test_an_unknown_enum_value_in_a_response_validates_against_the_lenient_bundle(
    document: dict[str, Any], lenient: dict[str, Any]
) -> None:
    response = {
        "code": 0,
        "message": "success",
        "item": {
            "item_id": "903000000045027",
            "name": "Hard Drive",
            "rate": 120,
            "status": "active",
            "product_type": "digital_service",
        },
    }
    pointer = "/paths/~1items~1{item_id}/get/responses/200/content/application~1json/schema"
    assert not example_validator(document, pointer).is_valid(response)
    assert example_validator(lenient, pointer).is_valid(response)


def test_every_erratum_schema_exists_and_is_widened(bundled: BundledSpec, lenient: dict[str, Any]) -> None:
    origins = {bundled.locate(pointer): pointer for pointer, _ in walk_schemas(bundled.document)}
    wire_types = wire_types_by_source(bundled.root)
    assert wire_types
    for source, types in wire_types.items():
        assert source in origins, f"errata name a schema that is not in the spec: {source}"
        widened = lenient
        for token in origins[source].split("/")[1:]:
            widened = widened[token.replace("~1", "/").replace("~0", "~")]
        assert [branch.get("type") for branch in widened["anyOf"][1:]] == types, source
