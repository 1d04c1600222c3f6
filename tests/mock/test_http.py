"""HTTP at the edges: request methods the mock does not serve, protocol errors on keep-alive
connections, and request bodies nested too deeply."""

from __future__ import annotations

import socket

import httpx
import pytest
from zoho_billing_mock import MockServer

ORG = "X-com-zoho-subscriptions-organizationid"


def _exchange(mock: MockServer, raw: bytes) -> bytes:
    """Send raw bytes on a new connection; everything the server sends until it closes it."""
    with socket.create_connection(("127.0.0.1", mock.port), timeout=10) as connection:
        connection.sendall(raw)
        received = b""
        for _ in range(1000):  # bounded: the server closes the connection after its answer
            chunk = connection.recv(65536)
            if not chunk:
                return received
            received += chunk
    raise AssertionError(f"the server kept the connection open after {received!r}")


def _head(answer: bytes) -> tuple[str, dict[str, str]]:
    head = answer.split(b"\r\n\r\n", 1)[0].decode("iso-8859-1")
    status_line, *lines = head.split("\r\n")
    return status_line, {
        name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)
    }


# --- methods ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "PROPFIND", "MKCOL", "BREW"])
@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/billing/v1/items", "GET, POST"),
        ("/billing/v1/items/1/active", "POST"),
        ("/oauth/v2/token", "POST"),
        ("/__mock__/reset", "POST"),
        ("/__mock__/faults", "DELETE, GET, POST"),
    ],
)
def test_a_method_the_mock_does_not_serve_is_405_with_allow(
    mock: MockServer, method: str, path: str, allowed: str
) -> None:
    with httpx.Client(base_url=mock.root_url, headers=mock.headers(), timeout=10) as http:
        response = http.request(method, path)
        assert (response.status_code, response.json()["code"]) == (405, 37)
        assert response.headers["Allow"] == allowed
        assert http.get("/billing/v1/items").status_code == 200  # and the connection stays usable


def test_methods_are_case_sensitive(mock: MockServer) -> None:
    # RFC 9110 section 9.1: "get" is not GET.
    request = f"get /billing/v1/items HTTP/1.1\r\nHost: 127.0.0.1:{mock.port}\r\nConnection: close\r\n"
    request += f"Authorization: Zoho-oauthtoken {mock.token}\r\n{ORG}: {mock.organization_id}\r\n\r\n"
    status_line, headers = _head(_exchange(mock, request.encode()))
    assert status_line.startswith("HTTP/1.1 405 ") and headers["allow"] == "GET, POST"


def test_a_method_that_is_not_a_token_is_400(mock: MockServer) -> None:
    status_line, headers = _head(_exchange(mock, b"GE\x01T /billing/v1/items HTTP/1.1\r\nHost: x\r\n\r\n"))
    assert status_line.startswith("HTTP/1.1 400 ") and headers["connection"] == "close"


# --- protocol errors and keep-alive ----------------------------------------------------------


def test_a_keep_alive_client_recovers_after_a_protocol_error(mock: MockServer) -> None:
    """More than 100 header lines is a protocol error (431): the mock answers and closes the
    connection, and says so, so the client opens a new connection for its next request."""
    with httpx.Client(base_url=mock.base_url, headers=mock.headers(), timeout=10) as http:
        assert http.get("/items").status_code == 200
        too_many = {f"X-Filler-{number}": "1" for number in range(120)}
        refused = http.get("/items", headers=too_many)
        assert refused.status_code == 431 and refused.json()["code"] == 1
        assert refused.headers["Connection"] == "close"
        for _ in range(20):
            assert http.get("/items").status_code == 200


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"GARBAGE\r\n\r\n", 400),
        (b"GET /billing/v1/items HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400),
        (b"GET /billing/v1/items HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"POST /billing/v1/items HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", 400),
        (b"POST /billing/v1/items HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n", 400),
        (b"POST /billing/v1/items HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
    ],
)
def test_every_answer_before_a_close_says_connection_close(mock: MockServer, raw: bytes, status: int) -> None:
    answer = _exchange(mock, raw)
    status_line, headers = _head(answer)
    assert status_line.startswith(f"HTTP/1.1 {status} "), answer[:200]
    assert headers["connection"] == "close"
    assert headers["content-type"].startswith("application/json")


def test_a_client_asking_for_close_is_told_close(mock: MockServer) -> None:
    request = f"GET /billing/v1/items HTTP/1.1\r\nHost: 127.0.0.1:{mock.port}\r\nConnection: close\r\n"
    request += f"Authorization: Zoho-oauthtoken {mock.token}\r\n{ORG}: {mock.organization_id}\r\n\r\n"
    status_line, headers = _head(_exchange(mock, request.encode()))
    assert status_line.startswith("HTTP/1.1 200 ") and headers["connection"] == "close"


def test_keep_alive_answers_do_not_say_close(client: httpx.Client) -> None:
    assert "Connection" not in client.get("/items").headers


# --- deeply nested bodies --------------------------------------------------------------------


@pytest.mark.parametrize("depth", [101, 1_000, 100_000])
@pytest.mark.parametrize(
    ("method", "path", "where"),
    [
        ("POST", "/billing/v1/items", "top"),
        ("POST", "/billing/v1/items", "field"),
        ("POST", "/billing/v1/customers", "field"),
        ("POST", "/__mock__/faults", "top"),
        ("POST", "/__mock__/records/transaction", "top"),
    ],
)
def test_a_body_nested_too_deeply_is_400(mock: MockServer, depth: int, method: str, path: str, where: str) -> None:
    nested = b"[" * depth + b"]" * depth
    if where == "field":
        base = b'{"name": "A", "rate": 1, "display_name": "A", "email": "a@b.co", "notes": '
        body = base + nested + b"}"
    else:
        body = nested
    with httpx.Client(base_url=mock.root_url, headers=mock.headers(), timeout=30) as http:
        response = http.request(method, path, content=body, headers={"Content-Type": "application/json"})
        assert (response.status_code, response.json()["code"]) == (400, 4), response.text
        assert "nested" in response.json()["message"] and "100" in response.json()["message"]
        assert http.get("/billing/v1/items").json()["items"] == []  # nothing was stored


def test_a_body_nested_100_deep_is_accepted(mock: MockServer) -> None:
    # 100 levels: the object itself, then 99 nested lists in an undeclared field (kept under _extra).
    body = b'{"name": "A", "rate": 1, "deep": ' + b"[" * 99 + b"]" * 99 + b"}"
    with httpx.Client(base_url=mock.base_url, headers=mock.headers(), timeout=30) as http:
        assert http.post("/items", content=body, headers={"Content-Type": "application/json"}).status_code == 201
