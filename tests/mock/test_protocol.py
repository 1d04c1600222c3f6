"""Authentication, organizations, routing and validation: the answers every operation shares."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pytest
from zoho_billing_mock import GENERIC_ERRORS, MockServer

ORG = "X-com-zoho-subscriptions-organizationid"


def error(response: httpx.Response) -> tuple[int, int]:
    return response.status_code, response.json()["code"]


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Zoho-oauthtoken", "Zoho-oauthtoken wrong-token", "Bearer mock-access-token", "mock-access-token"],
)
def test_a_missing_or_wrong_token_is_401(client: httpx.Client, authorization: str | None) -> None:
    request = client.build_request("GET", "/items")
    if authorization is None:
        del request.headers["Authorization"]
    else:
        request.headers["Authorization"] = authorization
    response = client.send(request)
    assert error(response) == (401, 57)
    assert response.json()["message"] == GENERIC_ERRORS[401][1]


def test_configured_tokens_are_accepted(
    start_mock: Callable[..., MockServer], make_client: Callable[..., httpx.Client]
) -> None:
    mock = start_mock(tokens=["token-one", "token-two"])
    for token in ("token-one", "token-two"):
        assert make_client(mock, headers=mock.headers(token=token)).get("/items").status_code == 200
    assert error(make_client(mock, headers=mock.headers(token="mock-access-token")).get("/items")) == (401, 57)


def test_expired_and_revoked_tokens_are_401(client: httpx.Client, mock: MockServer) -> None:
    mock.add_token("short-lived")
    mock.add_token("revoked")
    assert client.get("/items", headers={"Authorization": "Zoho-oauthtoken short-lived"}).status_code == 200

    assert mock.expire_token("short-lived") == 1
    assert mock.revoke_token("revoked") is True
    for token in ("short-lived", "revoked"):
        assert error(client.get("/items", headers={"Authorization": f"Zoho-oauthtoken {token}"})) == (401, 57)
    assert client.get("/items").status_code == 200


def test_scopes_are_enforced(client: httpx.Client, mock: MockServer) -> None:
    mock.add_token("items-reader", scope="ZohoSubscriptions.items.READ")
    headers = {"Authorization": "Zoho-oauthtoken items-reader"}

    assert client.get("/items", headers=headers).status_code == 200
    assert error(client.post("/items", json={"name": "A", "rate": 1}, headers=headers)) == (403, 56)
    assert error(client.get("/customers", headers=headers)) == (403, 56)

    mock.add_token("items-writer", scope="ZohoSubscriptions.items.CREATE,ZohoSubscriptions.items.READ")
    created = client.post(
        "/items", json={"name": "A", "rate": 1}, headers={"Authorization": "Zoho-oauthtoken items-writer"}
    )
    assert created.status_code == 201


def test_the_organization_header_is_required(client: httpx.Client) -> None:
    request = client.build_request("GET", "/items")
    del request.headers[ORG]
    response = client.send(request)
    assert error(response) == (400, 4)
    assert ORG in response.json()["message"]

    malformed = client.get("/items", headers={ORG: "acme"})
    assert error(malformed) == (400, 4) and ORG in malformed.json()["message"]


def test_an_unknown_organization_is_403(client: httpx.Client) -> None:
    assert error(client.get("/items", headers={ORG: "999"})) == (403, 56)
    assert error(client.post("/items", json={"name": "A", "rate": 1}, headers={ORG: "999"})) == (403, 56)


def test_state_is_per_organization(
    start_mock: Callable[..., MockServer], make_client: Callable[..., httpx.Client]
) -> None:
    mock = start_mock(organizations=["111", "222"])
    first = make_client(mock, headers=mock.headers(organization_id="111"))
    second = make_client(mock, headers=mock.headers(organization_id="222"))

    item_id = first.post("/items", json={"name": "Hard Drive", "rate": 1}).json()["item"]["item_id"]
    assert second.post("/items", json={"name": "Hard Drive", "rate": 2}).status_code == 201
    assert error(second.get(f"/items/{item_id}")) == (404, 2006)
    assert [item["rate"] for item in second.get("/items").json()["items"]] == [2]
    assert error(make_client(mock).get("/items", headers={ORG: "333"})) == (403, 56)
    mock.add_organization("333")
    assert make_client(mock, headers=mock.headers(organization_id="333")).get("/items").json()["items"] == []


@pytest.mark.parametrize("path", ["/nowhere", "/customers/1/archive", "/items/1/used", "/customers/"])
def test_an_unknown_path_is_404(client: httpx.Client, path: str) -> None:
    assert error(client.get(path)) == (404, 5)


def test_paths_outside_the_api_are_404(mock: MockServer, raw_client: httpx.Client) -> None:
    response = raw_client.get(mock.root_url + "/index.html")
    assert error(response) == (404, 5)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/customers", "GET, POST"),
        ("PATCH", "/items/1", "DELETE, GET, PUT"),
        ("GET", "/items/1/active", "POST"),
        ("DELETE", "/transactions", "GET"),
    ],
)
def test_a_wrong_method_is_405(client: httpx.Client, method: str, path: str, allowed: str) -> None:
    response = client.request(method, path)
    assert error(response) == (405, 37)
    assert response.headers["Allow"] == allowed


@pytest.mark.parametrize("accept", ["text/html", "application/xml, text/plain", "application/json;q=0"])
def test_an_accept_header_without_json_is_406(client: httpx.Client, accept: str) -> None:
    assert error(client.get("/items", headers={"Accept": accept})) == (406, 38)


@pytest.mark.parametrize("accept", ["application/json", "*/*", "application/*", "text/html, application/json;q=0.5"])
def test_an_accept_header_with_json_is_served(client: httpx.Client, accept: str) -> None:
    assert client.get("/items", headers={"Accept": accept}).status_code == 200


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b"", "application/json", "request body"),
        (b"{not json", "application/json", "JSON"),
        (b"[1, 2]", "application/json", "request body"),
        (b'{"name": "A", "rate": NaN}', "application/json", "JSON"),
        (b"name=A&rate=1", "application/x-www-form-urlencoded", "content type"),
    ],
)
def test_unusable_bodies_are_400(
    client: httpx.Client, mock: MockServer, content: bytes, content_type: str, expected: str
) -> None:
    response = client.post("/items", content=content, headers={"Content-Type": content_type})
    assert error(response) == (400, 4)
    assert expected in response.json()["message"]
    assert mock.state() == {}


def test_messages_name_nested_and_path_fields(client: httpx.Client) -> None:
    tagged = client.post("/customers", json={"display_name": "A", "email": "a@b.co", "tags": [{"tag_id": 1}]})
    assert error(tagged) == (400, 4) and "tags[0].tag_id" in tagged.json()["message"]
    assert "item_id" in client.get("/items/abc").json()["message"]
    assert "customer_id" in client.delete("/customers/12a").json()["message"]


def test_no_state_changes_before_validation(client: httpx.Client, mock: MockServer) -> None:
    item_id = client.post("/items", json={"name": "Hard Drive", "rate": 1}).json()["item"]["item_id"]
    before = mock.state()
    assert error(client.put(f"/items/{item_id}", json={"name": "Renamed", "rate": "free"})) == (400, 4)
    assert error(client.put(f"/items/{item_id}", json={"name": "Renamed"})) == (400, 4)
    assert mock.state() == before


def test_ids_are_numeric_strings_and_unique(client: httpx.Client) -> None:
    ids = [client.post("/items", json={"name": f"Item {n}", "rate": n}).json()["item"]["item_id"] for n in range(5)]
    ids.append(
        client.post("/customers", json={"display_name": "A", "email": "a@b.co"}).json()["customer"]["customer_id"]
    )
    assert all(re.fullmatch(r"[0-9]{15}", value) for value in ids)
    assert len(set(ids)) == len(ids)


def test_timestamps_use_zohos_format(client: httpx.Client) -> None:
    customer: dict[str, Any] = client.post("/customers", json={"display_name": "A", "email": "a@b.co"}).json()[
        "customer"
    ]
    for key in ("created_time", "updated_time"):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}", customer[key])
        moment = datetime.strptime(customer[key], "%Y-%m-%dT%H:%M:%S%z")
        assert abs((datetime.now(moment.tzinfo) - moment).total_seconds()) < 60
