"""The bundled spec is valid OpenAPI 3.1 and follows the project's structural rules."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
import yaml

from generator.core.api_model import ApiModel
from generator.core.bundle_spec import BundledSpec, discover_modules, load_facts
from generator.core.openapi_document import component_name, iter_operations
from generator.core.spec_checks import (
    DOCUMENTED_ERROR_STATUSES,
    ORGANIZATION_HEADER_REF,
    check_spec,
    iter_example_sites,
    load_extension_registry,
)
from generator.core.validate_spec import validate_spec

# operationId -> (method, path, tag, scope, success status), from each module's facts.yaml (the
# module is the tag).
OPERATIONS = {
    operation_id: (fact["method"], fact["path"], module, fact["scope"], fact.get("success", "200"))
    for module, facts in load_facts().items()
    for operation_id, fact in (facts.get("operations") or {}).items()
}
FULL_ACCESS = "ZohoSubscriptions.fullaccess.all"


def test_bundle_passes_openapi_spec_validator_and_project_rules(bundled: BundledSpec) -> None:
    validate_spec(bundled)  # raises SpecError listing every problem (check_spec's among them)


def test_spec_is_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1.")


def test_exactly_the_documented_operations(document: dict[str, Any]) -> None:
    found = {
        op.node["operationId"]: (op.method, op.path, op.node["tags"], op.node["security"])
        for op in iter_operations(document)
    }
    assert set(found) == set(OPERATIONS)
    for operation_id, (method, path, tag, scope, _) in OPERATIONS.items():
        assert found[operation_id][:2] == (method, path), operation_id
        assert found[operation_id][2] == [tag], operation_id
        # The Authorization-header form of the token first, then the OAuth scheme, with the same scopes.
        assert found[operation_id][3] == [
            {"zoho_oauthtoken": [scope]},
            {"zoho_oauthtoken": [FULL_ACCESS]},
            {"zoho_oauth": [scope]},
            {"zoho_oauth": [FULL_ACCESS]},
        ], operation_id


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_has_summary_header_success_and_every_error_status(api_model: ApiModel, operation_id: str) -> None:
    operation = api_model.operation(operation_id)
    node = api_model.node(operation.pointer)
    assert node["summary"] and node["description"] and node["x-zoho-success-message"]
    # The organization header is the shared component, referenced (not a copy).
    assert api_model.organization_header.pointer == ORGANIZATION_HEADER_REF.removeprefix("#")
    assert api_model.organization_header.pointer in [p.pointer for p in operation.parameters]
    responses = node["responses"]
    assert OPERATIONS[operation_id][4] in responses
    for status in DOCUMENTED_ERROR_STATUSES:
        assert status in responses
        assert component_name(responses[status], "responses") is not None, status
        target = api_model.resolve(responses[status])
        assert component_name(target["content"]["application/json"]["schema"]) == "ErrorResponse"
        assert target["content"]["application/json"]["examples"]
    # A create or an update sends a body, with examples; reads and deletes send none. Other POSTs (mark
    # active, cancel, void...) carry a body only where Zoho documents one, and then with examples.
    action = (node.get("x-zoho-behaviour") or {}).get("action")
    if operation.method in ("post", "put") and action in ("create", "update"):
        assert node["requestBody"]["content"]["application/json"]["examples"]
    elif operation.method in ("get", "delete"):
        assert "requestBody" not in node
    elif "requestBody" in node:
        assert node["requestBody"]["content"]["application/json"]["examples"]


def test_operation_ids_are_snake_case_and_stable(document: dict[str, Any]) -> None:
    ids = [op.node["operationId"] for op in iter_operations(document)]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() and " " not in i for i in ids)


def test_organization_header_is_one_shared_required_parameter(document: dict[str, Any]) -> None:
    header = document["components"]["parameters"]["OrganizationId"]
    assert header == header | {"name": "X-com-zoho-subscriptions-organizationid", "in": "header", "required": True}
    assert header["schema"]["type"] == "string"


def test_oauth_authorization_code_with_zoho_token_prefix(document: dict[str, Any]) -> None:
    scheme = document["components"]["securitySchemes"]["zoho_oauth"]
    assert scheme["type"] == "oauth2"
    assert scheme["x-zoho-token-prefix"] == "Zoho-oauthtoken"
    assert "Zoho-oauthtoken" in scheme["description"] and "Bearer" in scheme["description"]
    flow = scheme["flows"]["authorizationCode"]
    assert set(scheme["flows"]) == {"authorizationCode"}
    assert flow["authorizationUrl"] == "https://accounts.zoho.com/oauth/v2/auth"
    assert flow["tokenUrl"] == "https://accounts.zoho.com/oauth/v2/token"
    # The full-access scope, then each module's own (from its module.yaml), in module order; each
    # scope an operation needs is there.
    scopes = list(flow["scopes"])
    assert scopes[0] == FULL_ACCESS
    module_scopes = [
        scope
        for module in discover_modules()
        for scope in yaml.safe_load(module.module_file.read_text(encoding="utf-8"))["scopes"]
    ]
    assert scopes[1:] == module_scopes
    assert {fact[3] for fact in OPERATIONS.values()} <= set(scopes)


def test_servers_cover_every_data_centre_with_confirmation(document: dict[str, Any]) -> None:
    centres = {s["x-zoho-data-center"]["id"]: s for s in document["servers"]}
    confirmed = {"com", "eu", "in", "com.au", "jp"}
    assert set(centres) == confirmed | {"ca", "sa", "com.cn", "uk"}
    for dc_id, server in centres.items():
        assert server["url"] == f"https://www.zohoapis.{dc_id}/billing/v1"
        assert server["x-zoho-data-center"]["confirmed"] is (dc_id in confirmed)
    assert centres["ca"]["x-zoho-data-center"]["accounts_url"] == "https://accounts.zohocloud.ca"
    assert centres["eu"]["x-zoho-data-center"]["accounts_url"] == "https://accounts.zoho.eu"


def test_no_anonymous_inline_object_schemas(bundled: BundledSpec) -> None:
    problems = [p for p in check_spec(bundled) if "inline object" in p.reason]
    assert problems == []
    for name, schema in bundled.document["components"]["schemas"].items():
        assert schema.get("title"), name


def test_every_extension_used_is_documented_and_every_documented_one_is_used(bundled: BundledSpec) -> None:
    registry = load_extension_registry(bundled.root)
    used: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            used.update(k for k in node if isinstance(k, str) and k.startswith("x-"))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(bundled.document)
    assert used <= set(registry), used - set(registry)
    # Documented for later (`unused_because`, with its reason) exactly when nothing uses it yet.
    reserved = {name for name, entry in registry.items() if "unused_because" in entry}
    assert set(registry) - reserved <= used, f"documented but unused: {set(registry) - reserved - used}"
    assert not reserved & used, f"used, so drop unused_because: {reserved & used}"
    for name in reserved:
        assert registry[name]["unused_because"].strip(), name
    for name, entry in registry.items():
        assert entry["description"].strip() and entry["applies_to"], name
        jsonschema.Draft202012Validator.check_schema(entry["schema"])


def test_every_operation_has_request_success_and_error_examples_that_validate(document: dict[str, Any]) -> None:
    sites = list(iter_example_sites(document))
    pointers = [site.example_pointer for site in sites]
    for op in iter_operations(document):
        prefix = op.pointer + "/"
        success = OPERATIONS[op.node["operationId"]][4]
        assert any(p.startswith(f"{prefix}responses/{success}/") for p in pointers), op.pointer
        if "requestBody" in op.node:
            assert any(p.startswith(f"{prefix}requestBody/") for p in pointers), op.pointer
    assert any(p.startswith("/components/responses/") for p in pointers)
