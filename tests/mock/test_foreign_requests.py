"""Requests a web page could make: a foreign `Origin` (cross-site requests) and a foreign `Host`
(DNS rebinding) are refused, on the control API and on every other route."""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx
import pytest
from zoho_billing_mock import MockServer

ROUTES = [
    ("POST", "/__mock__/reset"),
    ("POST", "/__mock__/tokens"),
    ("GET", "/__mock__/state"),
    ("GET", "/billing/v1/items"),
    ("POST", "/oauth/v2/token"),
]
TOKEN_BODY = b'{"access_token": "minted-by-a-web-page"}'


def _send(
    mock: MockServer, method: str, path: str, headers: dict[str, str], body: bytes = TOKEN_BODY
) -> httpx.Response:
    # A "simple" cross-site request: text/plain needs no CORS preflight in a browser.
    with httpx.Client(base_url=mock.root_url, headers=mock.headers(), timeout=10) as http:
        return http.request(method, path, content=body, headers={"Content-Type": "text/plain", **headers})


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("origin", ["https://evil.example", "http://localhost:1", "null", "http://127.0.0.1"])
def test_a_foreign_origin_is_refused(mock: MockServer, method: str, path: str, origin: str) -> None:
    mock.faults.server_error()  # a refused request takes no fault
    response = _send(mock, method, path, {"Origin": origin})
    assert (response.status_code, response.json()["code"]) == (403, 56)
    assert "Origin" in response.json()["message"]
    assert len(mock.faults.list()) == 1 and mock.requests == []
    assert not any(
        token["access_token"] == "minted-by-a-web-page" for token in mock.app.auth.describe()["access_tokens"]
    )


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}", "127.0.0.1:1"])
def test_a_foreign_host_is_refused(mock: MockServer, method: str, path: str, host: str) -> None:
    # DNS rebinding: a name the attacker controls resolves to 127.0.0.1; the browser sends that name.
    response = _send(mock, method, path, {"Host": host.format(port=mock.port)})
    assert (response.status_code, response.json()["code"]) == (403, 56)
    assert "Host" in response.json()["message"] and "--allow-host" in response.json()["message"]
    assert mock.requests == []


def _raw(mock: MockServer, request: str) -> bytes:
    """Send a raw request (with `Connection: close`) and read the answer until the server closes."""
    with socket.create_connection(("127.0.0.1", mock.port), timeout=10) as connection:
        connection.sendall(request.encode())
        answer = b""
        for _ in range(100):
            chunk = connection.recv(65536)
            if not chunk:
                return answer
            answer += chunk
    raise AssertionError(f"the server kept the connection open after {answer!r}")


def test_a_foreign_host_in_an_absolute_target_is_refused(mock: MockServer) -> None:
    answer = _raw(
        mock,
        f"POST http://evil.example:{mock.port}/__mock__/reset HTTP/1.1\r\nHost: 127.0.0.1:{mock.port}\r\n"
        "Content-Length: 0\r\nConnection: close\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 403 ") and b"evil.example" in answer


def test_two_host_headers_are_refused(mock: MockServer) -> None:
    answer = _raw(
        mock,
        f"GET /__mock__/health HTTP/1.1\r\nHost: 127.0.0.1:{mock.port}\r\nHost: evil.example\r\n"
        "Connection: close\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 400 ") and b"Host" in answer


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
@pytest.mark.parametrize("origin", [None, "http://{host}"])
def test_the_mocks_own_addresses_are_served(mock: MockServer, host: str, origin: str | None) -> None:
    host = host.format(port=mock.port)
    headers = {"Host": host} if origin is None else {"Host": host, "Origin": origin.format(host=host)}
    with httpx.Client(base_url=mock.root_url, timeout=10) as http:
        assert http.post("/__mock__/reset", headers=headers).status_code == 200
        assert http.get("/billing/v1/items", headers={**mock.headers(), **headers}).status_code == 200


def test_allowed_hosts_extend_the_check(start_mock: Callable[..., MockServer]) -> None:
    mock = start_mock(allowed_hosts=["mock.internal", f"other.internal:{8000}"])
    with httpx.Client(base_url=mock.root_url, timeout=10) as http:
        for host in (f"mock.internal:{mock.port}", "other.internal:8000", f"127.0.0.1:{mock.port}"):
            assert http.get("/__mock__/health", headers={"Host": host}).status_code == 200, host
        assert http.get("/__mock__/health", headers={"Host": "other.internal:9"}).status_code == 403
        origin = {"Host": f"mock.internal:{mock.port}", "Origin": f"http://mock.internal:{mock.port}"}
        assert http.post("/__mock__/reset", headers=origin).status_code == 200
        foreign = {"Host": f"mock.internal:{mock.port}", "Origin": "http://evil.example"}
        assert http.post("/__mock__/reset", headers=foreign).status_code == 403

    anything = start_mock(allowed_hosts=["*"])
    with httpx.Client(base_url=anything.root_url, timeout=10) as http:
        assert http.get("/__mock__/health", headers={"Host": "whatever.example"}).status_code == 200
        # A foreign Origin stays refused: "*" only opens the Host check.
        refused = http.post("/__mock__/reset", headers={"Host": "whatever.example", "Origin": "http://evil.example"})
        assert refused.status_code == 403


def test_a_server_on_ipv6_loopback_answers_to_its_names(start_mock: Callable[..., MockServer]) -> None:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback here")
    mock = start_mock(host="::1")
    with httpx.Client(base_url=mock.root_url, timeout=10) as http:
        assert http.get("/__mock__/health").status_code == 200  # Host: [::1]:<port>
        assert http.get("/__mock__/health", headers={"Host": f"localhost:{mock.port}"}).status_code == 200
        assert http.get("/__mock__/health", headers={"Host": f"127.0.0.1:{mock.port}"}).status_code == 403
