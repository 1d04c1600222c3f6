"""The control API under `/__mock__/`: what a test in another process uses to drive the server.

Not part of Zoho's API: no token is needed and requests here are not logged. Bodies are JSON.
The organization a call acts on is the `X-com-zoho-subscriptions-organizationid` header, else
`organization_id` in the body or query, else the first configured organization.

Nothing here is per module: `/records/{record}` reaches the stored records of every kind the
spec declares (`x-zoho-record`). This module knows the app only through `ControlTarget` (it
does not import `app`; `app` routes `/__mock__/` here).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol
from urllib.parse import parse_qsl

from . import jsonio
from .auth import ORGANIZATION_HEADER, Auth
from .engine import Engine
from .errors import ZohoError, generic_error
from .faults import Fault, FaultError, Faults
from .messages import HttpRequest, HttpResponse
from .requestlog import RequestLog
from .spec import ApiSpec
from .state import Store
from .webhooks import WebhookDispatcher

__all__ = ["PREFIX", "ControlTarget", "handle"]


class ControlTarget(Protocol):
    """What the control API drives (a `MockApp`)."""

    spec: ApiSpec
    store: Store
    engine: Engine
    auth: Auth
    faults: Faults
    requests: RequestLog
    webhooks: WebhookDispatcher
    root_url: str

    @property
    def base_url(self) -> str: ...

    def default_organization(self) -> str: ...

    def reset(self) -> None: ...


PREFIX = "/__mock__"


@dataclass
class _Context:
    app: ControlTarget
    request: HttpRequest
    params: dict[str, str]
    query: dict[str, str]
    body: Any

    def organization(self) -> str:
        given = self.request.header(ORGANIZATION_HEADER) or self.query.get("organization_id")
        if given is None and isinstance(self.body, dict):
            given = self.body.get("organization_id")
        organization = str(given) if given is not None else self.app.default_organization()
        if organization not in self.app.auth.organizations:
            raise generic_error(400, f"Invalid value passed for organization_id: {organization} is not configured")
        return organization

    def object_body(self) -> dict[str, Any]:
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise generic_error(400, "Invalid value passed for request body: must be a JSON object")
        return {key: value for key, value in self.body.items() if key != "organization_id"}


Result = tuple[int, Any]


def _health(ctx: _Context) -> Result:
    app = ctx.app
    return 200, {"status": "ok", "base_url": app.base_url, "accounts_url": app.root_url, "spec": str(app.spec.path)}


def _reset(ctx: _Context) -> Result:
    ctx.app.reset()
    return 200, {"status": "reset"}


def _state(ctx: _Context) -> Result:
    return 200, {"organizations": ctx.app.store.snapshot(), "auth": ctx.app.auth.describe()}


def _faults_list(ctx: _Context) -> Result:
    return 200, {"faults": [fault.to_dict() for fault in ctx.app.faults.list()]}


def _faults_add(ctx: _Context) -> Result:
    body = ctx.body
    described = body.get("faults") if isinstance(body, dict) and "faults" in body else body
    items = described if isinstance(described, list) else [described]
    try:
        faults = [Fault.from_dict(item) for item in items]
    except FaultError as error:
        raise generic_error(400, f"Invalid fault: {error}") from None
    return 201, {"faults": [ctx.app.faults.add(fault).to_dict() for fault in faults]}


def _faults_clear(ctx: _Context) -> Result:
    ctx.app.faults.clear()
    return 200, {"faults": []}


def _requests_list(ctx: _Context) -> Result:
    return 200, {"requests": [entry.to_dict() for entry in ctx.app.requests.entries()]}


def _requests_clear(ctx: _Context) -> Result:
    ctx.app.requests.clear()
    return 200, {"requests": []}


def _records_list(ctx: _Context) -> Result:
    kind = ctx.app.engine.record_type(ctx.params["record"])
    return 200, {"records": ctx.app.store.records(ctx.organization(), kind.name)}


def _records_add(ctx: _Context) -> Result:
    kind = ctx.app.engine.record_type(ctx.params["record"])
    body = ctx.body.get("records") if isinstance(ctx.body, dict) and "records" in ctx.body else ctx.body
    items = body if isinstance(body, list) else [body]
    organization = ctx.organization()
    created = []
    for item in items:
        if not isinstance(item, dict):
            raise generic_error(400, f"Invalid value passed for {kind.name}: must be a JSON object")
        data = {key: value for key, value in item.items() if key != "organization_id"}
        created.append(ctx.app.engine.project(kind, ctx.app.engine.add_record(organization, kind, data)))
    return 201, {"records": created}


def _record_get(ctx: _Context) -> Result:
    kind = ctx.app.engine.record_type(ctx.params["record"])
    with ctx.app.store.lock:
        return 200, {"record": ctx.app.engine.find(ctx.organization(), kind, ctx.params["record_id"])}


def _record_set(ctx: _Context) -> Result:
    kind = ctx.app.engine.record_type(ctx.params["record"])
    record = ctx.app.engine.set_fields(ctx.organization(), kind, ctx.params["record_id"], ctx.object_body())
    return 200, {"record": record}


def _record_complete(ctx: _Context) -> Result:
    kind = ctx.app.engine.record_type(ctx.params["record"])
    organization = ctx.organization()
    with ctx.app.store.lock:
        record = ctx.app.engine.billing.complete(organization, kind, ctx.params["record_id"], ctx.object_body())
    return 200, {"record": record}


def _record_renew(ctx: _Context) -> Result:
    kind = ctx.app.engine.record_type(ctx.params["record"])
    organization = ctx.organization()
    with ctx.app.store.lock:
        record = ctx.app.engine.billing.renew(organization, kind, ctx.params["record_id"])
    return 200, {"record": record}


def _webhooks_list(ctx: _Context) -> Result:
    return 200, {"webhooks": [webhook.to_dict() for webhook in ctx.app.webhooks.get(ctx.organization())]}


def _webhooks_set(ctx: _Context) -> Result:
    body = ctx.body
    described = body.get("webhooks") if isinstance(body, dict) and "webhooks" in body else body
    if isinstance(described, dict):
        described = {key: value for key, value in described.items() if key != "organization_id"}
    items = described if isinstance(described, list) else [described]
    webhooks = ctx.app.webhooks.set(ctx.organization(), items)
    return 200, {"webhooks": [webhook.to_dict() for webhook in webhooks]}


def _webhooks_clear(ctx: _Context) -> Result:
    ctx.app.webhooks.clear(ctx.organization())
    return 200, {"webhooks": []}


def _deliveries_list(ctx: _Context) -> Result:
    entries = ctx.app.webhooks.deliveries(ctx.organization())
    return 200, {"deliveries": [entry.to_dict() for entry in entries], "idle": ctx.app.webhooks.idle}


def _deliveries_clear(ctx: _Context) -> Result:
    ctx.app.webhooks.clear_deliveries()
    return 200, {"deliveries": []}


def _tokens_list(ctx: _Context) -> Result:
    return 200, {"access_tokens": ctx.app.auth.describe()["access_tokens"]}


def _tokens_add(ctx: _Context) -> Result:
    body = ctx.object_body()
    token = body.get("access_token")
    if not isinstance(token, str):
        raise generic_error(400, "Missing required field: access_token")
    expires_in = body.get("expires_in")
    if expires_in is not None and (isinstance(expires_in, bool) or not isinstance(expires_in, int | float | Decimal)):
        raise generic_error(400, "Invalid value passed for expires_in: must be a number")
    ctx.app.auth.add_token(
        token,
        scope=str(body.get("scope", ctx.app.auth.default_scope)),
        expires_in=float(expires_in) if expires_in is not None else None,
    )
    return 201, {"access_token": token}


def _tokens_expire(ctx: _Context) -> Result:
    token = ctx.object_body().get("access_token")
    return 200, {"expired": ctx.app.auth.expire_token(str(token) if token is not None else None)}


def _tokens_revoke(ctx: _Context) -> Result:
    token = ctx.object_body().get("access_token")
    if not isinstance(token, str):
        raise generic_error(400, "Missing required field: access_token")
    return 200, {"revoked": ctx.app.auth.revoke_token(token)}


def _oauth_client(ctx: _Context) -> Result:
    body = ctx.object_body()
    client_id, secret = body.get("client_id"), body.get("client_secret")
    if not isinstance(client_id, str) or not isinstance(secret, str):
        raise generic_error(400, "Missing required field: client_id and client_secret (strings)")
    ctx.app.auth.add_oauth_client(client_id, secret)
    return 201, {"client_id": client_id}


def _refresh_token(ctx: _Context) -> Result:
    body = ctx.object_body()
    token, client_id, scope = body.get("refresh_token"), body.get("client_id"), body.get("scope")
    if not isinstance(token, str) or not isinstance(client_id, str):
        raise generic_error(400, "Missing required field: refresh_token and client_id (strings)")
    ctx.app.auth.add_refresh_token(token, client_id, str(scope) if scope is not None else None)
    return 201, {"refresh_token": token}


def _organization_add(ctx: _Context) -> Result:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    organization = body.get("organization_id")
    if not isinstance(organization, str):
        raise generic_error(400, "Missing required field: organization_id")
    ctx.app.auth.add_organization(organization)
    return 201, {"organizations": ctx.app.auth.organizations}


_ROUTES: list[tuple[str, re.Pattern[str], Callable[[_Context], Result]]] = [
    (method, re.compile(pattern), function)
    for method, pattern, function in (
        ("GET", r"/health", _health),
        ("POST", r"/reset", _reset),
        ("GET", r"/state", _state),
        ("GET", r"/faults", _faults_list),
        ("POST", r"/faults", _faults_add),
        ("DELETE", r"/faults", _faults_clear),
        ("GET", r"/requests", _requests_list),
        ("DELETE", r"/requests", _requests_clear),
        ("GET", r"/records/(?P<record>[a-z][a-z0-9_]*)", _records_list),
        ("POST", r"/records/(?P<record>[a-z][a-z0-9_]*)", _records_add),
        ("GET", r"/records/(?P<record>[a-z][a-z0-9_]*)/(?P<record_id>[^/]+)", _record_get),
        ("PATCH", r"/records/(?P<record>[a-z][a-z0-9_]*)/(?P<record_id>[^/]+)", _record_set),
        ("POST", r"/records/(?P<record>[a-z][a-z0-9_]*)/(?P<record_id>[^/]+)/complete", _record_complete),
        ("POST", r"/records/(?P<record>[a-z][a-z0-9_]*)/(?P<record_id>[^/]+)/renew", _record_renew),
        ("GET", r"/webhooks", _webhooks_list),
        ("PUT", r"/webhooks", _webhooks_set),
        ("DELETE", r"/webhooks", _webhooks_clear),
        ("GET", r"/webhooks/deliveries", _deliveries_list),
        ("DELETE", r"/webhooks/deliveries", _deliveries_clear),
        ("GET", r"/tokens", _tokens_list),
        ("POST", r"/tokens", _tokens_add),
        ("POST", r"/tokens/expire", _tokens_expire),
        ("POST", r"/tokens/revoke", _tokens_revoke),
        ("POST", r"/oauth/clients", _oauth_client),
        ("POST", r"/oauth/refresh_tokens", _refresh_token),
        ("POST", r"/organizations", _organization_add),
    )
]


def handle(app: ControlTarget, request: HttpRequest, path: str, query: str) -> HttpResponse:
    subpath = path[len(PREFIX) :] or "/"
    allowed: list[str] = []
    for method, pattern, function in _ROUTES:
        found = pattern.fullmatch(subpath)
        if found is None:
            continue
        if method != request.method:
            allowed.append(method)
            continue
        try:
            body = jsonio.loads(request.body) if request.body.strip() else None
        except jsonio.JsonError as error:
            return HttpResponse.error(generic_error(400, f"Invalid JSON in request body: {error}"))
        context = _Context(app, request, found.groupdict(), dict(parse_qsl(query)), body)
        try:
            status, payload = function(context)
        except ZohoError as error:
            return HttpResponse.error(error)
        return HttpResponse.json(status, payload)
    if allowed:
        return HttpResponse.error(generic_error(405, headers={"Allow": ", ".join(sorted(set(allowed)))}))
    return HttpResponse.error(generic_error(404, f"No control endpoint {path}"))
