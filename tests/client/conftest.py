"""Fixtures for the SDK layer's tests: the local Zoho Billing server in a subprocess, and clients on it.

The server (`zoho-billing-mock`, from mock/) runs in its own process on a free port of 127.0.0.1 and
is driven over HTTP through its control API (`/__mock__/`): faults, request log, tokens, state.
Every test starts from a reset server. A second server issues access tokens that live 2 seconds,
for the refresh-before-expiry tests. A scripted server (stdlib, in this process) answers with
canned responses, for what the local server never sends (unknown fields, `code != 0` on HTTP 200).
Clients get a tiny backoff so that retry tests take milliseconds.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from zoho_billing_client import AsyncZohoBilling, ZohoBilling

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make client_support importable

from client_support import FAST_RETRIES, ORGANIZATION, TOKEN, Mock, ScriptedServer, start_mock


@pytest.fixture(scope="session")
def mock_server() -> Iterator[Mock]:
    server = start_mock()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def short_token_server() -> Iterator[Mock]:
    """A server whose issued access tokens live 2 seconds."""
    server = start_mock("--token-expires-in", "2")
    yield server
    server.stop()


@pytest.fixture
def mock(mock_server: Mock) -> Mock:
    mock_server.reset()
    return mock_server


@pytest.fixture
def make_client(mock: Mock) -> Iterator[Callable[..., ZohoBilling]]:
    """`make_client(**options)`: a sync client on the local server (static token, fast retries)."""
    clients: list[ZohoBilling] = []

    def make(**options: Any) -> ZohoBilling:
        options.setdefault("organization_id", ORGANIZATION)
        options.setdefault("base_url", mock.base_url)
        options.setdefault("accounts_url", mock.accounts_url)
        if not {"client_id", "refresh_token"} & options.keys():
            options.setdefault("access_token", TOKEN)
        for name, value in FAST_RETRIES.items():
            options.setdefault(name, value)
        client = ZohoBilling(**options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., ZohoBilling]) -> ZohoBilling:
    return make_client()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def make_async_client(mock: Mock) -> AsyncIterator[Callable[..., AsyncZohoBilling]]:
    clients: list[AsyncZohoBilling] = []

    def make(**options: Any) -> AsyncZohoBilling:
        options.setdefault("organization_id", ORGANIZATION)
        options.setdefault("base_url", mock.base_url)
        options.setdefault("accounts_url", mock.accounts_url)
        if not {"client_id", "refresh_token"} & options.keys():
            options.setdefault("access_token", TOKEN)
        for name, value in FAST_RETRIES.items():
            options.setdefault(name, value)
        client = AsyncZohoBilling(**options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture
async def async_client(make_async_client: Callable[..., AsyncZohoBilling]) -> AsyncZohoBilling:
    return make_async_client()


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def scripted_client(scripted: ScriptedServer) -> Iterator[ZohoBilling]:
    with ZohoBilling(
        organization_id=ORGANIZATION, access_token=TOKEN, base_url=scripted.base_url, **FAST_RETRIES
    ) as client:
        yield client
