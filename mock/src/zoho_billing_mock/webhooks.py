"""Webhook delivery: each recorded event POSTed, signed, to the organization's webhook URLs.

A test sets an organization's webhooks through the control API (`PUT /__mock__/webhooks`) or
`MockServer.set_webhooks`: a URL, optionally a secret token, the event types it wants (all when
none are named), and the delays between attempts. Every new event of a matching type is queued
and delivered by one background thread, in the order the events were recorded: a JSON POST of
the event (`event_id`, `event_type`, `event_time`, the records under `data` and `payload`) with,
when a secret is set, the signature header. An answer other than 2xx, or no answer (connection
refused, timeout), is a failed attempt; after the last delay the delivery has failed. Each
attempt is logged (`GET /__mock__/webhooks/deliveries`), and the event's `webhooks[]` entry
goes from `scheduled` to `success` or `failure`.

The signature is `x-zoho-webhook-signature` of the spec (root): the header, and HMAC-SHA256 keyed
with the secret over the URL's query pairs sorted by key, each key then value, followed by the raw
body, in lowercase hex. The hash and its encoding are this project's UNCONFIRMED reading of Zoho's
help page (the spec marks them so); the client's `zoho_billing_client.webhooks` verifies the same.

A reset (or stopping the server) cancels every queued delivery and every wait between attempts;
an attempt already on the wire is not recalled, but its outcome is not recorded.
"""

from __future__ import annotations

import hmac
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from . import jsonio
from .errors import generic_error

__all__ = [
    "DEFAULT_RETRY_DELAYS",
    "SIGNATURE_HEADER",
    "Delivery",
    "Webhook",
    "WebhookDispatcher",
    "sign",
    "signature_message",
]

SIGNATURE_HEADER = "X-Zoho-Webhook-Signature"
# Seconds to wait before the second and the third attempt (the mock's choice: Zoho documents no schedule).
DEFAULT_RETRY_DELAYS: tuple[float, ...] = (1.0, 5.0)
DEFAULT_TIMEOUT = 5.0
_MAX_RETRIES = 10
_MAX_DELAY = 300.0


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a redirect is an answer other than 2xx: a failed attempt


# No proxy from the environment (a receiver on 127.0.0.1 must be reached directly), no redirects.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def signature_message(url: str, body: bytes) -> bytes:
    """What is signed: the URL's query-string pairs sorted by key, each key then value, then the raw body."""
    pairs = sorted(parse_qsl(urlsplit(url).query, keep_blank_values=True), key=lambda pair: pair[0])
    return "".join(key + value for key, value in pairs).encode("utf-8") + body


def sign(secret: str, url: str, body: bytes, algorithm: str = "hmac-sha256") -> str:
    """The signature header's value: HMAC keyed with the secret over `signature_message`, lowercase hex."""
    digest = algorithm.removeprefix("hmac-").replace("-", "")
    return hmac.new(secret.encode("utf-8"), signature_message(url, body), digest).hexdigest()


@dataclass
class Webhook:
    """One webhook of an organization."""

    url: str
    secret: str | None = None
    event_types: list[str] | None = None  # None: every event type
    retry_delays: list[float] = field(default_factory=lambda: list(DEFAULT_RETRY_DELAYS))
    timeout: float = DEFAULT_TIMEOUT
    webhook_id: str = ""

    @classmethod
    def from_dict(cls, data: Any, new_id: Callable[[], str]) -> Webhook:
        if not isinstance(data, dict):
            raise generic_error(400, "Invalid value passed for webhook: must be a JSON object")
        known = {"url", "secret", "event_types", "retry_delays", "timeout", "webhook_id"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise generic_error(400, f"Invalid value passed for webhook: unknown field(s) {', '.join(unknown)}")
        url = data.get("url")
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise generic_error(400, "Invalid value passed for url: must be an http:// or https:// URL")
        secret = data.get("secret")
        if secret is not None and (not isinstance(secret, str) or not secret):
            raise generic_error(400, "Invalid value passed for secret: must be a non-empty string")
        types = data.get("event_types")
        if types is not None and (not isinstance(types, list) or not all(isinstance(t, str) for t in types)):
            raise generic_error(400, "Invalid value passed for event_types: must be a list of event types")
        delays = data.get("retry_delays", list(DEFAULT_RETRY_DELAYS))
        if (
            not isinstance(delays, list)
            or len(delays) > _MAX_RETRIES
            or not all(_is_number(d) and 0 <= float(d) <= _MAX_DELAY for d in delays)
        ):
            raise generic_error(
                400,
                f"Invalid value passed for retry_delays: at most {_MAX_RETRIES} delays of 0 to {_MAX_DELAY:g} seconds",
            )
        timeout = data.get("timeout", DEFAULT_TIMEOUT)
        if not _is_number(timeout) or not 0 < float(timeout) <= _MAX_DELAY:
            raise generic_error(400, "Invalid value passed for timeout: seconds, more than 0")
        return cls(
            url=url,
            secret=secret,
            event_types=list(types) if types is not None else None,
            retry_delays=[float(d) for d in delays],
            timeout=float(timeout),
            webhook_id=str(data.get("webhook_id") or new_id()),
        )

    def wants(self, event_type: str) -> bool:
        return self.event_types is None or event_type in self.event_types

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Delivery:
    """One attempt to deliver an event to a webhook."""

    id: int
    organization_id: str
    event_id: str
    event_type: str
    webhook_id: str
    url: str
    attempt: int
    time: float
    timestamp: str
    headers: dict[str, str]
    body: str
    status: int | None = None  # HTTP status of the answer; None without one
    error: str | None = None  # why there was no answer, or why the answer counts as a failure
    outcome: str = "failure"  # success or failure (of this attempt)
    final: bool = False  # the last attempt of the delivery

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Job:
    epoch: int
    organization: str
    event_id: str
    event_type: str
    webhook: Webhook
    body: bytes


# (epoch, organization, event_id, webhook_id, status) -> None; called with the outcome of a delivery.
Outcome = Callable[[int, str, str, str, str], None]


class WebhookDispatcher:
    """The organizations' webhooks, the delivery queue and its thread, and the log of attempts."""

    def __init__(
        self,
        new_id: Callable[[], str],
        *,
        header: str = SIGNATURE_HEADER,
        algorithm: str = "hmac-sha256",
        log_limit: int = 10_000,
    ) -> None:
        self.header = header
        self.algorithm = algorithm
        self._new_id = new_id
        self._log_limit = log_limit
        self._condition = threading.Condition()
        self._webhooks: dict[str, list[Webhook]] = {}
        self._queue: deque[_Job] = deque()
        self._log: list[Delivery] = []
        self._next_delivery = 1
        self._epoch = 0
        self._busy = False
        self._closed = False
        self._thread: threading.Thread | None = None
        self.on_outcome: Outcome | None = None  # set by the app: writes the event's webhooks[] status

    # --- configuration -------------------------------------------------------------------------
    def set(self, organization: str, webhooks: Sequence[Any]) -> list[Webhook]:
        parsed = [item if isinstance(item, Webhook) else Webhook.from_dict(item, self._new_id) for item in webhooks]
        with self._condition:
            self._webhooks[organization] = parsed
        return parsed

    def get(self, organization: str) -> list[Webhook]:
        with self._condition:
            return list(self._webhooks.get(organization, []))

    def clear(self, organization: str) -> None:
        with self._condition:
            self._webhooks.pop(organization, None)

    def deliveries(self, organization: str | None = None) -> list[Delivery]:
        with self._condition:
            return [entry for entry in self._log if organization is None or entry.organization_id == organization]

    def clear_deliveries(self) -> None:
        with self._condition:
            self._log.clear()

    def current(self, epoch: int) -> bool:
        """True while no reset came since `epoch` (the epoch a delivery was queued in)."""
        with self._condition:
            return epoch == self._epoch

    @property
    def idle(self) -> bool:
        """Nothing queued and nothing being delivered."""
        with self._condition:
            return not self._queue and not self._busy

    # --- events --------------------------------------------------------------------------------
    def enqueue(
        self, organization: str, event_id: str, event_type: str, body: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        """Queue an event for the organization's webhooks that want its type; answers the event's
        `webhooks[]` entries (status `scheduled`)."""
        now = _timestamp()
        entries: list[dict[str, Any]] = []
        data = jsonio.dumps(body).encode("utf-8")
        with self._condition:
            if self._closed:
                return entries
            for webhook in self._webhooks.get(organization, []):
                if not webhook.wants(event_type):
                    continue
                self._queue.append(_Job(self._epoch, organization, event_id, event_type, webhook, data))
                entries.append(
                    {
                        "webhook_id": webhook.webhook_id,
                        "url": webhook.url,
                        "status": "scheduled",
                        "last_updated_time": now,
                    }
                )
            if entries:
                self._start()
                self._condition.notify_all()
        return entries

    def reset(self) -> None:
        """Forget the webhooks, the queue and the log; waits between attempts end, nothing more is recorded."""
        with self._condition:
            self._epoch += 1
            self._queue.clear()
            self._webhooks.clear()
            self._log.clear()
            self._condition.notify_all()

    def close(self) -> None:
        with self._condition:
            self._epoch += 1
            self._closed = True
            self._queue.clear()
            self._condition.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=10)

    # --- the thread ----------------------------------------------------------------------------
    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="zoho-billing-mock:webhooks", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._closed:
                    self._busy = False
                    self._condition.notify_all()
                    self._condition.wait()
                if self._closed:
                    self._busy = False
                    self._condition.notify_all()
                    return
                job = self._queue.popleft()
                self._busy = True
            self._deliver(job)

    def _deliver(self, job: _Job) -> None:
        attempts = len(job.webhook.retry_delays) + 1
        for attempt in range(1, attempts + 1):
            if attempt > 1 and not self._wait(job.epoch, job.webhook.retry_delays[attempt - 2]):
                return
            entry = self._attempt(job, attempt, final=attempt == attempts)
            with self._condition:
                if job.epoch != self._epoch:
                    return
                self._log.append(entry)
                del self._log[: max(0, len(self._log) - self._log_limit)]
            if entry.outcome == "success" or attempt == attempts:
                entry.final = True
                if self.on_outcome is not None:
                    self.on_outcome(job.epoch, job.organization, job.event_id, job.webhook.webhook_id, entry.outcome)
                return

    def _wait(self, epoch: int, delay: float) -> bool:
        """Wait `delay` seconds; False when a reset or the stop came meanwhile."""
        deadline = time.monotonic() + delay
        with self._condition:
            while self._epoch == epoch:
                left = deadline - time.monotonic()
                if left <= 0:
                    return True
                self._condition.wait(left)
            return False

    def _attempt(self, job: _Job, attempt: int, *, final: bool) -> Delivery:
        headers = {"Content-Type": "application/json", "User-Agent": "zoho-billing-mock/0.1.0"}
        if job.webhook.secret:
            headers[self.header] = sign(job.webhook.secret, job.webhook.url, job.body, self.algorithm)
        with self._condition:
            number = self._next_delivery
            self._next_delivery += 1
        entry = Delivery(
            id=number,
            organization_id=job.organization,
            event_id=job.event_id,
            event_type=job.event_type,
            webhook_id=job.webhook.webhook_id,
            url=job.webhook.url,
            attempt=attempt,
            time=time.time(),
            timestamp=_timestamp(),
            headers=headers,
            body=job.body.decode("utf-8"),
            final=final,
        )
        request = urllib.request.Request(job.webhook.url, data=job.body, headers=headers, method="POST")  # noqa: S310
        try:
            with _OPENER.open(request, timeout=job.webhook.timeout) as answer:
                entry.status = int(answer.status)
        except urllib.error.HTTPError as error:
            entry.status = int(error.code)
            entry.error = f"HTTP {error.code}"
            error.close()
        except (OSError, ValueError) as error:  # refused, reset, timed out, unreachable
            entry.error = f"{type(error).__name__}: {error}"
        if entry.status is not None and 200 <= entry.status < 300:
            entry.outcome = "success"
        elif entry.error is None:
            entry.error = f"HTTP {entry.status}"
        return entry


def _timestamp() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)
