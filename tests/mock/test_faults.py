"""Fault injection (rate limits, server errors, slow answers, dropped connections) and the request log."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
import pytest
from zoho_billing_mock import Fault, MockServer


def test_rate_limit_with_retry_after_seconds(client: httpx.Client, mock: MockServer) -> None:
    mock.faults.rate_limit(retry_after=2)

    limited = client.get("/items")
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "2"
    assert limited.json() == {"code": 45, "message": "You have made too many requests. Please try again later"}
    assert client.get("/items").status_code == 200  # count defaults to 1


def test_rate_limit_with_retry_after_http_date(client: httpx.Client, mock: MockServer) -> None:
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=30)
    mock.faults.rate_limit(retry_after=when)
    mock.faults.add(Fault("rate_limit", retry_after=5, retry_after_format="http-date"))

    assert parsedate_to_datetime(client.get("/items").headers["Retry-After"]) == when
    relative = parsedate_to_datetime(client.get("/items").headers["Retry-After"])
    assert 3 <= (relative - datetime.now(UTC)).total_seconds() <= 6


def test_rate_limit_without_retry_after(client: httpx.Client, mock: MockServer) -> None:
    mock.faults.rate_limit(retry_after=None)
    response = client.get("/items")
    assert response.status_code == 429 and "Retry-After" not in response.headers


def test_server_errors(client: httpx.Client, raw_client: httpx.Client, mock: MockServer) -> None:
    mock.faults.server_error()
    response = client.post("/items", json={"name": "A", "rate": 1})
    assert response.status_code == 500 and response.json()["code"] == 1
    assert mock.state() == {}  # a fault before the operation changes nothing

    # 503 is not among the statuses the spec declares, so it is only checked for Zoho's envelope.
    mock.faults.server_error(status=503)
    unavailable = raw_client.get("/items")
    assert unavailable.status_code == 503
    assert unavailable.json() == {"code": 1, "message": "An internal error occurred. Please try again later"}


def test_slow_response(client: httpx.Client, mock: MockServer) -> None:
    mock.faults.slow(delay=0.3)
    started = time.monotonic()
    assert client.get("/items").status_code == 200
    assert time.monotonic() - started >= 0.3
    client.get("/items")
    # The fault is used up: the second request was answered without it.
    assert [entry.fault for entry in mock.requests] == ["slow", None]


def test_slow_response_times_out_a_client(mock: MockServer, make_client: Callable[..., httpx.Client]) -> None:
    mock.faults.slow(delay=0.5)
    with pytest.raises(httpx.ReadTimeout):
        make_client(mock, timeout=0.1).get("/items")


def test_dropped_connection(client: httpx.Client, mock: MockServer) -> None:
    mock.faults.drop(operation_id="create_item")

    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/items", json={"name": "Hard Drive", "rate": 1})
    assert mock.state() == {}
    assert client.post("/items", json={"name": "Hard Drive", "rate": 1}).status_code == 201
    assert [entry.status for entry in mock.requests] == [None, 201]
    assert mock.requests[0].fault == "drop"


def test_dropped_connection_after_the_operation(client: httpx.Client, mock: MockServer) -> None:
    """The create took effect but its answer was lost: a retry then meets the duplicate-name rule."""
    mock.faults.drop(operation_id="create_item", when="after")

    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/items", json={"name": "Hard Drive", "rate": 1})
    assert [item["name"] for item in mock.state()[mock.organization_id]["item"]] == ["Hard Drive"]
    assert client.post("/items", json={"name": "Hard Drive", "rate": 1}).json()["code"] == 1000


def test_faults_match_operation_path_and_method_and_count(client: httpx.Client, mock: MockServer) -> None:
    mock.faults.server_error(operation_id="list_customers", count=2)
    mock.faults.rate_limit(path=r"^/billing/v1/items/\d+$", method="DELETE", count=None)

    assert client.get("/items").status_code == 200
    assert [client.get("/customers").status_code for _ in range(3)] == [500, 500, 200]
    item_id = client.post("/items", json={"name": "A", "rate": 1}).json()["item"]["item_id"]
    assert client.get(f"/items/{item_id}").status_code == 200
    assert [client.delete(f"/items/{item_id}").status_code for _ in range(3)] == [429, 429, 429]
    assert [fault.kind for fault in mock.faults.list()] == ["rate_limit"]
    mock.faults.clear()
    assert client.delete(f"/items/{item_id}").status_code == 200


def test_skip_lets_requests_through_first(client: httpx.Client, mock: MockServer) -> None:
    mock.faults.server_error(skip=2)
    assert [client.get("/items").status_code for _ in range(4)] == [200, 200, 500, 200]


def test_faults_hit_the_token_endpoint_too(mock: MockServer) -> None:
    mock.faults.rate_limit(operation_id="oauth_token", retry_after=1)
    form = {
        "grant_type": "refresh_token",
        "client_id": "mock-client-id",
        "client_secret": "mock-client-secret",
        "refresh_token": "mock-refresh-token",
    }
    assert httpx.post(mock.token_url, data=form, timeout=10).status_code == 429
    assert httpx.post(mock.token_url, data=form, timeout=10).status_code == 200


def test_a_client_retrying_on_429_is_visible_in_the_log(client: httpx.Client, mock: MockServer) -> None:
    mock.faults.rate_limit(retry_after=0, count=2)

    attempts = 0
    while True:
        attempts += 1
        response = client.get("/items")
        if response.status_code != 429:
            break
        time.sleep(float(response.headers["Retry-After"]))

    assert attempts == 3
    assert [(entry.status, entry.fault) for entry in mock.requests] == [
        (429, "rate_limit"),
        (429, "rate_limit"),
        (200, None),
    ]


def test_the_request_log_records_what_was_sent(client: httpx.Client, mock: MockServer) -> None:
    before = time.time()
    client.post("/items", params={"trace": "1"}, json={"name": "Hard Drive", "rate": 120.5}, headers={"X-Test": "yes"})

    [entry] = mock.requests
    assert (entry.method, entry.path, entry.query) == ("POST", "/billing/v1/items", "trace=1")
    assert entry.query_params == {"trace": ["1"]}
    assert entry.header("authorization") == "Zoho-oauthtoken mock-access-token"
    assert entry.header("X-com-zoho-subscriptions-organizationid") == mock.organization_id
    assert entry.header("x-test") == "yes"
    assert entry.json() == {"name": "Hard Drive", "rate": 120.5}
    assert (entry.operation_id, entry.status, entry.fault) == ("create_item", 201, None)
    assert before <= entry.time <= time.time()
    assert datetime.fromisoformat(entry.timestamp).timestamp() == pytest.approx(entry.time, abs=1e-3)

    mock.clear_requests()
    assert mock.requests == []
