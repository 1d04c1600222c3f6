"""Fixtures for the mock's tests: servers on free ports and HTTP clients that check every answer.

Each server loads the spec bundled in this session from openapi/ (so the tests follow the source),
and every response a client from these fixtures receives is validated against that spec with
openapi-core: the operation's declared response, or Zoho's error envelope where there is no
operation (unknown path, wrong method).
"""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from zoho_billing_mock import MockServer

# One TLS context for every client: httpx would otherwise load the CA bundle for each new client.
_TLS = ssl.create_default_context()


@pytest.fixture(scope="session")
def mock_spec_path(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, write_mock_spec: Callable[..., Path]
) -> Path:
    return write_mock_spec(document, tmp_path_factory.mktemp("spec") / "zoho-billing.json")


@pytest.fixture(scope="session")
def spec_checker(document: dict[str, Any]) -> SpecChecker:
    return SpecChecker(OpenAPI.from_dict(document), document)


@pytest.fixture
def start_mock(mock_spec_path: Path) -> Iterator[Callable[..., MockServer]]:
    """Start a server with options; every server started is stopped after the test."""
    servers: list[MockServer] = []

    def start(**options: Any) -> MockServer:
        options.setdefault("spec_path", mock_spec_path)
        server = MockServer(**options).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def mock(start_mock: Callable[..., MockServer]) -> MockServer:
    return start_mock()


@pytest.fixture
def make_client(spec_checker: SpecChecker) -> Iterator[Callable[..., httpx.Client]]:
    """`make_client(mock, **httpx_options)`: a client on the mock's API with its headers, checked."""
    clients: list[httpx.Client] = []

    def make(server: MockServer, **options: Any) -> httpx.Client:
        options.setdefault("headers", server.headers())
        options.setdefault("base_url", server.base_url)
        options.setdefault("verify", _TLS)
        options.setdefault("timeout", 10)
        http = httpx.Client(event_hooks={"response": [spec_checker.check_httpx]}, **options)
        clients.append(http)
        return http

    yield make
    for http in clients:
        http.close()


@pytest.fixture
def client(mock: MockServer, make_client: Callable[..., httpx.Client]) -> httpx.Client:
    return make_client(mock)


@pytest.fixture
def raw_client(mock: MockServer) -> Iterator[httpx.Client]:
    """A client without spec checks, for answers the spec does not declare (faults like 503)."""
    with httpx.Client(base_url=mock.base_url, headers=mock.headers(), timeout=10, verify=_TLS) as http:
        yield http


@pytest.fixture
def run_cli(mock_spec_path: Path) -> Iterator[Callable[..., CliServer]]:
    """Start `zoho-billing-mock` as a subprocess on a free port; every one is stopped by PID after the test."""
    started: list[CliServer] = []

    def run(*arguments: str) -> CliServer:
        command = [sys.executable, "-m", "zoho_billing_mock", "--port", "0", "--spec", str(mock_spec_path), *arguments]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        server = CliServer(process)
        started.append(server)
        server.wait_ready()
        return server

    yield run
    for server in started:
        if server.process.poll() is None:
            server.process.kill()
        server.process.wait(timeout=10)
        for stream in (server.process.stdout, server.process.stderr):
            if stream is not None:
                stream.close()


@dataclass
class CliServer:
    process: subprocess.Popen[str]
    base_url: str = ""
    root_url: str = ""

    def wait_ready(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if "listening on " not in line:
            stderr = self.process.stderr.read() if self.process.stderr else ""
            raise AssertionError(f"the mock did not start: {line!r} {stderr}")
        self.base_url = line.split("listening on ", 1)[1].strip()
        self.root_url = self.base_url.removesuffix("/billing/v1")


# --- response validation --------------------------------------------------------------------


@dataclass
class _OpenApiRequest:
    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters


@dataclass
class _OpenApiResponse:
    status_code: int
    content_type: str
    headers: dict[str, str]
    data: bytes


class SpecChecker:
    """Validates responses against the spec and counts them (`checked`)."""

    def __init__(self, openapi: OpenAPI, document: dict[str, Any]) -> None:
        self.openapi = openapi
        self.error_schema = document["components"]["schemas"]["ErrorResponse"]
        host, _, path = document["servers"][0]["url"].partition("//")[2].partition("/")
        self.host_url = "https://" + host
        self.base_path = "/" + path
        self.checked = 0

    def check_httpx(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        self.check(
            request.method,
            request.url.path,
            request.headers.get("content-type", ""),
            request.content,
            response.status_code,
            dict(response.headers),
            response.content,
        )

    def check(
        self,
        method: str,
        path: str,
        request_content_type: str,
        request_body: bytes,
        status: int,
        headers: dict[str, str],
        body: bytes,
    ) -> None:
        lowered = {key.lower(): value for key, value in headers.items()}
        content_type = lowered.get("content-type", "")
        assert content_type.startswith("application/json"), f"{method} {path}: content type {content_type!r}"
        payload = json.loads(body)
        assert isinstance(payload.get("code"), int) and isinstance(payload.get("message"), str), payload
        assert (payload["code"] == 0) == (status < 400), f"code {payload['code']} with HTTP {status}"
        if not path.startswith(self.base_path + "/") or (status, payload["code"]) in ((404, 5), (405, 37)):
            # Unknown path or method: no operation to validate against, only the error envelope.
            jsonschema.validate(payload, self.error_schema)
        else:
            request = _OpenApiRequest(
                self.host_url, path, method.lower(), request_body or None, request_content_type, RequestParameters()
            )
            self.openapi.validate_response(request, _OpenApiResponse(status, content_type.lower(), lowered, body))
        self.checked += 1
