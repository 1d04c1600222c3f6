"""Tokens, the client secret and the refresh token never appear in a repr, a log line or an exception."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import pytest
from client_support import CLIENT_SECRET, REFRESH_TOKEN, Canned, Mock, ScriptedServer, refresh_options
from zoho_billing_client import APIError, AsyncZohoBilling, ZohoBilling, ZohoBillingError

ISSUED = re.compile(r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}")  # the form of the tokens the local server issues


def _texts(caplog: pytest.LogCaptureFixture, *objects: object) -> str:
    lines = [record.getMessage() for record in caplog.records]
    lines += [str(record.args) for record in caplog.records]
    lines += [f"{text!s} {text!r}" for text in objects]
    return "\n".join(lines)


def test_no_secret_in_logs_reprs_or_errors(
    make_client: Callable[..., ZohoBilling], mock: Mock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    client = make_client(**refresh_options(mock))
    seen: list[object] = [client, client.with_options(max_retries=1), client._tokens, client._tokens.credentials]
    item = client.items.create(name="Hard Drive", rate=120)
    mock.expire_tokens()
    client.items.retrieve(item.item_id)  # 401, refresh, replay
    mock.fault("server_error", status=503, operation_id="list_items")
    client.items.list().first_page()  # a retry
    for failing in (
        lambda: client.items.retrieve("903000000099999"),
        lambda: client.items.create(name="x" * 101, rate=1),
    ):
        with pytest.raises(ZohoBillingError) as raised:
            failing()
        seen.append(raised.value)
    issued = {entry["headers"]["Authorization"].split()[-1] for entry in mock.requests("retrieve_item")}
    assert len(issued) == 2 and all(ISSUED.fullmatch(token) for token in issued)
    text = _texts(caplog, *seen)
    assert "refreshing the access token" in text and "retrying items.list" in text  # the logs are there
    for secret in (CLIENT_SECRET, REFRESH_TOKEN, *issued):
        assert secret not in text
    assert ISSUED.search(text) is None


def test_secrets_echoed_by_the_server_are_scrubbed(scripted: ScriptedServer) -> None:
    token = "1000.echoed.token"
    scripted.answer("GET", "/items/1", Canned(401, {"code": 57, "message": f"Invalid token {token}"}))
    with ZohoBilling(organization_id="1", access_token=token, base_url=scripted.base_url) as client:
        with pytest.raises(APIError) as raised:
            client.items.retrieve("1")
    assert token not in str(raised.value) and "Invalid token ***" in str(raised.value)


@pytest.mark.anyio
async def test_async_client_repr(make_async_client: Callable[..., AsyncZohoBilling], mock: Mock) -> None:
    client = make_async_client(**refresh_options(mock))
    await client.items.list().first_page()
    assert CLIENT_SECRET not in repr(client) and "auth='refresh_token'" in repr(client)
    assert ISSUED.search(repr(client._tokens)) is None
