"""Property-based: requests generated from the spec never get an answer that breaks the spec.

Schemathesis generates requests per operation (valid ones, and invalid ones the mock must refuse
with a declared 4xx); each answer goes through schemathesis' conformance checks and through the
same openapi-core validation as every other test. Bounded: few examples per operation, fixed seed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from zoho_billing_mock import ORGANIZATION_HEADER, MockServer

from generator.core.openapi_document import iter_operations

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
MAX_EXAMPLES = {GenerationMode.POSITIVE: 20, GenerationMode.NEGATIVE: 10}


def _operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    methods = ("get", "put", "post", "delete")
    return [(method.upper(), path) for path, item in document["paths"].items() for method in methods if method in item]


def _operation_objects(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (path, item[method]) for path, item in document["paths"].items() for method in item if method != "parameters"
    ]


@pytest.fixture(scope="module")
def api_schema(document: dict[str, Any]) -> Any:
    return schemathesis.openapi.from_dict(document)


@pytest.fixture(scope="module")
def seeded(mock_spec_path: Path) -> Iterator[tuple[MockServer, dict[str, str]]]:
    """One server for the module, with a customer (CRM-linked, with a transaction) and an item to hit."""
    with MockServer(spec_path=mock_spec_path) as server, requests.Session() as http:
        http.headers.update(server.headers())
        customer = http.post(server.base_url + "/customers", json={"display_name": "A", "email": "a@b.co"}).json()
        item = http.post(server.base_url + "/items", json={"name": "Seed", "rate": 1}).json()
        customer_id, item_id = customer["customer"]["customer_id"], item["item"]["item_id"]
        server.set_fields("customer", customer_id, zcrm_account_id="903000000021976")
        server.add_record("transaction", customer_id=customer_id, type="invoice", amount="20.50")
        yield server, {"customer_id": customer_id, "item_id": item_id, "reference_id": "903000000021976"}


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


def test_every_operation_is_covered(document: dict[str, Any]) -> None:
    # The loop below walks every operation of the spec, whatever its method.
    assert sorted(_operations(document)) == sorted((op.method.upper(), op.path) for op in iter_operations(document))


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda mode: mode.value)
def test_no_answer_breaks_the_spec(
    api_schema: Any,
    document: dict[str, Any],
    seeded: tuple[MockServer, dict[str, str]],
    session: requests.Session,
    spec_checker: Any,
    mode: GenerationMode,
) -> None:
    server, known = seeded
    server.clear_requests()  # this mode's requests only, also after the other mode failed
    fixed_headers = {ORGANIZATION_HEADER: server.organization_id}
    auth = {"Authorization": f"Zoho-oauthtoken {server.token}"}
    failures: list[str] = []
    # Operations for which no invalid request can be generated (a path parameter of a plain string,
    # such as a plan_code, has no invalid value in a URL): nothing to check in negative mode.
    unsatisfiable: set[str] = set()

    for method, path in _operations(document):
        operation = api_schema[path][method]
        parameters = {name: value for name, value in known.items() if "{" + name + "}" in path}
        strategies = [operation.as_strategy(generation_mode=mode, headers=fixed_headers)]
        if parameters and mode is GenerationMode.POSITIVE:
            strategies.append(operation.as_strategy(headers=fixed_headers, path_parameters=parameters))

        @settings(
            max_examples=MAX_EXAMPLES[mode],
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=st.one_of(strategies))
        def run(case: Any) -> None:
            if mode is GenerationMode.POSITIVE or ORGANIZATION_HEADER in (case.headers or {}):
                case.headers = {**(case.headers or {}), **fixed_headers}
            response = case.call(base_url=server.base_url, session=session, headers=auth)
            case.validate_response(response, checks=CHECKS, headers=auth)
            request = response.request
            body = request.body.encode() if isinstance(request.body, str) else request.body or b""
            path_only = request.path_url.split("?", 1)[0]
            spec_checker.check(
                request.method,
                path_only,
                request.headers.get("Content-Type", ""),
                body,
                response.status_code,
                {name: values[0] for name, values in response.headers.items()},
                response.content,
            )

        try:
            run()
        except Unsatisfiable:
            if mode is not GenerationMode.NEGATIVE:
                raise
            unsatisfiable.add(document["paths"][path][method.lower()]["operationId"])
        except Exception as error:  # collect every operation's failure, then report them together
            failures.append(f"{method} {path}: {error}")

    assert not failures, "\n\n".join(failures)
    answered = {entry.operation_id for entry in server.requests if entry.status is not None}
    expected = {operation["operationId"] for _, operation in _operation_objects(document)} - unsatisfiable
    assert answered == expected
    if mode is GenerationMode.POSITIVE:
        assert sum(1 for entry in server.requests if entry.status and entry.status < 300) >= 16
    server.clear_requests()
