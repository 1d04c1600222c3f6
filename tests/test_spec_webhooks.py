"""The bundle's OpenAPI 3.1 `webhooks`: one per event type Zoho documents, added from the events
module's `module.yaml`, each saying which record its delivery carries; and the rules that
`generator validate` holds them to, each broken once on a copy of the spec."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.core.api_model import ApiModel

ValidateCopy = Callable[[Callable[[Path], None]], "subprocess.CompletedProcess[str]"]

# The 24 event types of Zoho's events.yml, in its order (facts, written out independently of the spec).
EVENT_TYPES = [
    "subscription_created", "trial_expiring", "subscription_activation", "subscription_ahead",
    "subscription_renewed", "billing_date_changed", "subscription_upgraded", "subscription_downgraded",
    "subscription_unpaid", "subscription_cancelled", "subscription_reactivated",
    "subscription_cancellation_scheduled", "subscription_move_to_free_scheduled", "subscription_expiring",
    "subscription_expired", "subscription_deleted", "invoice_created", "creditnote_added", "payment_thankyou",
    "payment_refunded", "payment_declined", "card_expired", "card_expiring", "card_deleted",
]  # fmt: skip
# Zoho's lead times: "3 days before", "15 days before".
AHEAD = {"trial_expiring": 3, "subscription_ahead": 3, "subscription_expiring": 3, "card_expiring": 15}


def test_every_documented_event_type_is_a_webhook(document: dict[str, Any], api_model: ApiModel) -> None:
    assert list(document["webhooks"]) == EVENT_TYPES
    assert [webhook.event_type for webhook in api_model.webhooks] == EVENT_TYPES
    assert document["components"]["schemas"]["EventType"]["enum"] == EVENT_TYPES
    for webhook in api_model.webhooks:
        family = webhook.event_type.split("_")[0].replace("trial", "subscription").replace("billing", "subscription")
        assert webhook.payload_key == family, webhook.name
        assert (webhook.fires, webhook.days_ahead) == (
            ("ahead", AHEAD[webhook.name]) if webhook.name in AHEAD else ("on_change", None)
        )
        assert webhook.confirmed
    payments = [webhook for webhook in api_model.webhooks if webhook.payload_key == "payment"]
    assert {webhook.payload_schema for webhook in payments} == {"Payment"}


def test_the_signature_scheme_marks_the_hash_unconfirmed(api_model: ApiModel, document: dict[str, Any]) -> None:
    signature = api_model.webhook_signature
    assert signature is not None
    assert (signature["header"], signature["algorithm"], signature["encoding"]) == (
        "X-Zoho-Webhook-Signature",
        "hmac-sha256",
        "hex",
    )
    assert signature["confirmed"] == {
        "header": True,
        "secret": True,
        "message": True,
        "algorithm": False,
        "encoding": False,
    }
    assert signature["secret"]["pattern"] == "^[A-Za-z0-9]{12,50}$"
    header = document["components"]["parameters"]["EventWebhookSignature"]
    assert header["name"] == signature["header"] and "UNCONFIRMED" in header["description"]


def test_every_event_an_operation_fires_is_a_webhook(document: dict[str, Any]) -> None:
    fired = {
        event
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for event in (operation.get("x-zoho-behaviour") or {}).get("events") or []
    }
    assert "payment_thankyou" in fired
    assert fired <= set(document["webhooks"])


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EVENTS = "modules/events"
BREAKAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "webhook-twice": (
        lambda spec: _edit(
            spec / "modules/payments/module.yaml",
            "paths:\n",
            "webhooks:\n  card_deleted:\n    $ref: ../events/webhooks/card_deleted.yaml\npaths:\n",
        ),
        "openapi/modules/events/module.yaml#/webhooks/card_deleted: webhook 'card_deleted' is already defined at "
        "openapi/modules/payments/module.yaml#/webhooks/card_deleted",
    ),
    "payload-not-in-data": (
        lambda spec: _edit(spec / f"{EVENTS}/webhooks/card_deleted.yaml", "payload: card", "payload: cards"),
        "openapi/modules/events/webhooks/card_deleted.yaml#/post/x-zoho-webhook/payload: payload 'cards' is not a "
        "property of the body's data (EventCardNotification.data)",
    ),
    "event-type-not-the-name": (
        lambda spec: _edit(
            spec / f"{EVENTS}/webhooks/card_deleted.yaml", "event_type: card_deleted", "event_type: card_expired"
        ),
        "openapi/modules/events/webhooks/card_deleted.yaml#/post/x-zoho-webhook/event_type: event_type "
        "'card_expired' differs from the webhook's name 'card_deleted'",
    ),
    "fired-event-not-a-webhook": (
        lambda spec: _edit(spec / "modules/payments/paths/payments.yaml", "[payment_thankyou]", "[payment_thanks]"),
        "openapi/modules/payments/paths/payments.yaml#/post/x-zoho-behaviour/events/0: event 'payment_thanks' is not "
        "a webhook of the bundle",
    ),
    "ahead-without-days": (
        lambda spec: _edit(spec / f"{EVENTS}/webhooks/card_expiring.yaml", "      days: 15\n", ""),
        "openapi/modules/events/webhooks/card_expiring.yaml#/post/x-zoho-webhook/fires: x-zoho-webhook: 'days' is a "
        "required property",
    ),
    "unknown-algorithm": (
        lambda spec: _edit(spec / f"{EVENTS}/webhook-signature.yaml", "algorithm: hmac-sha256", "algorithm: md5"),
        "openapi/modules/events/webhook-signature.yaml#/algorithm: x-zoho-webhook-signature: 'md5' is not one of "
        "['hmac-sha256']",
    ),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_a_broken_webhook_is_reported_at_its_source(validate_copy: ValidateCopy, breakage: str) -> None:
    edit, expected = BREAKAGES[breakage]
    result = validate_copy(edit)
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr, result.stderr
