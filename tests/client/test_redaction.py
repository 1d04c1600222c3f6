"""Tokens, the client secret and the refresh token never appear in a repr, a log line or an exception."""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable
from urllib.parse import quote_plus

import httpx
import pytest
from client_support import CLIENT_SECRET, REFRESH_TOKEN, Canned, Mock, ScriptedServer, refresh_options
from zoho_billing_client import (
    APIConnectionError,
    APIError,
    AsyncZohoBilling,
    AuthenticationError,
    ZohoBilling,
    ZohoBillingError,
)
from zoho_billing_client._auth import redact

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


def _all_text(error: BaseException) -> str:
    """The exception as a traceback prints it, with every chained exception, plus its repr."""
    return "".join(traceback.format_exception(error)) + repr(error)


def test_redaction_covers_every_form_a_text_holds_a_secret_in() -> None:
    secret = "1000.sec\\ret+/="  # printable ASCII, but its repr and form encoding differ from it
    for text in (
        f"Illegal header value {('Zoho-oauthtoken ' + secret).encode()!r}",  # bytes repr
        f"value {secret!r}",  # str repr (the backslash doubled)
        f"client_secret={quote_plus(secret)}&grant_type=refresh_token",  # form-encoded, as a body echoes it
        f"plain {secret}",
    ):
        redacted = redact(text, [secret])
        assert "***" in redacted
        assert "sec" not in redacted.replace("secret=", ""), redacted


def test_transport_errors_and_their_chain_are_scrubbed() -> None:
    token = "1000.chained.token"

    def handler(request: httpx.Request) -> httpx.Response:
        try:
            raise ValueError(f"Illegal header value {request.headers['Authorization'].encode()!r}")
        except ValueError as inner:
            raise httpx.ConnectError(f"could not send {token}", request=request) from inner

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with ZohoBilling(organization_id="1", access_token=token, http_client=http, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as raised:
            client.items.retrieve("1")
    text = _all_text(raised.value)
    assert "could not send ***" in text and "Illegal header value" in text  # the chain is still there
    assert token not in text


def test_the_token_endpoints_error_text_is_scrubbed(scripted: ScriptedServer) -> None:
    secret, refresh = "1000.client.secret", "1000.refresh.token"
    echo = f"invalid_client: client_secret={secret}&refresh_token={quote_plus(refresh)}"
    scripted.answer("POST", "/oauth/v2/token", Canned(400, {"error": echo}))
    with ZohoBilling(
        organization_id="1",
        client_id="1000.id",
        client_secret=secret,
        refresh_token=refresh,
        base_url=scripted.base_url,
        accounts_url=scripted.base_url,
        max_retries=0,
    ) as client:
        with pytest.raises(AuthenticationError) as raised:
            client.items.retrieve("1")
    text = _all_text(raised.value) + str(raised.value.body)
    assert "token refresh failed: invalid_client: client_secret=***&refresh_token=***" in text
    assert secret not in text and refresh not in text and quote_plus(refresh) not in text


def test_a_non_json_error_body_is_scrubbed_before_it_is_cut(scripted: ScriptedServer) -> None:
    token = "1000." + "abcdef0123456789" * 4
    body = ("x" * 180 + token + " trailing text").encode()
    scripted.answer("GET", "/items/1", Canned(502, body, {"Content-Type": "text/html"}))
    with ZohoBilling(organization_id="1", access_token=token, base_url=scripted.base_url, max_retries=0) as client:
        with pytest.raises(APIError) as raised:
            client.items.retrieve("1")
    text = _all_text(raised.value) + str(raised.value.body)  # type: ignore[attr-defined]
    assert "x" * 180 + "***" in text
    assert token[:20] not in text
