"""The request pipeline, independent of HTTP plumbing: route, fault, check, validate, handle, answer.

Order for an API call: route by the spec's paths (404 unknown path, 405 wrong method), queued
fault, `Accept` (406), token (401; 403 when its scopes do not allow the operation), organization
header (400 missing, 403 unknown), validation against the spec (400), then the operation. No state
changes before validation has passed.

Requests and resets: every request belongs to the epoch (the state between two resets) it arrived
in. Recording it in the request log and taking its fault happen atomically against a reset; a
`slow` fault's wait ends early when a reset comes; and the operation runs under the store lock
only if the epoch is still the one the request arrived in. So a request that began before a
reset either finished its operation before the reset (and the reset then removed its effect) or
is cancelled: it never writes, and its connection is closed without an answer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from . import control, jsonio, pdf
from .auth import FULL_ACCESS_SCOPE, ORGANIZATION_HEADER, Auth
from .engine import Call, Engine
from .errors import ZohoError, generic_error
from .faults import Fault, Faults
from .hosts import HostCheck
from .messages import HttpRequest, HttpResponse
from .requestlog import LoggedRequest, RequestLog
from .spec import ApiSpec, Operation, load_spec
from .state import Store
from .validation import MultiDict, RequestValidator
from .webhooks import SIGNATURE_HEADER, WebhookDispatcher

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_ORGANIZATION",
    "DEFAULT_REFRESH_TOKEN",
    "DEFAULT_TOKEN",
    "TOKEN_PATH",
    "HttpRequest",
    "HttpResponse",
    "MockApp",
    "MockConfig",
]

_log = logging.getLogger("zoho_billing_mock")

# Credentials of the local mock, not secrets.
DEFAULT_TOKEN = "mock-access-token"  # noqa: S105
DEFAULT_ORGANIZATION = "10234695"
DEFAULT_CLIENT_ID = "mock-client-id"
DEFAULT_CLIENT_SECRET = "mock-client-secret"  # noqa: S105
DEFAULT_REFRESH_TOKEN = "mock-refresh-token"  # noqa: S105
TOKEN_PATH = "/oauth/v2/token"  # noqa: S105 - a URL path


@dataclass
class MockConfig:
    """Everything a server is started with."""

    host: str = "127.0.0.1"
    port: int = 0
    spec_path: Path | str | None = None
    db_path: Path | str | None = None
    tokens: Sequence[str] = (DEFAULT_TOKEN,)
    organizations: Sequence[str] = (DEFAULT_ORGANIZATION,)
    oauth_clients: Mapping[str, str] = field(default_factory=lambda: {DEFAULT_CLIENT_ID: DEFAULT_CLIENT_SECRET})
    refresh_tokens: Mapping[str, str] = field(default_factory=lambda: {DEFAULT_REFRESH_TOKEN: DEFAULT_CLIENT_ID})
    access_token_ttl: int = 3600
    scope: str = FULL_ACCESS_SCOPE
    request_log_limit: int = 10_000
    allowed_hosts: Sequence[str] = ()


class _CancelledError(Exception):
    """The request began before a reset (or the server is stopping): it must not run its operation."""


class MockApp:
    """One mock Zoho Billing (API, Accounts token endpoint and control API) with its state."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.spec: ApiSpec = load_spec(self.config.spec_path)
        self.validator = RequestValidator(self.spec)
        self.store = Store(self.config.db_path, kinds=tuple(self.spec.records))
        self.engine = Engine(self.spec, self.store)
        self.auth = Auth(
            tokens=self.config.tokens,
            organizations=self.config.organizations,
            oauth_clients=self.config.oauth_clients,
            refresh_tokens=self.config.refresh_tokens,
            access_token_ttl=self.config.access_token_ttl,
            scope=self.config.scope,
        )
        self.faults = Faults()
        self.requests = RequestLog(self.config.request_log_limit)
        signature = self.spec.webhook_signature()
        self.webhooks = WebhookDispatcher(
            self.store.new_id,
            header=str(signature.get("header") or SIGNATURE_HEADER),
            algorithm=str(signature.get("algorithm") or "hmac-sha256"),
        )
        self.webhooks.on_outcome = self._webhook_outcome
        self.engine.billing.notify = self._notify
        self.root_url = ""
        self.hosts: HostCheck
        self.set_address(self.config.host, self.config.port)
        # The epoch counts resets; `_epoch_changed` guards it and wakes requests sleeping in a fault.
        # Lock order: store.lock, then _epoch_changed, then the locks of faults, log and auth.
        self._epoch = 0
        self._epoch_changed = threading.Condition()

    def set_address(self, host: str, port: int) -> None:
        """Where the server listens (the bound address): its root URL and the names it answers to."""
        display_host = f"[{host}]" if ":" in host else host
        self.root_url = f"http://{display_host}:{port}"
        self.engine.billing.control_url = self.root_url + control.PREFIX
        self.hosts = HostCheck(
            host, port, configured_host=self.config.host, allowed_hosts=tuple(self.config.allowed_hosts)
        )

    @property
    def base_url(self) -> str:
        return self.root_url + self.spec.base_path

    def default_organization(self) -> str:
        organizations = self.auth.organizations
        if not organizations:
            raise generic_error(400, "No organization is configured")
        return organizations[0]

    def reset(self) -> None:
        """Empty state (also in the database), no faults, empty request log, tokens as configured.

        Requests in flight are cancelled: one running its operation is waited for (it holds the
        store lock) and its effect is removed with the rest; any other never runs its operation.
        """
        with self.store.lock, self._epoch_changed:
            self._epoch += 1
            self._epoch_changed.notify_all()
            self.store.clear()
            self.faults.clear()
            self.requests.clear()
            self.auth.reset()
            self.webhooks.reset()

    def close(self) -> None:
        """Cancel the requests in flight and close the database."""
        with self.store.lock, self._epoch_changed:
            self._epoch += 1
            self._epoch_changed.notify_all()
            self.store.close()
        self.webhooks.close()

    # --- webhooks --------------------------------------------------------------------------
    def _notify(self, organization: str, event: dict[str, Any]) -> list[dict[str, Any]]:
        """A new event (the store lock is held): queue its deliveries; answers its `webhooks[]`."""
        billing = self.engine.billing
        return self.webhooks.enqueue(
            organization, billing.event_id(event), str(event.get("event_type")), billing.delivery_body(event)
        )

    def _webhook_outcome(self, epoch: int, organization: str, event_id: str, webhook_id: str, status: str) -> None:
        """A delivery ended: the event's `webhooks[]` entry takes its status (unless a reset came since)."""
        with self.store.lock:
            if not self.webhooks.current(epoch):
                return
            self.engine.billing.delivery_outcome(organization, event_id, webhook_id, status)

    # --- entry point -----------------------------------------------------------------------
    def handle(self, request: HttpRequest) -> HttpResponse:
        try:
            refusal = self.hosts.refusal(request.headers, request.target)
            if refusal is not None:  # before anything else: not logged, takes no fault
                return HttpResponse.error(refusal)
            split = urlsplit(request.target)
            path = split.path
            if path == control.PREFIX or path.startswith(control.PREFIX + "/"):
                return control.handle(self, request, path, split.query)
            query = parse_qsl(split.query, keep_blank_values=True)
            operation, path_params, route_error = self._route(request.method, path)
            operation_id = operation.operation_id if operation else ("oauth_token" if path == TOKEN_PATH else None)
            with self._epoch_changed:  # atomic against a reset: this epoch's log, this epoch's faults
                epoch = self._epoch
                entry = self.requests.record(
                    method=request.method,
                    path=path,
                    query=split.query,
                    query_pairs=query,
                    headers=request.headers,
                    body=request.body,
                    operation_id=operation_id,
                )
                fault = self.faults.take(request.method, path, operation_id)
            try:
                response = self._faulted(request, epoch, entry, fault, path, query, operation, path_params, route_error)
            except _CancelledError:
                response = HttpResponse(0, drop=True)
            entry.status = None if response.drop else response.status
            return response
        except Exception:
            _log.exception("unexpected error answering %s %s", request.method, request.target)
            return HttpResponse.error(generic_error(500))

    # --- pipeline --------------------------------------------------------------------------
    def _faulted(
        self,
        request: HttpRequest,
        epoch: int,
        entry: LoggedRequest,
        fault: Fault | None,
        path: str,
        query: list[tuple[str, str]],
        operation: Operation | None,
        path_params: dict[str, str],
        route_error: ZohoError | None,
    ) -> HttpResponse:
        if fault is not None:
            entry.fault = fault.kind
            if fault.delay:
                self._sleep(epoch, fault.delay)
            if fault.when == "before" and fault.kind in ("drop", "rate_limit", "server_error"):
                return self._fault_response(fault)
        response = self._answer(request, epoch, path, query, operation, path_params, route_error)
        if fault is not None and fault.when == "after" and fault.kind in ("drop", "rate_limit", "server_error"):
            return self._fault_response(fault)
        return response

    def _sleep(self, epoch: int, delay: float) -> None:
        """Wait `delay` seconds, or until a reset: then the request is cancelled."""
        with self._epoch_changed:
            if self._epoch_changed.wait_for(lambda: self._epoch != epoch, timeout=delay):
                raise _CancelledError

    def _commit(self, epoch: int) -> None:
        """Called with the store lock held, just before an operation: cancel it if a reset came since."""
        if self._epoch != epoch:
            raise _CancelledError

    @staticmethod
    def _fault_response(fault: Fault) -> HttpResponse:
        if fault.kind == "drop":
            return HttpResponse(0, drop=True)
        return HttpResponse.error(fault.error())

    def _answer(
        self,
        request: HttpRequest,
        epoch: int,
        path: str,
        query: list[tuple[str, str]],
        operation: Operation | None,
        path_params: dict[str, str],
        route_error: ZohoError | None,
    ) -> HttpResponse:
        if path == TOKEN_PATH:
            return self._token(request, epoch, query)
        try:
            if route_error is not None or operation is None:
                raise route_error or generic_error(404)
            document = _document_asked(operation, request.header("Accept"), query)
            if document is None and not _accepts_json(request.header("Accept")):
                raise generic_error(406)
            self.auth.check_token(request.header("Authorization"), operation)
            organization = self.auth.check_organization(request.header(ORGANIZATION_HEADER))
            # A JSON body is parsed (depth-limited) before validation parses it again: a body
            # nested too deeply never reaches openapi-core. Other media types are left to the
            # validator, which names the content type it does not accept.
            body = None
            if operation.has_body and request.body and _is_json(request.header("Content-Type")):
                try:
                    body = jsonio.loads(request.body)
                except jsonio.JsonError as error:
                    raise generic_error(400, f"Invalid JSON in request body: {error}") from None
            self.validator.validate(
                method=request.method, path=path, query=query, headers=request.headers, body=request.body
            )
            call = Call(operation, organization, path_params, MultiDict(query), body)
            with self.store.lock:
                self._commit(epoch)
                data = self.engine.run(call)
            envelope: dict[str, Any] = {"code": 0, "message": operation.success_message, **data}
            if operation.response_schema is not None:
                envelope = self.spec.project(envelope, operation.response_schema)
            if document is not None:
                return _document_response(operation, envelope)
            return HttpResponse.json(operation.success_status, envelope)
        except ZohoError as error:
            return HttpResponse.error(error)

    def _route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], ZohoError | None]:
        base = self.spec.base_path
        if path == TOKEN_PATH:
            return None, {}, None
        if not path.startswith(base + "/"):
            return None, {}, generic_error(404)
        found = self.spec.match(path[len(base) :])
        if found is None:
            return None, {}, generic_error(404)
        route, raw_params = found
        operation = route.operations.get(method)  # methods are case-sensitive (RFC 9110 section 9.1)
        if operation is None:
            allowed = ", ".join(sorted(route.operations))
            return None, {}, generic_error(405, headers={"Allow": allowed})
        return operation, {name: unquote(value) for name, value in raw_params.items()}, None

    def _token(self, request: HttpRequest, epoch: int, query: list[tuple[str, str]]) -> HttpResponse:
        if request.method != "POST":
            return HttpResponse.error(generic_error(405, headers={"Allow": "POST"}))
        form = dict(query)
        content_type = (request.header("Content-Type") or "").lower()
        if request.body:
            if content_type.startswith("application/json"):
                try:
                    parsed = jsonio.loads(request.body)
                except jsonio.JsonError:
                    parsed = None
                if isinstance(parsed, dict):
                    form.update({str(key): str(value) for key, value in parsed.items()})
            else:
                form.update(parse_qsl(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))
        with self.store.lock:
            self._commit(epoch)
            status, payload = self.auth.token_request(form, self.root_url)
        return HttpResponse.json(status, payload)


def _is_json(content_type: str | None) -> bool:
    """True for `application/json` (any parameters) and for no content type (the validator's default)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media in ("", "application/json")


def _document_asked(operation: Operation, accept: str | None, query: list[tuple[str, str]]) -> str | None:
    """The document media type the request asks for, among those the operation answers with (its
    `x-zoho-sdk` variants): named in Accept, or `accept=pdf` in the query; else None (JSON)."""
    asked = {piece.split(";", 1)[0].strip().lower() for piece in (accept or "").split(",")}
    asked |= {f"application/{value.strip().lower()}" for name, value in query if name == "accept"}
    return next((media for media in operation.documents if media in asked), None)


def _document_response(operation: Operation, data: Mapping[str, Any]) -> HttpResponse:
    """The record the operation returns, printed as a PDF document (Zoho's invoice PDF)."""
    record = next((value for value in data.values() if isinstance(value, Mapping)), {})
    title, lines = pdf.document_lines(record)
    filename = "".join(c if c.isalnum() or c in "-_." else "_" for c in title) or operation.operation_id
    headers = [
        ("Content-Type", "application/pdf;charset=UTF-8"),
        ("Content-Disposition", f'attachment; filename="{filename}.pdf"'),
    ]
    return HttpResponse(operation.success_status, pdf.render_pdf(title, lines), headers)


def _accepts_json(accept: str | None) -> bool:
    """True unless the Accept header is present and rules out application/json."""
    if accept is None or not accept.strip():
        return True
    for part in accept.split(","):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0 and media.lower() in ("application/json", "application/*", "*/*"):
            return True
    return False
