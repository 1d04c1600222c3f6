"""Auth headers, and the access token refreshed from the Accounts server: on first use, before it
expires, and once after a 401, single-flight across threads and tasks."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from client_support import (
    CLIENT_ID,
    CLIENT_SECRET,
    ORGANIZATION,
    REFRESH_TOKEN,
    TOKEN,
    Canned,
    Mock,
    ScriptedServer,
    refresh_options,
)
from zoho_billing_client import (
    AsyncZohoBilling,
    AuthenticationError,
    ZohoBilling,
    ZohoBillingValidationError,
)
from zoho_billing_client._auth import Credentials, TokenManager


def _bearers(mock: Mock, operation_id: str) -> list[str | None]:
    return [entry["headers"].get("Authorization") for entry in mock.requests(operation_id)]


def test_headers_are_set_once_per_client(client: ZohoBilling, mock: Mock) -> None:
    client.items.list().first_page()
    client.customers.list().first_page()
    for entry in mock.requests():
        headers = {name.lower(): value for name, value in entry["headers"].items()}
        assert headers["authorization"] == f"Zoho-oauthtoken {TOKEN}"
        assert headers["x-com-zoho-subscriptions-organizationid"] == ORGANIZATION
        assert headers["accept"] == "application/json"
        assert headers["user-agent"].startswith("zoho-billing-client/")


def test_token_is_fetched_on_first_use_with_a_form_post(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    client = make_client(**refresh_options(mock))
    assert mock.token_requests() == []  # nothing before the first call
    client.items.list().first_page()
    (token_request,) = mock.token_requests()
    assert token_request["method"] == "POST" and token_request["query"] == ""  # secrets never in the URL
    form = parse_qs(token_request["body"])
    assert form == {
        "grant_type": ["refresh_token"],
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
        "refresh_token": [REFRESH_TOKEN],
    }
    (authorization,) = _bearers(mock, "list_items")
    assert authorization is not None and authorization.startswith("Zoho-oauthtoken 1000.")
    client.items.list().first_page()
    assert len(mock.token_requests()) == 1  # reused while valid


def test_token_is_refreshed_before_it_expires(short_token_server: Mock) -> None:
    mock = short_token_server
    mock.reset()
    # Tokens live 2 s; the client refreshes at half that, so the API never sees an expired one.
    with ZohoBilling(organization_id=ORGANIZATION, **refresh_options(mock)) as client:
        client.items.list().first_page()
        time.sleep(1.1)
        client.items.list().first_page()
    assert len(mock.token_requests()) == 2
    statuses = [entry["status"] for entry in mock.requests("list_items")]
    assert statuses == [200, 200]
    first, second = _bearers(mock, "list_items")
    assert first != second


def test_token_is_refreshed_once_after_a_401_across_threads(
    make_client: Callable[..., ZohoBilling], mock: Mock
) -> None:
    client = make_client(**refresh_options(mock))
    item = client.items.create(name="Hard Drive", rate=120)
    mock.expire_tokens()
    mock.clear_requests()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: client.items.retrieve(item.item_id).name, range(16)))
    assert results == ["Hard Drive"] * 16
    assert len(mock.token_requests()) == 1
    statuses = [entry["status"] for entry in mock.requests("retrieve_item")]
    assert statuses.count(200) == 16 and set(statuses) <= {200, 401}


@pytest.mark.anyio
async def test_token_is_refreshed_once_after_a_401_across_tasks(
    make_async_client: Callable[..., AsyncZohoBilling], mock: Mock
) -> None:
    client = make_async_client(**refresh_options(mock))
    item = await client.items.create(name="Hard Drive", rate=120)
    mock.expire_tokens()
    mock.clear_requests()
    names = await asyncio.gather(*(client.items.retrieve(item.item_id) for _ in range(16)))
    assert [i.name for i in names] == ["Hard Drive"] * 16
    assert len(mock.token_requests()) == 1


@pytest.mark.anyio
async def test_async_first_use_is_single_flight(make_async_client: Callable[..., AsyncZohoBilling], mock: Mock) -> None:
    client = make_async_client(**refresh_options(mock))
    await asyncio.gather(*(client.items.list().first_page() for _ in range(10)))
    assert len(mock.token_requests()) == 1


def test_a_token_given_with_a_refresh_token_is_used_until_rejected(
    make_client: Callable[..., ZohoBilling], mock: Mock
) -> None:
    client = make_client(access_token=TOKEN, **refresh_options(mock))
    client.items.list().first_page()
    assert mock.token_requests() == []
    mock.revoke_token(TOKEN)
    client.items.list().first_page()
    assert len(mock.token_requests()) == 1
    assert [entry["status"] for entry in mock.requests("list_items")] == [200, 401, 200]


def test_a_401_after_a_fresh_token_is_raised(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    client = make_client(**refresh_options(mock))
    mock.fault("server_error", status=401, count=None, operation_id="list_items")
    with pytest.raises(AuthenticationError):
        client.items.list().first_page()
    assert len(mock.requests("list_items")) == 2  # replayed once, not more
    assert len(mock.token_requests()) == 2


def test_failed_refresh_raises_authentication_error(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    options = {**refresh_options(mock), "refresh_token": "1000.revoked.refresh"}
    client = make_client(**options)
    with pytest.raises(AuthenticationError) as raised:
        client.items.list().first_page()
    assert "token refresh failed: invalid_code" in str(raised.value)
    assert "1000.revoked.refresh" not in str(raised.value) + repr(raised.value)
    assert mock.requests("list_items") == []


def test_token_endpoint_errors_are_retried(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    mock.fault("server_error", status=503, operation_id="oauth_token")
    client = make_client(**refresh_options(mock))
    client.items.list().first_page()
    assert [entry["status"] for entry in mock.token_requests()] == [503, 200]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "access_token: give an access token, or client_id, client_secret and refresh_token"),
        ({"client_id": "x", "refresh_token": "y"}, "client_secret: is required to refresh the access token"),
        ({"access_token": "t", "organization_id": "acme"}, "organization_id: must be a string matching ^[0-9]+$"),
        ({"access_token": "t", "max_retries": -1}, "max_retries: must be an integer >= 0"),
    ],
)
def test_bad_client_options_fail_at_construction(options: dict[str, Any], message: str) -> None:
    options.setdefault("organization_id", ORGANIZATION)
    with pytest.raises(ZohoBillingValidationError) as raised:
        ZohoBilling(**options)
    assert message in str(raised.value)


def test_first_use_is_single_flight_across_threads(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    client = make_client(**refresh_options(mock))
    with ThreadPoolExecutor(max_workers=8) as pool:
        pages = list(pool.map(lambda _: client.items.list().first_page(), range(8)))
    assert len(pages) == 8 and len(mock.token_requests()) == 1


def test_refresh_margin() -> None:
    def answer(expires_in: object) -> Callable[[dict[str, str]], httpx.Response]:
        return lambda form: httpx.Response(200, json={"access_token": "1000.access", "expires_in": expires_in})

    manager = TokenManager(
        access_token=None,
        credentials=Credentials("1000.id", "1000.secret", "1000.refresh"),
        token_url="u",
        refresh_margin=60,
    )
    # The refresh moment is taken between `before` and `after`: bounds that hold however slow the machine.
    before = time.monotonic()
    assert manager.token(answer(3600)) == "1000.access"
    after = time.monotonic()
    assert manager._token is not None
    assert before + 3540 <= manager._token.refresh_at <= after + 3540  # 60 s before expiry
    before = time.monotonic()
    manager.token_after_401("1000.access", answer(10))
    after = time.monotonic()
    assert before + 5 <= manager._token.refresh_at <= after + 5  # short lives: at half the lifetime
    manager.token_after_401("1000.access", answer(None))
    assert manager._token.refresh_at == float("inf")  # no expires_in: used until rejected
    assert manager.refreshes == 3
    with pytest.raises(AuthenticationError, match="token refresh failed: invalid_client"):
        manager.token_after_401("1000.access", lambda form: httpx.Response(200, json={"error": "invalid_client"}))


def _failing_token_endpoint(mock: Mock) -> dict[str, Any]:
    """Options of a client whose every token request is answered 500 (one refresh = 3 requests,
    spread over 0.2 + 0.4 s of backoff, so every caller below is waiting while it runs)."""
    mock.fault("server_error", status=500, count=None, operation_id="oauth_token")
    return {**refresh_options(mock), "max_retries": 2, "initial_retry_delay": 0.2, "max_retry_delay": 0.4}


def test_a_failed_refresh_is_shared_by_every_waiting_thread(
    make_client: Callable[..., ZohoBilling], mock: Mock
) -> None:
    client = make_client(**_failing_token_endpoint(mock))
    barrier = threading.Barrier(50)

    def call(_: int) -> BaseException | None:
        barrier.wait()
        try:
            client.items.list().first_page()
        except Exception as error:
            return error
        return None

    with ThreadPoolExecutor(max_workers=50) as pool:
        outcomes = list(pool.map(call, range(50)))
    assert [entry["status"] for entry in mock.token_requests()] == [500, 500, 500]  # one refresh, retried twice
    assert all(isinstance(outcome, AuthenticationError) for outcome in outcomes), outcomes
    assert len({str(outcome) for outcome in outcomes}) == 1  # one outcome, shared
    assert "token refresh failed: HTTP 500" in str(outcomes[0])
    assert mock.requests("list_items") == []
    # A call after the failure tries again (no failure is cached for later calls).
    with pytest.raises(AuthenticationError):
        client.items.list().first_page()
    assert len(mock.token_requests()) == 6


@pytest.mark.anyio
async def test_a_failed_refresh_is_shared_by_every_waiting_task(
    make_async_client: Callable[..., AsyncZohoBilling], mock: Mock
) -> None:
    client = make_async_client(**_failing_token_endpoint(mock))
    outcomes = await asyncio.gather(*(client.items.list().first_page() for _ in range(50)), return_exceptions=True)
    assert [entry["status"] for entry in mock.token_requests()] == [500, 500, 500]
    assert all(isinstance(outcome, AuthenticationError) for outcome in outcomes), outcomes


def test_bad_tokens_are_refused_when_given_without_quoting_them() -> None:
    for name, value in (
        ("access_token", "1000.abc.def\n"),  # read from a file with its newline
        ("access_token", "1000.abc def"),
        ("access_token", "1000.abc\x00def"),
        ("access_token", "1000.abcdéf"),
        ("refresh_token", "1000.refresh\r\n"),
        ("client_secret", "sécret"),
    ):
        options: dict[str, Any] = (
            {"access_token": value}
            if name == "access_token"
            else {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "refresh_token": REFRESH_TOKEN, name: value}
        )
        with pytest.raises(ZohoBillingValidationError) as raised:
            ZohoBilling(organization_id=ORGANIZATION, **options)
        text = f"{raised.value} {raised.value!r}"
        assert f"{name}: holds " in text and "printable ASCII without whitespace" in text
        assert value.strip() not in text and repr(value)[1:-1] not in text


def test_a_bad_token_received_is_refused_and_the_client_recovers(scripted: ScriptedServer) -> None:
    good = "1000.fresh.token"
    for bad in ("1000.new.token\n", "1000.néw.token"):
        scripted.answer(
            "POST",
            "/oauth/v2/token",
            Canned(200, {"access_token": bad, "expires_in": 3600}),
            Canned(200, {"access_token": good, "expires_in": 3600}),
        )
        scripted.answer("GET", "/items/1", Canned(200, {"code": 0, "message": "success", "item": {"item_id": "1"}}))
        with ZohoBilling(
            organization_id=ORGANIZATION,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            refresh_token=REFRESH_TOKEN,
            base_url=scripted.base_url,
            accounts_url=scripted.base_url,
        ) as client:
            with pytest.raises(AuthenticationError) as raised:
                client.items.retrieve("1")
            assert "the access_token received holds" in str(raised.value)
            assert bad.strip() not in f"{raised.value} {raised.value!r}"
            assert client.items.retrieve("1").item_id == "1"  # not stuck: the next call refreshes again
        sent = [r.headers.get("Authorization") for r in scripted.received if r.path == "/billing/v1/items/1"]
        assert sent == [f"Zoho-oauthtoken {good}"]
        scripted.received.clear()


def test_the_raw_generated_api_authenticates_with_zohos_prefix_by_default(mock: Mock) -> None:
    # openapi-python-client's AuthenticatedClient defaults to "Bearer", which Zoho rejects; ours to Zoho-oauthtoken.
    from zoho_billing_client import AuthenticatedClient
    from zoho_billing_client.api.items import list_items
    from zoho_billing_client.models import ItemListResponse

    with AuthenticatedClient(base_url=mock.base_url, token=TOKEN) as raw:
        assert raw.prefix == "Zoho-oauthtoken"
        response = list_items.sync_detailed(client=raw, x_com_zoho_subscriptions_organizationid=ORGANIZATION)
    assert response.status_code == 200 and isinstance(response.parsed, ItemListResponse)
    assert _bearers(mock, "list_items") == [f"Zoho-oauthtoken {TOKEN}"]
