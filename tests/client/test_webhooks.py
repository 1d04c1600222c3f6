"""``zoho_billing_client.webhooks``: a delivery's signature verified, its body read as a typed event.

The signed text is Zoho's (help page "Securing webhooks": sorted query and form pairs, key then value,
then the raw JSON body); the hash, HMAC-SHA256 as lowercase hex, is this project's UNCONFIRMED reading,
so the tests compute the expected signatures with the standard library independently of the module.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any

import pytest
from zoho_billing_client import webhooks
from zoho_billing_client._exceptions import ZohoBillingError
from zoho_billing_client.models import Payment

SECRET = "s3cretTokenForTests42"
HEADER = "X-Zoho-Webhook-Signature"


def _sign(message: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _delivery(event_type: str = "payment_thankyou", **data: Any) -> bytes:
    body = {
        "event_id": "90300000005355",
        "event_type": event_type,
        "event_time": "2016-06-05T18:28:20-0700",
        "data": data
        or {
            "payment": {
                "payment_id": "9030000079467",
                "payment_mode": "cash",
                "amount": 100.10,
                "date": "2016-06-05",
                "customer_id": "903000000000099",
                "invoices": [{"invoice_id": "90300000079426", "amount_applied": 100.10}],
            }
        },
    }
    return json.dumps(body).encode()


def test_a_good_signature_verifies_and_the_event_is_typed() -> None:
    body = _delivery()
    headers = {HEADER: _sign(body), "Content-Type": "application/json"}
    webhooks.verify_signature(body, headers, SECRET)
    event = webhooks.parse_event(body, headers, secret=SECRET)
    assert (event.event_id, event.event_type, event.event_time) == (
        "90300000005355",
        "payment_thankyou",
        "2016-06-05T18:28:20-0700",
    )
    assert event.known and event.payload_key == "payment"
    assert isinstance(event.data.payment, Payment) and event.record is event.data.payment
    assert event.data.payment.amount == Decimal("100.10")  # exact, never through a float
    assert event.time is not None and event.time.utcoffset() is not None
    assert event.raw["data"]["payment"]["payment_id"] == "9030000079467"


def test_header_names_are_case_insensitive_and_pairs_are_accepted() -> None:
    body = _delivery()
    webhooks.verify_signature(body, {HEADER.lower(): _sign(body)}, SECRET)
    webhooks.verify_signature(body, [("x-zoho-webhook-signature", _sign(body).upper())], SECRET)


def test_a_tampered_body_is_refused() -> None:
    body = _delivery()
    signature = _sign(body)
    tampered = body.replace(b"100.1", b"900.1")
    with pytest.raises(webhooks.WebhookSignatureError, match="does not match"):
        webhooks.verify_signature(tampered, {HEADER: signature}, SECRET)
    with pytest.raises(webhooks.WebhookSignatureError):
        webhooks.parse_event(tampered, {HEADER: signature}, secret=SECRET)


def test_a_wrong_secret_is_refused() -> None:
    body = _delivery()
    with pytest.raises(webhooks.WebhookSignatureError, match="does not match"):
        webhooks.verify_signature(body, {HEADER: _sign(body, "anotherSecret1234")}, SECRET)


def test_a_missing_header_is_named() -> None:
    body = _delivery()
    for headers in ({}, {HEADER: "  "}, {"Content-Type": "application/json"}):
        with pytest.raises(webhooks.WebhookSignatureError, match=f"no {HEADER} header"):
            webhooks.verify_signature(body, headers, SECRET)
    with pytest.raises(webhooks.WebhookSignatureError, match="no X-Zoho-Webhook-Signature"):
        webhooks.parse_event(body, None, secret=SECRET)


def test_an_empty_secret_is_refused() -> None:
    body = _delivery()
    with pytest.raises(webhooks.WebhookSignatureError, match="non-empty"):
        webhooks.verify_signature(body, {HEADER: _sign(body)}, "")


def test_query_parameters_are_signed_as_zoho_s_example_shows() -> None:
    # Zoho's help page: query subscription_id=90343 and name=basic, default JSON payload.
    body = b'{"created_date":"2019-03-06","event_id":"5675"}'
    expected = b'namebasicsubscription_id90343{"created_date":"2019-03-06","event_id":"5675"}'
    for query in (
        "subscription_id=90343&name=basic",
        "?subscription_id=90343&name=basic",
        b"name=basic&subscription_id=90343",
    ):
        assert webhooks.signed_message(body, query) == expected
    assert webhooks.signed_message(body, {"subscription_id": "90343", "name": "basic"}) == expected
    assert webhooks.signed_message(body, [("subscription_id", "90343"), ("name", "basic")]) == expected
    signature = _sign(expected)
    assert webhooks.compute_signature(body, SECRET, "subscription_id=90343&name=basic") == signature
    webhooks.verify_signature(body, {HEADER: signature}, SECRET, query="subscription_id=90343&name=basic")
    with pytest.raises(webhooks.WebhookSignatureError, match="query parameters"):
        webhooks.verify_signature(body, {HEADER: signature}, SECRET)  # the query string not passed


def test_a_form_encoded_body_is_decoded_and_sorted_with_the_query() -> None:
    body = b"customer_name=Bowman%20Furniture&amount=10"
    message = webhooks.signed_message(body, "z=1", content_type="application/x-www-form-urlencoded; charset=utf-8")
    assert message == b"amount10customer_nameBowman Furniturez1"
    headers = {HEADER: _sign(message), "Content-Type": "application/x-www-form-urlencoded"}
    webhooks.verify_signature(body, headers, SECRET, query="z=1")


def test_an_unknown_event_type_is_kept_whole() -> None:
    body = _delivery("subscription_paused", subscription={"subscription_id": "90300000079200"}, extra={"a": 1.5})
    event = webhooks.parse_event(body, {HEADER: _sign(body)}, secret=SECRET)
    assert event.event_type == "subscription_paused" and not event.known
    assert event.payload_key is None and event.record is None
    assert event.raw == json.loads(body, parse_float=Decimal)
    assert event.data.raw["extra"] == {"a": Decimal("1.5")}
    # Known keys are still read (typed where the spec describes the record, else the JSON as sent).
    assert event.data.raw["subscription"] == {"subscription_id": "90300000079200"}
    assert event.data.subscription is not None


def test_every_documented_event_type_has_its_payload_key_from_the_spec() -> None:
    assert len(webhooks.EVENT_PAYLOADS) >= 24
    assert webhooks.EVENT_PAYLOADS["subscription_created"] == "subscription"
    assert webhooks.EVENT_PAYLOADS["invoice_created"] == "invoice"
    assert webhooks.EVENT_PAYLOADS["card_expiring"] == "card"
    for event_type, key in webhooks.EVENT_PAYLOADS.items():
        assert hasattr(webhooks.WebhookEventData(), key), event_type


def test_a_payload_string_under_the_events_api_name_is_read() -> None:
    record = {"card_id": "90300000079226", "last_four_digits": 1111, "expiry_month": 9, "expiry_year": 2030}
    body = json.dumps({"event_id": "1", "event_type": "card_expiring", "payload": json.dumps({"card": record})})
    event = webhooks.parse_event(body.encode())
    assert event.record is event.data.card and event.data.card.last_four_digits == 1111


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "not JSON"),
        (b"[1, 2]", "not an object"),
        (b'{"event_id": "1"}', "no event_type"),
        (b'{"event_type": "payment_thankyou"}', "no event_id"),
        (b'{"event_id": "1", "event_type": "payment_thankyou", "data": [1]}', "data should be a JSON object"),
        (b'{"event_id": "1", "event_type": "payment_thankyou", "data": {"payment": "x"}}', "data.payment"),
        (b'{"event_id": "1", "event_type": "card_expired", "payload": "{oops"}', "payload is a string"),
    ],
)
def test_a_body_that_is_not_an_event_is_a_payload_error(body: bytes, reason: str) -> None:
    with pytest.raises(webhooks.WebhookPayloadError, match=reason) as raised:
        webhooks.parse_event(body)
    assert isinstance(raised.value, ZohoBillingError) and isinstance(raised.value, ValueError)


def test_the_secret_never_appears_in_messages_or_reprs() -> None:
    body = _delivery()
    errors: list[Exception] = []
    for headers, secret in (
        ({HEADER: _sign(body, "wrongSecret12345")}, SECRET),
        ({}, SECRET),
        ({HEADER: SECRET}, SECRET),  # even a header that holds the secret itself is not echoed
    ):
        with pytest.raises(webhooks.WebhookSignatureError) as raised:
            webhooks.verify_signature(body, headers, secret)
        errors.append(raised.value)
    event = webhooks.parse_event(body, {HEADER: _sign(body)}, secret=SECRET)
    for text in [*(str(e) for e in errors), *(repr(e) for e in errors), repr(event), str(event)]:
        assert SECRET not in text
        assert _sign(body) not in text


def test_the_errors_are_zoho_billing_errors() -> None:
    assert issubclass(webhooks.WebhookSignatureError, ZohoBillingError)
    assert issubclass(webhooks.WebhookPayloadError, ZohoBillingError)
