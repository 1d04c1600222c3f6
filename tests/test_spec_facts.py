"""Every documented field, enum value, limit and error code of every module is in the spec.

The expected values are written out in each module's ``facts.yaml`` from Zoho's documentation (see
the README's sources), independently of the spec, so that a field or value dropped from the spec
fails a test. The tests here are generic: a new module's facts are checked with no change here.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from generator.core.api_model import resolve_with_siblings
from generator.core.bundle_spec import load_errata, load_facts
from generator.core.openapi_document import iter_operations
from generator.core.spec_checks import example_validator

# The facts, per module, from openapi/modules/<module>/facts.yaml (and openapi/facts.yaml for the
# shared schemas): each names the module it belongs to, so a failure says where to look.
FACTS = load_facts()


def _each(key: str) -> list[tuple[str, str, Any]]:
    """(module, name, fact) for every entry of ``key`` in every facts file."""
    return [(module, name, fact) for module, facts in FACTS.items() for name, fact in (facts.get(key) or {}).items()]


def _each_schema(key: str) -> list[tuple[str, str, Any]]:
    return [(module, name, fact[key]) for module, name, fact in _each("schemas") if key in fact]


def _ids(entries: list[tuple[Any, ...]]) -> list[str]:
    return [f"{entry[0] or 'shared'}:{entry[1]}" for entry in entries]


ENUMS = _each("enums")
FIELDS = _each_schema("fields")
OBSERVED = _each_schema("observed")
REQUIRED = _each_schema("required")
ID_PATTERNS = _each_schema("id_patterns")
AVAILABILITY = _each_schema("availability")
MONEY = _each_schema("money")
LIMITS = _each_schema("limits")
READ_ONLY = _each_schema("read_only")
ERROR_CODES = _each("error_codes")
OPERATIONS = _each("operations")
# Fields a retrieved customer carries that the update request does not list, each looked up in Zoho's
# docs (issue 9, item 2): none is documented as accepted on update (errata update-customer-fields).
NOT_ACCEPTED_ON_UPDATE = "status department designation website notes payment_terms payment_terms_label ach_supported"


@pytest.mark.parametrize(("module", "name", "fact"), ENUMS, ids=_ids(ENUMS))
def test_enum_has_every_documented_value_once(schemas: dict[str, Any], module: str, name: str, fact: Any) -> None:
    schema = schemas[name]
    assert schema["enum"] == fact["values"]
    if fact.get("meanings", True):  # Zoho gives no meanings for the Mexican tax regimes, for one
        assert len(schema["x-enum-descriptions"]) == len(schema["enum"])


def test_tax_regime_has_19_distinct_values(schemas: dict[str, Any]) -> None:
    assert len(set(schemas["TaxRegime"]["enum"])) == 19


def test_pre_brexit_vat_treatments_are_kept_and_marked_legacy(schemas: dict[str, Any]) -> None:
    assert schemas["VatTreatment"]["x-zoho-legacy-values"] == ["eu_vat_not_registered", "non_eu"]


@pytest.mark.parametrize(("module", "name", "fields"), FIELDS, ids=_ids(FIELDS))
def test_schema_has_exactly_the_documented_fields(schemas: dict[str, Any], module: str, name: str, fields: Any) -> None:
    properties = schemas[name]["properties"]
    documented = [field for field, prop in properties.items() if "x-zoho-observed" not in prop]
    assert documented == fields or set(documented) == set(fields)
    observed = FACTS[module]["schemas"][name].get("observed", {})
    assert {field for field in properties if field not in documented} == set(observed)


@pytest.mark.parametrize(("module", "name", "observed"), OBSERVED, ids=_ids(OBSERVED))
def test_observed_undocumented_fields_have_their_observed_type(
    document: dict[str, Any], schemas: dict[str, Any], module: str, name: str, observed: Any
) -> None:
    schema = schemas[name]
    for field, fact in observed.items():
        prop = resolve_with_siblings(document, schema["properties"][field])
        assert prop["type"] == fact["type"] and prop.get("format") == fact.get("format"), (name, field)
        marker = prop["x-zoho-observed"]
        assert marker["documented"] is False and marker["source"].strip(), (name, field)
        fields = FACTS[module]["schemas"][name].get("fields", [])
        assert field not in fields and field not in schema.get("required", []), (name, field)
        # Readers of the rendered reference, who do not see extensions, are told too.
        assert schema["properties"][field]["description"].startswith("Not in Zoho's documentation"), (name, field)
    # The portal flag was recorded as "" and as a boolean: both validate, and so must nothing else.
    if name == "CustomerSummary":
        pointer = "/components/schemas/CustomerSummary/properties/is_portal_invitation_accepted"
        validator = example_validator(document, pointer)
        assert validator.is_valid("") and validator.is_valid(True) and not validator.is_valid(1)
        seen = schema["properties"]["is_portal_invitation_accepted"]["x-zoho-observed"]["seen_as"]
        assert set(seen) == {"boolean", "empty string"}


@pytest.mark.parametrize(("module", "name", "required"), REQUIRED, ids=_ids(REQUIRED))
def test_required_fields_are_exactly_the_documented_ones(
    schemas: dict[str, Any], module: str, name: str, required: Any
) -> None:
    # Requests: what Zoho requires; responses: what Zoho always sends (errata required-response-fields).
    assert set(schemas[name]["required"]) == set(required)
    assert len(schemas[name]["required"]) == len(set(schemas[name]["required"]))


def test_page_context_fields_stay_optional(schemas: dict[str, Any]) -> None:
    # Zoho's published list examples carry no page_context at all.
    assert "required" not in schemas["PageContext"]
    for name in ("CustomerListResponse", "ItemListResponse", "TransactionListResponse"):
        assert "page_context" not in schemas[name]["required"]


@pytest.mark.parametrize(("module", "schema", "fields"), ID_PATTERNS, ids=_ids(ID_PATTERNS))
def test_response_ids_have_the_pattern_of_the_path_parameters(
    document: dict[str, Any], schemas: dict[str, Any], module: str, schema: str, fields: Any
) -> None:
    for field, parameter_name in fields.items():
        prop = resolve_with_siblings(document, schemas[schema]["properties"][field])
        parameter = document["components"]["parameters"][parameter_name]
        assert prop["type"] == "string" and prop["pattern"] == parameter["schema"]["pattern"] == "^[0-9]+$", field


def test_crm_ids_have_the_reference_pattern_or_are_empty(document: dict[str, Any]) -> None:
    for field in ("zcrm_account_id", "zcrm_contact_id"):
        validator = example_validator(document, f"/components/schemas/Customer/properties/{field}")
        assert validator.is_valid("903000800069001") and validator.is_valid("")  # "" when not linked
        for fake in ("ex cillum", "12a", "-1", " 1"):
            assert not validator.is_valid(fake), fake
    reference = document["components"]["parameters"]["ReferenceId"]["schema"]["pattern"]
    assert reference == "^[0-9]+$"


def test_fields_not_accepted_on_update_are_decided_with_a_source(
    document: dict[str, Any], schemas: dict[str, Any]
) -> None:
    errata = load_errata()
    (decision,) = [entry for entry in errata["decisions"] if entry["id"] == "update-customer-fields"]
    decided = {entry["field"]: entry for entry in decision["fields"]}
    assert set(decided) == set(NOT_ACCEPTED_ON_UPDATE.split())
    update = schemas["CustomerUpdateRequest"]["properties"]
    for field, entry in decided.items():
        assert entry["accepted"] is (field in update), field
        assert entry["source"].strip(), field
        assert field in schemas["Customer"]["properties"], field  # a retrieved customer can carry it
    # Every field a retrieved customer carries is either updatable, read-only, or decided above.
    for field, prop in schemas["Customer"]["properties"].items():
        read_only = resolve_with_siblings(document, prop).get("readOnly") is True
        assert field in update or read_only or field in decided, field


@pytest.mark.parametrize(("module", "name", "limits"), LIMITS, ids=_ids(LIMITS))
def test_limits(schemas: dict[str, Any], module: str, name: str, limits: Any) -> None:
    for field, expected in limits.items():
        prop = schemas[name]["properties"][field]
        assert {key: prop.get(key) for key in expected} == expected, field


@pytest.mark.parametrize(("module", "operation_id", "fact"), OPERATIONS, ids=_ids(OPERATIONS))
def test_operation_parameters_and_their_limits(
    document: dict[str, Any], module: str, operation_id: str, fact: Any
) -> None:
    operation = next(op for op in iter_operations(document) if op.node["operationId"] == operation_id)
    params = {p["name"]: p for p in operation.node.get("parameters", []) if "name" in p}
    for name, expected in (fact.get("parameters") or {}).items():
        assert name in params, name
        assert {key: params[name]["schema"].get(key) for key in expected} == expected, name


def test_pagination_parameters_and_page_context(document: dict[str, Any], schemas: dict[str, Any]) -> None:
    per_page = document["components"]["parameters"]["PerPage"]
    assert (per_page["name"], per_page["schema"]["default"]) == ("per_page", 200)
    assert document["components"]["parameters"]["Page"]["name"] == "page"
    for op in iter_operations(document):
        if op.node["operationId"].startswith("list_"):
            refs = [p.get("$ref") for p in op.node["parameters"]]
            assert "#/components/parameters/Page" in refs and "#/components/parameters/PerPage" in refs
    for name in ("CustomerListResponse", "ItemListResponse", "TransactionListResponse"):
        assert schemas[name]["properties"]["page_context"] == {"$ref": "#/components/schemas/PageContext"}


@pytest.mark.parametrize(("module", "name", "fields"), READ_ONLY, ids=_ids(READ_ONLY))
def test_read_only_server_fields(schemas: dict[str, Any], module: str, name: str, fields: Any) -> None:
    for field in fields:
        assert schemas[name]["properties"][field]["readOnly"] is True, (name, field)


def test_conditional_rules_are_stated(schemas: dict[str, Any]) -> None:
    create = schemas["CustomerCreateRequest"]["properties"]
    assert "tax exemption" in create["tax_authority_id"]["x-zoho-condition"]
    assert "is_taxable" in create["tax_id"]["x-zoho-condition"]
    assert "is_taxable" in schemas["ItemRequest"]["properties"]["tax_exemption_id"]["x-zoho-condition"]


@pytest.mark.parametrize(("module", "schema", "fields"), AVAILABILITY, ids=_ids(AVAILABILITY))
def test_edition_availability(
    document: dict[str, Any], schemas: dict[str, Any], module: str, schema: str, fields: Any
) -> None:
    for field, editions in fields.items():
        prop = schemas[schema]["properties"][field]
        assert resolve_with_siblings(document, prop)["x-zoho-availability"] == editions, field


def test_error_code_catalogue(document: dict[str, Any]) -> None:
    # Keyed by module and code: Zoho reuses a number in several modules with several meanings.
    catalogue = {(entry["module"], entry["code"]): entry for entry in document["x-zoho-error-codes"]}
    assert len(catalogue) == len(document["x-zoho-error-codes"])
    assert set(catalogue) == {(module, code) for module, code, _ in ERROR_CODES}
    for module, code, fact in ERROR_CODES:
        assert catalogue[(module, code)]["message"] == fact["message"]
        assert set(catalogue[(module, code)]["operations"]) == set(fact["operations"])
    examples = document["components"]["responses"]["ItemBadRequest"]["content"]["application/json"]["examples"]
    assert {e["value"]["code"] for e in examples.values()} == {1000, 2049, 2076}


@pytest.mark.parametrize(("module", "name", "fields"), MONEY, ids=_ids(MONEY))
def test_money_fields_are_decimal(schemas: dict[str, Any], module: str, name: str, fields: Any) -> None:
    for field in fields:
        prop = schemas[name]["properties"][field]
        # A number with format decimal, or anyOf a decimal string and such a number.
        numbers = (
            [prop] if prop.get("type") == "number" else [b for b in prop.get("anyOf", []) if b["type"] == "number"]
        )
        assert [b.get("format") for b in numbers] == ["decimal"], (name, field)


def test_transaction_amount_is_a_decimal_string_or_a_number(document: dict[str, Any]) -> None:
    validator = example_validator(document, "/components/schemas/Transaction/properties/amount")
    for value in ("20.50", "-5.25", "3", 20.5, 3):
        assert validator.is_valid(value), value
    for value in ("lots", "20,50", None, True):
        assert not validator.is_valid(value), value


def test_timestamps_use_zoho_format_which_rfc3339_rejects(document: dict[str, Any], schemas: dict[str, Any]) -> None:
    zoho = "2016-06-05T12:30:08-0700"
    validator = example_validator(document, "/components/schemas/Customer/properties/created_time")
    assert validator.is_valid(zoho)
    assert not validator.is_valid("2016-06-05T12:30:08-07:00")
    assert not validator.is_valid("2016-06-05")
    assert "format" not in schemas["Customer"]["properties"]["created_time"]
    # Why not `format: date-time`: a standard RFC 3339 checker refuses the colon-less offset.
    checker = jsonschema.Draft202012Validator(
        {"type": "string", "format": "date-time"}, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert not checker.is_valid(zoho)


def test_ids_are_strings_everywhere(schemas: dict[str, Any]) -> None:
    for name, schema in schemas.items():
        for field, prop in schema.get("properties", {}).items():
            if field.endswith("_id") and "$ref" not in prop:
                assert prop["type"] == "string", (name, field)
