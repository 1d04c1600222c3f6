"""Receiving Zoho Billing webhooks: check a delivery's signature and read it as a typed event.

Works with any web framework: give it the raw request body (bytes, exactly as received, before any JSON
parsing), the request headers and, when the webhook URL has query parameters, the query string::

    from zoho_billing_client import webhooks

    def receive(body: bytes, headers: Mapping[str, str], query: str) -> None:
        event = webhooks.parse_event(body, headers, secret=WEBHOOK_SECRET, query=query)
        if event.event_type == "subscription_created":
            subscription = event.data.subscription
        ...

How Zoho signs a delivery (the spec's ``x-zoho-webhook-signature``; Zoho's help page "Securing webhooks"):
the query-string parameters of the webhook URL and the form fields of the body, as key/value pairs sorted
by key, each written as key then value with nothing between, followed by the raw JSON body. Zoho does not
name the hash: this module takes HMAC-SHA256 keyed with the webhook's secret token, as lowercase
hexadecimal, which is UNCONFIRMED (``SIGNATURE_CONFIRMED``), and compares in constant time.

Which record an event type carries, and its model class, come from the spec (``x-zoho-webhook`` of each
webhook, through ``_webhook_spec``): ``event.data.subscription``, ``.invoice``, ``.payment``... are the
client's models. An event type this version does not know is kept: its ``event_type`` is the string
sent, ``raw`` the whole body, and the records it carries under known keys are still typed.

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ._decode import PartialModel, _build_partial
from ._exact_json import json_loads
from ._exceptions import ZohoBillingError
from ._webhook_spec import (
    EVENT_PAYLOADS,
    PAYLOAD_MODELS,
    SIGNATURE_ALGORITHM,
    SIGNATURE_CONFIRMED,
    SIGNATURE_ENCODING,
    SIGNATURE_HEADER,
    SIGNATURE_MESSAGE,
    WebhookEventData,
)

__all__ = [
    "EVENT_PAYLOADS",
    "SIGNATURE_CONFIRMED",
    "SIGNATURE_HEADER",
    "WebhookError",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "compute_signature",
    "parse_event",
    "signed_message",
    "verify_signature",
]

if (SIGNATURE_ALGORITHM, SIGNATURE_ENCODING, SIGNATURE_MESSAGE) != ("hmac-sha256", "hex", "sorted_pairs_then_body"):
    raise ImportError(  # the spec states another scheme than the one implemented here
        f"zoho_billing_client.webhooks implements hmac-sha256/hex/sorted_pairs_then_body, the spec says "
        f"{SIGNATURE_ALGORITHM}/{SIGNATURE_ENCODING}/{SIGNATURE_MESSAGE}"
    )

Query = Mapping[str, str] | Iterable[tuple[str, str]] | str | bytes | None

_FORM = "application/x-www-form-urlencoded"
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


class WebhookError(ZohoBillingError):
    """Base class of the errors of this module."""


class WebhookSignatureError(WebhookError):
    """The delivery is not signed, or its signature does not match: do not trust it (answer 401)."""


class WebhookPayloadError(WebhookError, ValueError):
    """The body is not a Zoho Billing event: not JSON, not an object, or without ``event_id``/``event_type``."""


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One delivery, read. ``event_type`` is the string Zoho sent (known or not: see ``known``);
    ``event_time`` the time as sent (``2016-06-05T18:28:20-0700``; ``time`` parses it); ``data`` the records
    it carries, typed; ``raw`` the whole body exactly as received, exact decimals included."""

    event_id: str
    event_type: str
    event_time: str | None
    data: WebhookEventData
    raw: dict[str, Any] = field(repr=False)

    @property
    def known(self) -> bool:
        """Whether the spec of this version documents the event type."""
        return self.event_type in EVENT_PAYLOADS

    @property
    def payload_key(self) -> str | None:
        """The key under ``data`` of the record this event type concerns (None for an unknown type)."""
        return EVENT_PAYLOADS.get(self.event_type)

    @property
    def record(self) -> Any:
        """The record this event type concerns (``data.<payload_key>``), or None."""
        key = self.payload_key
        return getattr(self.data, key, None) if key is not None else None

    @property
    def time(self) -> datetime.datetime | None:
        """``event_time`` as an aware datetime, or None when absent or not in Zoho's form."""
        if self.event_time is None:
            return None
        try:
            return datetime.datetime.strptime(self.event_time, _TIME_FORMAT)
        except ValueError:
            return None


# --- the signature ---------------------------------------------------------------------------
def _header(headers: Mapping[str, str] | Iterable[tuple[str, str]] | None, name: str) -> str | None:
    items = headers.items() if isinstance(headers, Mapping) else (headers or ())
    wanted = name.lower()
    for key, value in items:
        if str(key).lower() == wanted:
            return str(value)
    return None


def _pairs(query: Query) -> list[tuple[str, str]]:
    if query is None:
        return []
    if isinstance(query, bytes):
        query = query.decode("utf-8")
    if isinstance(query, str):
        return parse_qsl(query.removeprefix("?"), keep_blank_values=True)
    items = query.items() if isinstance(query, Mapping) else query
    return [(str(key), str(value)) for key, value in items]


def signed_message(body: bytes, query: Query = None, *, content_type: str | None = None) -> bytes:
    """The bytes Zoho signs: the query-string pairs (and, for a form-encoded body, its URL-decoded fields)
    sorted by key, each as key then value, then, for any other body, the raw body unchanged."""
    if not isinstance(body, (bytes, bytearray)):
        raise TypeError(f"body must be the raw request body as bytes, not {type(body).__name__}")
    pairs = _pairs(query)
    is_form = content_type is not None and content_type.split(";")[0].strip().lower() == _FORM
    if is_form:
        pairs += parse_qsl(bytes(body).decode("utf-8"), keep_blank_values=True)
    text = "".join(key + value for key, value in sorted(pairs, key=lambda pair: pair[0]))
    return text.encode("utf-8") + (b"" if is_form else bytes(body))


def _check_secret(secret: object) -> bytes:
    if not isinstance(secret, str) or not secret:
        raise WebhookSignatureError("the webhook secret must be a non-empty string (the secret token set in Zoho)")
    return secret.encode("utf-8")


def compute_signature(body: bytes, secret: str, query: Query = None, *, content_type: str | None = None) -> str:
    """The signature of a delivery, as the ``X-Zoho-Webhook-Signature`` header carries it (lowercase hex
    HMAC-SHA256 of :func:`signed_message`, keyed with ``secret``; the hash is UNCONFIRMED by Zoho)."""
    key = _check_secret(secret)
    message = signed_message(body, query, content_type=content_type)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify_signature(
    body: bytes,
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    secret: str,
    query: Query = None,
) -> None:
    """Return if the delivery's ``X-Zoho-Webhook-Signature`` matches ``body`` (and ``query``) signed with
    ``secret``; raise :class:`WebhookSignatureError` saying what is wrong otherwise. Header names are
    matched case-insensitively; the comparison takes constant time. ``query`` is the webhook URL's query
    string (``"a=1&b=2"``) or its pairs, when it has one: Zoho signs it too."""
    key = _check_secret(secret)
    received = _header(headers, SIGNATURE_HEADER)
    if received is None or not received.strip():
        raise WebhookSignatureError(
            f"the delivery has no {SIGNATURE_HEADER} header: it is not signed (is the webhook secured with a "
            "secret token in Zoho Billing?)"
        )
    content_type = _header(headers, "Content-Type")
    expected = hmac.new(key, signed_message(body, query, content_type=content_type), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(received.strip().lower().encode("ascii", "replace"), expected.encode("ascii")):
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} header does not match the delivery: the body or the query string was "
            "changed, the secret is not this webhook's, or the URL's query parameters were not passed"
        )


# --- the event ---------------------------------------------------------------------------------
def _model_class(name: str) -> Any:
    return getattr(importlib.import_module(".models", __package__), name)


def _typed(key: str, value: Any, event_type: str) -> Any:
    name = PAYLOAD_MODELS.get(key)
    if name is None or value is None:
        return value
    if not isinstance(value, dict):
        raise WebhookPayloadError(
            f"event {event_type}: data.{key} should be a JSON object ({name}), got {type(value).__name__}"
        )
    cls = _model_class(name)
    try:
        return cls.from_dict(value)
    except Exception as error:
        try:  # a record without a required field is kept as a partial model (see _decode)
            partial = _build_partial(cls, value, error, f"webhook {event_type}")
        except Exception:
            raise WebhookPayloadError(f"event {event_type}: data.{key} cannot be read as {name}: {error!r}") from error
        assert isinstance(partial, PartialModel)
        return partial


def _data(body: dict[str, Any], event_type: str) -> dict[str, Any]:
    """The records of the delivery: ``data``, else ``payload`` (the Events API's name; a JSON string too)."""
    data = body.get("data")
    if data is None:
        data = body.get("payload")
        if isinstance(data, str):
            try:
                data = json_loads(data)
            except ValueError as error:
                raise WebhookPayloadError(f"event {event_type}: payload is a string that is not JSON") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"event {event_type}: data should be a JSON object, got {type(data).__name__}")
    return data


def parse_event(
    body: bytes,
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
    secret: str | None = None,
    *,
    query: Query = None,
) -> WebhookEvent:
    """Read a delivery as a :class:`WebhookEvent`. With ``secret``, first :func:`verify_signature` (so
    ``headers`` must be given); without it, nothing is verified: use that only for a delivery you have
    authenticated otherwise. Raise :class:`WebhookPayloadError` for a body that is not a Zoho event."""
    if secret is not None:
        verify_signature(body, headers or {}, secret, query)
    if not isinstance(body, (bytes, bytearray, str)):
        raise WebhookPayloadError(f"the body must be the raw request body as bytes, not {type(body).__name__}")
    try:
        decoded = json_loads(body)
    except ValueError as error:
        raise WebhookPayloadError(f"the body is not JSON: {error}") from error
    if not isinstance(decoded, dict):
        raise WebhookPayloadError(f"the body is not an event: a JSON {type(decoded).__name__}, not an object")
    event_type, event_id = decoded.get("event_type"), decoded.get("event_id")
    if not isinstance(event_type, str) or not event_type:
        raise WebhookPayloadError("the body is not an event: it has no event_type")
    if not isinstance(event_id, (str, int)) or isinstance(event_id, bool) or event_id == "":
        raise WebhookPayloadError(f"the body is not an event: event {event_type} has no event_id")
    data = _data(decoded, event_type)
    typed = {key: _typed(key, data.get(key), event_type) for key in PAYLOAD_MODELS}
    event_time = decoded.get("event_time")
    return WebhookEvent(
        event_id=str(event_id),
        event_type=event_type,
        event_time=event_time if isinstance(event_time, str) else None,
        data=WebhookEventData(**typed, raw=data),
        raw=decoded,
    )
