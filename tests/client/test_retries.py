"""Retries, observed on the server: what is retried, how often, how long apart, and `Retry-After`."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from email.utils import formatdate

import pytest
from client_support import ORGANIZATION, TOKEN, Canned, Mock, ScriptedServer
from zoho_billing_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncZohoBilling,
    InternalServerError,
    RateLimitError,
    ZohoBilling,
)
from zoho_billing_client._base_client import parse_retry_after

ITEM_ID = "903000000045027"


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The client's waits between attempts, recorded instead of slept.

    What the client decided to wait is asserted exactly; the wall clock is not, since on a loaded
    machine a round trip can take any time (only lower bounds hold there).
    """
    recorded: list[float] = []
    real_sleep = time.sleep

    def record(seconds: float) -> None:
        recorded.append(seconds)
        real_sleep(0)

    monkeypatch.setattr(time, "sleep", record)
    return recorded


def test_get_is_retried_on_5xx_with_exponential_backoff(
    make_client: Callable[..., ZohoBilling], mock: Mock, waits: list[float]
) -> None:
    client = make_client(initial_retry_delay=0.2, max_retry_delay=2)
    item = client.items.create(name="Hard Drive", rate=120)
    mock.fault("server_error", status=503, count=2, operation_id="retrieve_item")
    assert client.items.retrieve(item.item_id).name == "Hard Drive"
    statuses = [entry["status"] for entry in mock.requests("retrieve_item")]
    assert statuses == [503, 503, 200]
    # 0.2 s then 0.4 s, less up to 25 % jitter.
    assert len(waits) == 2 and 0.15 <= waits[0] <= 0.2 and 0.3 <= waits[1] <= 0.4, waits


def test_retries_are_limited_by_max_retries(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    mock.fault("server_error", count=None, operation_id="list_items")
    client = make_client()
    with pytest.raises(InternalServerError):
        client.items.list().first_page()
    assert len(mock.requests("list_items")) == 3  # default: 2 retries
    mock.clear_requests()
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).items.list().first_page()
    assert len(mock.requests("list_items")) == 1
    mock.clear_requests()
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=4).items.list().first_page()
    assert len(mock.requests("list_items")) == 5


def test_create_is_not_retried_after_a_5xx(client: ZohoBilling, mock: Mock) -> None:
    mock.fault("server_error", operation_id="create_item")
    with pytest.raises(InternalServerError):
        client.items.create(name="Hard Drive", rate=120)
    assert len(mock.requests("create_item")) == 1


def test_create_is_retried_after_a_429(client: ZohoBilling, mock: Mock) -> None:
    mock.fault("rate_limit", retry_after=0, operation_id="create_item")
    item = client.items.create(name="Hard Drive", rate=120)
    assert [entry["status"] for entry in mock.requests("create_item")] == [429, 201]
    assert [i.item_id for i in client.items.list()] == [item.item_id]


def test_create_is_not_retried_when_the_answer_is_lost(client: ZohoBilling, mock: Mock) -> None:
    # The server created the item, then dropped the connection: retrying would create it twice.
    mock.fault("drop", when="after", operation_id="create_item")
    with pytest.raises(APIConnectionError):
        client.items.create(name="Hard Drive", rate=120)
    assert len(mock.requests("create_item")) == 1
    assert [item.name for item in client.items.list()] == ["Hard Drive"]


def test_create_is_not_retried_after_a_response_timeout(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    mock.fault("slow", delay=0.4, operation_id="create_item")
    with pytest.raises(APITimeoutError):
        make_client(timeout=0.15).items.create(name="Hard Drive", rate=120)
    assert len(mock.requests("create_item")) == 1


def test_create_is_retried_when_the_connection_was_never_made(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}/billing/v1"
    caplog.set_level(logging.INFO, logger="zoho_billing_client")
    options = {"initial_retry_delay": 0.01, "max_retry_delay": 0.02}
    with ZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, base_url=base_url, **options) as client:
        with pytest.raises(APIConnectionError):
            client.items.create(name="Hard Drive", rate=120)
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying items.create")]
    assert len(retries) == 2 and "ConnectError" in retries[0]


def test_idempotent_calls_are_retried_after_dropped_connections_and_timeouts(
    make_client: Callable[..., ZohoBilling], mock: Mock
) -> None:
    # Only the call that must time out gets a short timeout: a create that timed out on a busy
    # machine would not be retried. The slow first update sleeps on in the mock after the retry
    # succeeded; the next test's reset cancels it, so it can never write into that test.
    client = make_client()
    item = client.items.create(name="Hard Drive", rate=120)
    mock.fault("drop", operation_id="retrieve_item")
    assert client.items.retrieve(item.item_id).item_id == item.item_id
    assert [e["status"] for e in mock.requests("retrieve_item")] == [None, 200]
    mock.fault("slow", delay=5, operation_id="update_item")
    assert make_client(timeout=0.5).items.update(item.item_id, name="SSD", rate=1).name == "SSD"
    assert len(mock.requests("update_item")) == 2
    # Marking active or inactive sets a state: repeating it is harmless, so it is retried too.
    mock.fault("server_error", operation_id="mark_item_inactive")
    assert client.items.mark_inactive(item.item_id).code == 0
    assert [e["status"] for e in mock.requests("mark_item_inactive")] == [500, 200]
    mock.fault("server_error", operation_id="delete_item")
    assert client.items.delete(item.item_id).code == 0
    assert len(mock.requests("delete_item")) == 2


def test_retry_after_seconds_is_honoured(client: ZohoBilling, mock: Mock, waits: list[float]) -> None:
    mock.fault("rate_limit", retry_after=1, operation_id="list_items")
    client.items.list().first_page()
    assert waits == [1.0]
    assert [entry["status"] for entry in mock.requests("list_items")] == [429, 200]


def test_retry_after_http_date_is_honoured(client: ZohoBilling, mock: Mock, waits: list[float]) -> None:
    mock.fault("rate_limit", retry_after=2, retry_after_format="http-date", operation_id="list_items")
    client.items.list().first_page()
    # An HTTP date has whole seconds, and some of the 2 s passed before the client read it.
    assert len(waits) == 1 and 0 < waits[0] <= 2.0, waits
    assert [entry["status"] for entry in mock.requests("list_items")] == [429, 200]


def test_retry_after_beyond_the_cap_is_not_waited_for(
    make_client: Callable[..., ZohoBilling], mock: Mock, waits: list[float]
) -> None:
    mock.fault("rate_limit", retry_after=120, operation_id="list_items")
    with pytest.raises(RateLimitError) as raised:
        make_client().items.list().first_page()
    assert waits == [] and raised.value.retry_after == 120
    assert len(mock.requests("list_items")) == 1
    mock.fault("rate_limit", retry_after=1, operation_id="list_items")
    with pytest.raises(RateLimitError):
        make_client(max_retry_after=0.5).items.list().first_page()
    assert waits == []


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("3", now) == 3.0
    assert parse_retry_after("1.5", now) == 1.5
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now) == 30.0
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now) == 0.0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None


@pytest.mark.anyio
async def test_async_retries(make_async_client: Callable[..., AsyncZohoBilling], mock: Mock) -> None:
    client = make_async_client()
    mock.fault("server_error", status=503, count=2, operation_id="list_items")
    assert [item async for item in client.items.list()] == []
    assert [e["status"] for e in mock.requests("list_items")] == [503, 503, 200]
    mock.fault("server_error", operation_id="create_item")
    with pytest.raises(InternalServerError):
        await client.items.create(name="A", rate=1)
    assert len(mock.requests("create_item")) == 1
    mock.fault("rate_limit", retry_after=0, operation_id="create_item")
    assert (await client.items.create(name="A", rate=1)).name == "A"
    assert len(mock.requests("create_item")) == 3


def test_retries_are_logged(
    make_client: Callable[..., ZohoBilling], mock: Mock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="zoho_billing_client")
    mock.fault("server_error", status=503, operation_id="list_items")
    make_client().items.list().first_page()
    (record,) = [r for r in caplog.records if r.name == "zoho_billing_client" and "retrying" in r.getMessage()]
    assert record.levelno == logging.INFO
    assert (
        record.getMessage().startswith("retrying items.list in ") and "HTTP 503 (retry 1 of 2)" in record.getMessage()
    )


@pytest.mark.parametrize("retry_after", ["0", "-5", "Tue, 14 Nov 2023 22:12:50 GMT"])
def test_a_retry_after_that_asks_no_wait_gives_the_normal_backoff(
    scripted: ScriptedServer, monkeypatch: pytest.MonkeyPatch, retry_after: str
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)  # the client's waits, recorded instead of slept
    scripted.answer("GET", "/items/1", Canned(429, {"code": 45, "message": "slow down"}, {"Retry-After": retry_after}))
    with ZohoBilling(
        organization_id=ORGANIZATION, access_token=TOKEN, base_url=scripted.base_url, initial_retry_delay=1.0
    ) as client:
        with pytest.raises(RateLimitError):
            client.items.retrieve("1")
    # 1 s then 2 s, less up to 25 % jitter: the backoff, not Retry-After's "no wait".
    assert len(waits) == 2 and 0.75 <= waits[0] <= 1.0 and 1.5 <= waits[1] <= 2.0, waits
