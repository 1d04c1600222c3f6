"""Webhook delivery (webhooks.py): signed JSON posts, retries with configurable delays, the attempt log,
the control API, and a reset that cancels what is pending. No module spec is needed: the events are
queued on the dispatcher directly, as billing.py queues them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import sys
from pathlib import Path

import httpx
import pytest
from zoho_billing_mock import MockServer
from zoho_billing_mock.webhooks import Webhook, WebhookDispatcher, sign, signature_message

sys.path.insert(0, str(Path(__file__).parent))

from webhook_receiver import WebhookReceiver, wait_for

SECRET = "s3cretTokenValue42"


def _event(event_id: str = "900000000000101", event_type: str = "subscription_created") -> dict[str, object]:
    return {"event_id": event_id, "event_type": event_type, "data": {"subscription": {"subscription_id": "1"}}}


def _queue(mock: MockServer, event_id: str = "900000000000101", event_type: str = "subscription_created") -> list[dict]:
    return mock.app.webhooks.enqueue(mock.organization_id, event_id, event_type, _event(event_id, event_type))


def test_the_signed_message_is_the_sorted_query_pairs_then_the_raw_body() -> None:
    # Zoho's help page example: query name=basic, subscription_id=90343, then the raw JSON.
    body = b'{"created_date":"2019-03-06","event_id":"5675"}'
    url = "https://example.test/hook?subscription_id=90343&name=basic"
    assert signature_message(url, body) == b"namebasicsubscription_id90343" + body
    expected = hmac.new(SECRET.encode(), b"namebasicsubscription_id90343" + body, hashlib.sha256).hexdigest()
    assert sign(SECRET, url, body) == expected
    assert sign(SECRET, "https://example.test/hook", body) == hmac.new(SECRET.encode(), body, "sha256").hexdigest()


def test_an_event_is_posted_as_json_signed_with_the_secret(mock: MockServer) -> None:
    with WebhookReceiver() as receiver:
        mock.set_webhooks(receiver.url + "/hooks?source=mock", secret=SECRET, retry_delays=[0, 0])
        [entry] = _queue(mock)
        assert entry["status"] == "scheduled" and entry["url"].startswith(receiver.url)
        wait_for(lambda: len(receiver.received) == 1 and mock.webhooks_idle, "the delivery")
        [got] = receiver.received
        assert got.path == "/hooks?source=mock"
        assert got.header("Content-Type") == "application/json"
        assert json.loads(got.body) == _event()
        signed = hmac.new(SECRET.encode(), b"sourcemock" + got.body, hashlib.sha256).hexdigest()
        assert got.header("X-Zoho-Webhook-Signature") == signed
        [attempt] = mock.webhook_deliveries()
        assert (attempt["status"], attempt["outcome"], attempt["attempt"], attempt["final"]) == (
            200,
            "success",
            1,
            True,
        )
        assert attempt["body"] == got.body.decode()


def test_without_a_secret_there_is_no_signature(mock: MockServer) -> None:
    with WebhookReceiver() as receiver:
        mock.set_webhooks(receiver.url)
        _queue(mock)
        wait_for(lambda: len(receiver.received) == 1, "the delivery")
        assert receiver.received[0].header("X-Zoho-Webhook-Signature") is None


def test_a_failed_delivery_is_retried_until_it_succeeds_and_every_attempt_is_logged(mock: MockServer) -> None:
    with WebhookReceiver(answers=[500, 503]) as receiver:
        mock.set_webhooks(receiver.url, secret=SECRET, retry_delays=[0.01, 0.01])
        _queue(mock)
        wait_for(lambda: len(receiver.received) == 3 and mock.webhooks_idle, "three attempts")
        attempts = mock.webhook_deliveries()
        assert [(a["attempt"], a["status"], a["outcome"]) for a in attempts] == [
            (1, 500, "failure"),
            (2, 503, "failure"),
            (3, 200, "success"),
        ]
        assert attempts[-1]["final"] and not attempts[0]["final"]
        assert len(set(receiver.bodies())) == 1  # the same body each time


def test_a_delivery_fails_after_its_last_attempt(mock: MockServer) -> None:
    with socket.socket() as unused:  # a port nobody listens on: connection refused
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    outcomes: list[tuple[str, str]] = []
    mock.app.webhooks.on_outcome = lambda epoch, org, event_id, webhook_id, status: outcomes.append((event_id, status))
    mock.set_webhooks(f"http://127.0.0.1:{port}/", retry_delays=[0.01])
    _queue(mock)
    wait_for(lambda: bool(outcomes), "the delivery to fail")
    attempts = mock.webhook_deliveries()
    assert [(a["attempt"], a["status"], a["outcome"]) for a in attempts] == [(1, None, "failure"), (2, None, "failure")]
    assert all(a["error"] for a in attempts)
    assert outcomes == [("900000000000101", "failure")]


def test_only_the_event_types_a_webhook_wants_are_sent(mock: MockServer) -> None:
    with WebhookReceiver() as receiver:
        mock.set_webhooks(receiver.url, event_types=["invoice_created"])
        assert _queue(mock, "900000000000101", "subscription_created") == []
        assert len(_queue(mock, "900000000000102", "invoice_created")) == 1
        wait_for(lambda: len(receiver.received) == 1 and mock.webhooks_idle, "the delivery")
        assert json.loads(receiver.received[0].body)["event_type"] == "invoice_created"


def test_events_are_delivered_in_the_order_they_were_recorded(mock: MockServer) -> None:
    with WebhookReceiver(answers=[500]) as receiver:  # the first one needs a retry: the second still waits
        mock.set_webhooks(receiver.url, retry_delays=[0.01])
        for number in range(5):
            _queue(mock, f"90000000000010{number}")
        wait_for(lambda: len(receiver.received) == 6 and mock.webhooks_idle, "six posts")
        ids = [json.loads(body)["event_id"] for body in receiver.bodies()]
        assert ids == ["900000000000100", *[f"90000000000010{n}" for n in range(5)]]


def test_a_reset_cancels_a_delivery_waiting_for_its_retry(mock: MockServer) -> None:
    with WebhookReceiver(answers=[500]) as receiver:
        mock.set_webhooks(receiver.url, retry_delays=[60])  # would wait a minute for the second attempt
        _queue(mock)
        wait_for(lambda: len(mock.webhook_deliveries()) == 1, "the first attempt")
        mock.reset()
        wait_for(lambda: mock.webhooks_idle, "the dispatcher to drop the delivery")
        assert mock.webhook_deliveries() == [] and mock.app.webhooks.get(mock.organization_id) == []
        assert len(receiver.received) == 1


def test_the_control_api_sets_lists_and_clears_webhooks(mock: MockServer) -> None:
    control = mock.control_url
    with WebhookReceiver() as receiver:
        answer = httpx.put(
            control + "/webhooks", json={"url": receiver.url, "secret": SECRET, "retry_delays": [0]}, timeout=10
        )
        assert answer.status_code == 200, answer.text
        [webhook] = answer.json()["webhooks"]
        assert webhook["webhook_id"].isdigit() and webhook["retry_delays"] == [0]
        assert httpx.get(control + "/webhooks", timeout=10).json()["webhooks"] == [webhook]
        _queue(mock)
        wait_for(lambda: httpx.get(control + "/webhooks/deliveries", timeout=10).json()["idle"], "idle")
        deliveries = httpx.get(control + "/webhooks/deliveries", timeout=10).json()["deliveries"]
        assert [d["outcome"] for d in deliveries] == ["success"]
        assert httpx.delete(control + "/webhooks/deliveries", timeout=10).json() == {"deliveries": []}
        assert httpx.delete(control + "/webhooks", timeout=10).json() == {"webhooks": []}
        assert _queue(mock) == []


@pytest.mark.parametrize(
    "body",
    [
        {"url": "ftp://example.test/"},
        {"url": "http://127.0.0.1:1/", "retry_delays": [-1]},
        {"url": "http://127.0.0.1:1/", "retry_delays": [1] * 11},
        {"url": "http://127.0.0.1:1/", "secret": ""},
        {"url": "http://127.0.0.1:1/", "event_types": "invoice_created"},
        {"url": "http://127.0.0.1:1/", "colour": "red"},
        ["not an object"],
    ],
)
def test_a_webhook_the_mock_cannot_use_is_a_400(mock: MockServer, body: object) -> None:
    answer = httpx.put(mock.control_url + "/webhooks", json=body, timeout=10)
    assert answer.status_code == 400 and answer.json()["code"] == 4, answer.text


def test_stopping_the_dispatcher_ends_its_thread() -> None:
    dispatcher = WebhookDispatcher(lambda: "1")
    dispatcher.set("1", [Webhook(url="http://127.0.0.1:9/", retry_delays=[60])])
    dispatcher.enqueue("1", "2", "subscription_created", {})
    dispatcher.close()
    assert dispatcher._thread is None or not dispatcher._thread.is_alive()
    assert dispatcher.enqueue("1", "3", "subscription_created", {}) == []
