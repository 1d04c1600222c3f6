"""The API model (generator/core/api_model.py): the SDK facts are read from ``x-zoho-sdk``, and a fact that is
missing or contradicts its operation stops generation, naming the source file and JSON pointer."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.core.api_model import ApiModel, build_api_model, resolve_with_siblings
from generator.core.bundle_spec import BundledSpec
from generator.core.errors import SpecError

REPO_ROOT = Path(__file__).resolve().parent.parent

# The `validate_copy` fixture of tests/conftest.py: edit a copy of openapi/, run `generator validate` on it.
ValidateCopy = Callable[[Callable[[Path], None]], "subprocess.CompletedProcess[str]"]
ITEMS = "/paths/~1items"
ITEM = "/paths/~1items~1{item_id}"
INVOICE = "/paths/~1invoices~1{invoice_id}"


def _sdk(document: dict[str, Any], pointer: str) -> dict[str, Any]:
    node: Any = document
    for token in pointer.split("/")[1:]:
        node = node[token.replace("~1", "/").replace("~0", "~")]
    facts: dict[str, Any] = node["x-zoho-sdk"]
    return facts


Change = Callable[[dict[str, Any]], None]


def _pdf_content(document: dict[str, Any]) -> dict[str, Any]:
    content: dict[str, Any] = document["paths"]["/invoices/{invoice_id}"]["get"]["responses"]["200"]["content"]
    return content


BROKEN: dict[str, tuple[Change, str, str]] = {
    # name: (change to the bundle, bundle pointer the problem is reported at, words of the reason)
    "missing": (
        lambda d: d["paths"]["/items"]["get"].pop("x-zoho-sdk"),
        f"{ITEMS}/get",
        "no x-zoho-sdk",
    ),
    "unknown-id-parameter": (
        lambda d: _sdk(d, f"{ITEM}/get").update(id_parameter="itemid"),
        f"{ITEM}/get/x-zoho-sdk/id_parameter",
        "id_parameter 'itemid' is not a path parameter of the operation (path parameters: item_id)",
    ),
    "result-key-not-in-success-schema": (
        lambda d: _sdk(d, f"{ITEM}/get").update(result={"kind": "object", "key": "items"}),
        f"{ITEM}/get/x-zoho-sdk/result/key",
        "result key 'items' is not a property of the success schema ItemResponse",
    ),
    "object-result-on-a-list": (
        lambda d: _sdk(d, f"{ITEMS}/get").update(result={"kind": "object", "key": "items"}),
        f"{ITEMS}/get/x-zoho-sdk/result/kind",
        "is an array: the kind is page, not object",
    ),
    "status-result-with-a-payload": (
        lambda d: _sdk(d, f"{ITEM}/get").update(result={"kind": "status"}),
        f"{ITEM}/get/x-zoho-sdk/result/kind",
        "kind status, but the success schema ItemResponse carries item",
    ),
    "object-without-key-and-no-payload": (
        lambda d: _sdk(d, f"{ITEM}/delete").update(result={"kind": "object"}),
        f"{ITEM}/delete/x-zoho-sdk/result/kind",
        "kind object without key, but the success schema StatusResponse carries nothing beside code and message",
    ),
    "page-without-pagination": (
        lambda d: _sdk(d, f"{ITEMS}/get").pop("pagination"),
        f"{ITEMS}/get/x-zoho-sdk",
        "kind page needs pagination",
    ),
    "page-parameter-unknown": (
        lambda d: _sdk(d, f"{ITEMS}/get")["pagination"].update(page="page_number"),
        f"{ITEMS}/get/x-zoho-sdk/pagination/page",
        "pagination page 'page_number' is not a query parameter",
    ),
    "page-context-not-in-success-schema": (
        lambda d: _sdk(d, f"{ITEMS}/get")["pagination"].update(context="paging"),
        f"{ITEMS}/get/x-zoho-sdk/pagination/context",
        "pagination context 'paging' is not a property of the success schema",
    ),
    "two-operations-one-name": (
        lambda d: _sdk(d, f"{ITEM}/delete").update(method="retrieve"),
        f"{ITEM}/delete/x-zoho-sdk",
        "items.retrieve is also the SDK name of /paths/~1items~1{item_id}/get",
    ),
    "idempotent-create": (
        lambda d: _sdk(d, f"{ITEMS}/post").update(idempotent=True),
        f"{ITEMS}/post/x-zoho-sdk/idempotent",
        "a POST on a collection (no id_parameter) creates a resource",
    ),
    "get-not-idempotent": (
        lambda d: _sdk(d, f"{ITEM}/get").update(idempotent=False),
        f"{ITEM}/get/x-zoho-sdk/idempotent",
        "a GET is idempotent by HTTP",
    ),
    "variant-accept-not-a-content-type": (
        lambda d: _sdk(d, f"{INVOICE}/get")["variants"][0].update(accept="text/html"),
        f"{INVOICE}/get/x-zoho-sdk/variants/0/accept",
        "variant accept 'text/html' is not a content type of the success response",
    ),
    "variant-content-not-binary": (
        lambda d: _pdf_content(d)["application/pdf"].update(schema={"type": "object"}),
        f"{INVOICE}/get/x-zoho-sdk/variants/0/result",
        "the application/pdf content of /paths/~1invoices~1{invoice_id}/get/responses/200 must be a binary string",
    ),
    "variant-named-like-another-operation": (
        lambda d: _sdk(d, f"{INVOICE}/get")["variants"][0].update(method="update"),
        f"{INVOICE}/put/x-zoho-sdk",
        "invoices.update is also the SDK name of /paths/~1invoices~1{invoice_id}/get",
    ),
    "list-result-not-an-array": (
        lambda d: _sdk(d, f"{INVOICE}/get").update(result={"kind": "list", "key": "invoice"}),
        f"{INVOICE}/get/x-zoho-sdk/result/key",
        "kind list, but InvoiceResponse.invoice is not an array",
    ),
    "no-organization-header": (
        lambda d: d["components"]["parameters"]["OrganizationId"].pop("x-zoho-organization-header"),
        "/components/parameters",
        "exactly one header parameter must carry x-zoho-organization-header: true (found: none)",
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_missing_or_contradicting_sdk_fact_fails_at_its_source(bundled: BundledSpec, name: str) -> None:
    change, pointer, reason = BROKEN[name]
    document = copy.deepcopy(bundled.document)
    change(document)
    with pytest.raises(SpecError) as raised:
        build_api_model(document, bundled.locate)
    location = bundled.locate(pointer)
    assert location.file.suffix == ".yaml" and location.file.is_file()  # a source file, not the bundle
    messages = [str(problem) for problem in raised.value.problems]
    assert any(message.startswith(f"{location}: ") and reason in message for message in messages), messages


def test_the_spec_as_it_is_builds(api_model: ApiModel, document: dict[str, Any]) -> None:
    assert [op.operation_id for op in api_model.operations] == [
        node["operationId"] for item in document["paths"].values() for node in item.values() if "operationId" in node
    ]
    for op in api_model.operations:
        facts = _sdk(document, op.pointer)
        assert (op.sdk.resource, op.sdk.method, op.sdk.idempotent) == (
            facts["resource"],
            facts["method"],
            facts["idempotent"],
        )
    assert api_model.parameter_node(api_model.organization_header)["in"] == "header"


def test_an_object_result_without_key_is_the_whole_success_schema(bundled: BundledSpec) -> None:
    # Zoho answers some objects at the top level of the body, beside code and message (the hosted page
    # retrieve): `result: {kind: object}` without `key` types the whole body by the success schema.
    document = copy.deepcopy(bundled.document)
    _sdk(document, f"{ITEM}/get")["result"] = {"kind": "object"}
    model = build_api_model(document, bundled.locate)
    [op] = [op for op in model.operations if op.operation_id == "retrieve_item"]
    assert (op.sdk.result_kind, op.sdk.result_key, op.result_schema) == ("object", None, "ItemResponse")
    [entry] = [entry for entry in json.loads(model.to_json())["operations"] if entry["operation_id"] == "retrieve_item"]
    assert entry["result"] == {"kind": "object", "key": None, "schema": "ItemResponse"}


def test_validate_reports_a_contradicting_fact_in_the_source_file(validate_copy: ValidateCopy) -> None:
    # End to end, as a contributor sees it: edit the source, run `python -m generator validate`.
    marker = "    method: mark_active\n"
    edited: list[str] = []

    def edit(spec: Path) -> None:
        (source,) = [
            path
            for path in spec.rglob("*.yaml")
            if marker in path.read_text() and "items" in str(path.relative_to(spec))
        ]
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace("    id_parameter: item_id\n", "    id_parameter: id\n", 1), encoding="utf-8")
        edited.append(f"openapi/{source.relative_to(spec)}")

    result = validate_copy(edit)
    assert result.returncode == 1, result.stdout + result.stderr
    expected = f"{edited[0]}#/post/x-zoho-sdk/id_parameter: x-zoho-sdk: id_parameter 'id'"
    assert expected in result.stderr, result.stderr


def test_the_serialised_model_is_current(api_model: ApiModel) -> None:
    # What the mock and other tools read (generated/openapi/zoho-billing.api-model.json) is this model.
    written = (REPO_ROOT / "generated" / "openapi" / "zoho-billing.api-model.json").read_text(encoding="utf-8")
    assert written == api_model.to_json(), "generated/ is stale: run `make generate`"
    data = json.loads(written)
    assert {op["operation_id"] for op in data["operations"]} == {op.operation_id for op in api_model.operations}


def test_the_serialised_model_carries_what_the_mock_reads_resolved(api_model: ApiModel) -> None:
    # The mock loads this file and follows no $ref: operations, shapes and record properties are resolved.
    written = json.loads(api_model.to_json())
    assert "$ref" not in json.dumps([written["shapes"], written["operations"], written["error_catalogue"]])
    assert written["error_catalogue"] == api_model.document["x-zoho-error-codes"]
    for record in written["records"]:
        schema = api_model.schema(record["schema"])
        assert record["rules"] == schema["x-zoho-record"]
        for key, prop in record["properties"].items():
            assert "$ref" not in prop, (record["schema"], key)
            for keyword, value in schema["properties"][key].items():  # keywords beside a $ref are kept
                if keyword != "$ref":
                    assert prop[keyword] == value, (record["schema"], key, keyword)
    for entry in written["operations"]:
        node = api_model.node(entry["pointer"])
        assert entry["behaviour"] == node.get("x-zoho-behaviour")
        assert entry["success_message"] == node["x-zoho-success-message"]
        if entry["request_schema"]:
            assert entry["request_properties"] == list(api_model.schema(entry["request_schema"])["properties"])


def test_resolve_property_keeps_the_keywords_beside_the_ref() -> None:
    document = {
        "components": {
            "schemas": {
                "A": {"$ref": "#/components/schemas/B", "description": "A's own"},
                "B": {"type": "string", "description": "B", "readOnly": False},
            }
        }
    }
    node = {"$ref": "#/components/schemas/A", "readOnly": True}
    assert resolve_with_siblings(document, node) == {"type": "string", "description": "A's own", "readOnly": True}


def test_a_document_answer_is_a_variant_of_its_operation(api_model: ApiModel) -> None:
    # GET /invoices/{invoice_id} with Accept: application/pdf is client.invoices.download_pdf (bytes).
    retrieve = api_model.operation("retrieve_invoice")
    assert retrieve.sdk.name == "invoices.retrieve" and retrieve.result_schema == "Invoice"
    assert [(v.method, v.accept, v.result_kind) for v in retrieve.sdk.variants] == [
        ("download_pdf", "application/pdf", "binary")
    ]
    assert retrieve.sdk.names == ["invoices.retrieve", "invoices.download_pdf"]
    [written] = [op for op in json.loads(api_model.to_json())["operations"] if op["operation_id"] == "retrieve_invoice"]
    expected = {"method": "download_pdf", "accept": "application/pdf", "result": {"kind": "binary"}}
    assert written["variants"] == [expected]
    assert all(not op.sdk.variants for op in api_model.operations if op is not retrieve)


def test_a_document_content_needs_its_variant_and_a_binary_schema(bundled: BundledSpec) -> None:
    from generator.core.spec_checks import check_spec

    document = copy.deepcopy(bundled.document)
    _sdk(document, f"{INVOICE}/get").pop("variants")
    _pdf_content(document)["application/pdf"]["schema"] = {"type": "string", "format": "binary"}
    problems = [str(problem) for problem in check_spec(dataclasses.replace(bundled, document=document))]
    at = bundled.locate(f"{INVOICE}/get/responses/200/content/application~1pdf")
    assert any(p.startswith(f"{at}: no x-zoho-sdk variant asks for application/pdf") for p in problems), problems
    assert any(p.startswith(f"{at}/schema: a application/pdf answer is a document") for p in problems), problems
    assert any("format: binary is OpenAPI 3.0's way" in p for p in problems), problems
