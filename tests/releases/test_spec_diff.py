"""The breaking-change differ on its corpus: small base/head pairs, one folder per rule, each with the
changes it must give (tests/releases/corpus/<rule>/<case>/{base,head,expected}.yaml)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.spec_diff import CATEGORIES, RULES, diff_specs

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(path.parent for path in CORPUS.glob("*/*/expected.yaml"))
BUNDLE = Path(__file__).resolve().parents[2] / "generated" / "openapi" / "zoho-billing.json"


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


@pytest.mark.parametrize("case", CASES, ids=[f"{case.parent.name}/{case.name}" for case in CASES])
def test_corpus_case_gives_exactly_its_expected_changes(case: Path) -> None:
    changes = diff_specs(_load(case / "base.yaml"), _load(case / "head.yaml"))
    found = sorted((change.rule, change.pointer, change.breaking) for change in changes)
    expected = sorted((entry["rule"], entry["pointer"], entry["breaking"]) for entry in _load(case / "expected.yaml"))
    assert found == expected


def test_every_rule_has_a_corpus_case_and_every_folder_is_a_rule() -> None:
    folders = {path.name for path in CORPUS.iterdir() if path.is_dir()}
    assert folders == set(RULES), "corpus folders and rules differ"
    for rule in RULES:
        expected_rules = {
            entry["rule"] for case in CASES if case.parent.name == rule for entry in _load(case / "expected.yaml")
        }
        assert rule in expected_rules, f"no case in corpus/{rule}/ expects the rule {rule}"


def test_expected_files_agree_with_the_rules_classification() -> None:
    for case in CASES:
        for entry in _load(case / "expected.yaml"):
            assert entry["breaking"] is RULES[entry["rule"]].breaking, f"{case}: {entry}"


def test_changes_carry_the_rule_classification_operation_and_a_one_line_message() -> None:
    case = CORPUS / "request-field-removed" / "shared-schema-both-sides"
    changes = diff_specs(_load(case / "base.yaml"), _load(case / "head.yaml"))
    by_rule = {change.rule: change for change in changes}
    request = by_rule["request-field-removed"]
    assert request.category == "removed" and request.breaking
    assert request.operation == "create_customer"
    assert request.endpoint == "POST /customers"
    assert request.message == "request field `Address.zip` removed in `create_customer` (POST /customers)"
    response = by_rule["response-field-removed"]
    # The shared Customer schema is in two responses and a webhook payload: one change names them all.
    assert response.operations == ("create_customer", "get_customer", "receive_customer_created")
    assert response.message.endswith("and 2 other operations")
    assert all(change.category in CATEGORIES and "\n" not in change.message for change in changes)


def test_deprecation_names_the_sunset_date() -> None:
    case = CORPUS / "operation-deprecated" / "operation"
    (change,) = diff_specs(_load(case / "base.yaml"), _load(case / "head.yaml"))
    assert change.message == ("operation `get_customer` (GET /customers/{customer_id}) deprecated (sunset 2027-06-30)")


def test_changes_are_sorted_by_pointer_and_rule_and_do_not_depend_on_key_order() -> None:
    case = CORPUS / "request-field-removed" / "shared-schema-both-sides"
    base, head = _load(case / "base.yaml"), _load(case / "head.yaml")
    head["paths"]["/customers"]["get"] = {"operationId": "list_customers", "responses": {"200": {"description": "OK"}}}
    changes = diff_specs(base, head)
    assert [(c.pointer, c.rule) for c in changes] == [
        ("/components/schemas/Address/properties/zip", "request-field-removed"),
        ("/components/schemas/Address/properties/zip", "response-field-removed"),
        ("/paths/~1customers/get", "operation-added"),
    ]
    reordered = dict(reversed(list(copy.deepcopy(head)["paths"].items())))
    assert diff_specs(base, {**head, "paths": reordered}) == changes


def test_the_real_bundle_diffed_with_itself_gives_no_change() -> None:
    document = json.loads(BUNDLE.read_text())
    assert diff_specs(document, copy.deepcopy(document)) == []


def test_a_change_in_the_real_bundle_is_found_at_its_component() -> None:
    base = json.loads(BUNDLE.read_text())
    head = copy.deepcopy(base)
    schemas = head["components"]["schemas"]
    name, schema = next((n, s) for n, s in sorted(schemas.items()) if s.get("properties"))
    field = sorted(schema["properties"])[0]
    del schema["properties"][field]
    changes = diff_specs(base, head)
    pointer = f"/components/schemas/{name}/properties/{field}"
    assert {change.pointer for change in changes} == {pointer}
    assert all(change.breaking and change.category == "removed" for change in changes)


def test_the_readme_rules_table_lists_every_rule_with_its_classification() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("\n## Breaking changes\n", 1)[1].split("\n## ", 1)[0]
    table = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if line.startswith("| `") and len(cells) >= 3:
            table[cells[0].strip("`")] = cells[1] == "**yes**"
    assert table == {rule: classified.breaking for rule, classified in RULES.items()}


def _mutual_recursion(customer_fields: dict[str, Any]) -> dict[str, Any]:
    def returns(schema: str, operation_id: str) -> dict[str, Any]:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
        return {"get": {"operationId": operation_id, "responses": {"200": {"description": "OK", "content": content}}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "cycle", "version": "1.0.0"},
        "paths": {
            "/customers/{id}": returns("Customer", "get_customer"),
            "/contacts/{id}": returns("Contact", "get_contact"),
        },
        "components": {
            "schemas": {
                # get_customer reaches Customer first, then Contact, whose reference back to
                # Customer closes the cycle; get_contact reaches the same change through Contact.
                "Customer": {
                    "type": "object",
                    "properties": {"contact": {"$ref": "#/components/schemas/Contact"}, **customer_fields},
                },
                "Contact": {"type": "object", "properties": {"customer": {"$ref": "#/components/schemas/Customer"}}},
            }
        },
    }


def test_a_change_in_mutually_recursive_schemas_names_every_operation_that_reaches_it() -> None:
    base = _mutual_recursion({"email": {"type": "string"}})
    head = _mutual_recursion({})
    (change,) = diff_specs(base, head)
    assert (change.rule, change.pointer) == ("response-field-removed", "/components/schemas/Customer/properties/email")
    assert change.operations == ("get_contact", "get_customer")


def test_the_lenient_bundle_only_widens_types_against_the_main_one() -> None:
    # The lenient bundle wraps schemas in anyOf (wire types, open enums) and changes nothing else:
    # the differ must see through the wrapping to the same fields and operations.
    main = json.loads(BUNDLE.read_text())
    lenient = json.loads(BUNDLE.with_name("zoho-billing.lenient.json").read_text())
    changes = diff_specs(main, lenient)
    assert changes
    # A pattern or limit moved into one branch of the anyOf no longer binds the value: relaxed.
    assert {change.rule for change in changes} <= {"response-type-widened", "type-changed", "constraint-changed"}
    assert not [change for change in changes if change.breaking and not change.rule.startswith("response-")]
