"""The emulated Zoho Accounts token endpoint and the token life cycle a client's refresh logic meets."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest
from zoho_billing_mock import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN, MockServer

REFRESH_FORM = {
    "grant_type": "refresh_token",
    "client_id": DEFAULT_CLIENT_ID,
    "client_secret": DEFAULT_CLIENT_SECRET,
    "refresh_token": DEFAULT_REFRESH_TOKEN,
}


def refresh(mock: MockServer, **changes: str) -> httpx.Response:
    return httpx.post(mock.token_url, data={**REFRESH_FORM, **changes}, timeout=10)


def test_a_refresh_grant_issues_a_working_access_token(
    mock: MockServer, make_client: Callable[..., httpx.Client]
) -> None:
    response = refresh(mock)

    assert response.status_code == 200
    token = response.json()
    assert set(token) == {"access_token", "expires_in", "api_domain", "token_type", "scope"}
    assert token["expires_in"] == 3600 and token["token_type"] == "Bearer"
    assert token["api_domain"] == mock.root_url == mock.accounts_url
    assert token["scope"] == "ZohoSubscriptions.fullaccess.all"
    api = make_client(mock, headers=mock.headers(token=token["access_token"]))
    assert api.get("/customers").status_code == 200


def test_parameters_may_come_in_the_query_string(mock: MockServer) -> None:
    response = httpx.post(mock.token_url, params=REFRESH_FORM, timeout=10)
    assert response.status_code == 200 and response.json()["access_token"]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"refresh_token": "1000.unknown"}, "invalid_code"),
        ({"client_secret": "wrong"}, "invalid_client"),
        ({"client_id": "someone-else"}, "invalid_client"),
        ({"grant_type": "password"}, "unsupported_grant_type"),
    ],
)
def test_bad_grants_are_400_with_zohos_error(mock: MockServer, changes: dict[str, str], expected: str) -> None:
    response = refresh(mock, **changes)
    assert response.status_code == 400
    assert response.json() == {"error": expected}


def test_the_token_endpoint_takes_post_only(mock: MockServer) -> None:
    assert httpx.get(mock.token_url, params=REFRESH_FORM, timeout=10).status_code == 405


def test_client_credentials_and_lifetime_are_configurable(start_mock: Callable[..., MockServer]) -> None:
    mock = start_mock(
        oauth_clients={"client-a": "secret-a"}, refresh_tokens={"refresh-a": "client-a"}, access_token_ttl=1
    )
    assert refresh(mock).json() == {"error": "invalid_client"}
    response = httpx.post(
        mock.token_url,
        data={
            "grant_type": "refresh_token",
            "client_id": "client-a",
            "client_secret": "secret-a",
            "refresh_token": "refresh-a",
        },
        timeout=10,
    )
    token = response.json()
    assert token["expires_in"] == 1
    headers = mock.headers(token=token["access_token"])
    assert httpx.get(mock.base_url + "/items", headers=headers, timeout=10).status_code == 200
    time.sleep(1.05)
    assert httpx.get(mock.base_url + "/items", headers=headers, timeout=10).status_code == 401


def test_refresh_on_401(mock: MockServer, make_client: Callable[..., httpx.Client]) -> None:
    """What an SDK does: call, get 401 once the token has expired, refresh, call again."""
    mock.add_refresh_token("refresh-b", scope="ZohoSubscriptions.items.READ")
    first = refresh(mock, refresh_token="refresh-b").json()
    assert first["scope"] == "ZohoSubscriptions.items.READ"
    api = make_client(mock, headers=mock.headers(token=first["access_token"]))
    assert api.get("/items").status_code == 200
    assert api.get("/customers").status_code == 403  # the refresh token's scope carries over

    mock.expire_token(first["access_token"])
    assert api.get("/items").status_code == 401
    second = refresh(mock, refresh_token="refresh-b").json()
    assert second["access_token"] != first["access_token"]
    api.headers["Authorization"] = f"Zoho-oauthtoken {second['access_token']}"
    assert api.get("/items").status_code == 200

    log = [(entry.operation_id, entry.status) for entry in mock.requests]
    assert log == [
        ("oauth_token", 200),
        ("list_items", 200),
        ("list_customers", 403),
        ("list_items", 401),
        ("oauth_token", 200),
        ("list_items", 200),
    ]
    token_request = mock.requests[0]
    assert token_request.method == "POST" and token_request.path == "/oauth/v2/token"
    assert "refresh_token=refresh-b" in token_request.body


def test_revoking_a_token_makes_it_401(mock: MockServer, make_client: Callable[..., httpx.Client]) -> None:
    access = refresh(mock).json()["access_token"]
    api = make_client(mock, headers=mock.headers(token=access))
    assert api.get("/items").status_code == 200
    assert mock.revoke_token(access)
    assert api.get("/items").status_code == 401
