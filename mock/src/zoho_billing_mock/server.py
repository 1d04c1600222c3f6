"""HTTP plumbing (stdlib `ThreadingHTTPServer`) and `MockServer`, the Python API to start one."""

from __future__ import annotations

import logging
import re
import socket
import threading
from collections.abc import Iterable, Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

from . import jsonio
from ._version import __version__
from .app import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_ORGANIZATION,
    DEFAULT_REFRESH_TOKEN,
    DEFAULT_TOKEN,
    TOKEN_PATH,
    MockApp,
    MockConfig,
)
from .auth import FULL_ACCESS_SCOPE, ORGANIZATION_HEADER, TOKEN_PREFIX
from .errors import generic_error
from .faults import Faults
from .messages import HttpRequest, HttpResponse
from .requestlog import LoggedRequest

__all__ = ["MockServer", "start_mock_server"]

_log = logging.getLogger("zoho_billing_mock")
_T = TypeVar("_T")
_MAX_BODY = 10 * 1024 * 1024
_LINGER_SECONDS = 0.5  # per read, after an error answer (see _Handler._lingering_close)
_LINGER_READS = 16  # at most 1 MiB discarded
# RFC 9110 section 5.6.2: a method is a token.
_METHOD = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = f"zoho-billing-mock/{__version__}"
    sys_version = ""
    timeout = 120  # seconds an idle keep-alive connection stays open
    disable_nagle_algorithm = True  # headers and body are written separately: no 40 ms delayed-ACK stalls
    server: _HttpServer
    _linger = False  # set after an error answer: close with a lingering close (see finish)

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
            if self._linger:
                self._lingering_close()
        except OSError:
            pass
        finally:
            self.server.untrack(self.connection)

    def _lingering_close(self) -> None:
        """After an error answer the client may still be sending (the rest of a header block or a
        body that was not read). Closing a socket with unread input makes the kernel send a reset,
        which can destroy the answer before the client reads it; so send FIN first, then read and
        discard what is still coming, for a bounded time and amount."""
        self.connection.shutdown(socket.SHUT_WR)
        self.connection.settimeout(_LINGER_SECONDS)
        for _ in range(_LINGER_READS):
            if not self.connection.recv(65536):
                break

    def log_message(self, format: str, *args: Any) -> None:
        _log.info("%s - %s", self.address_string(), format % args)

    def __getattr__(self, name: str) -> Any:
        # BaseHTTPRequestHandler answers 501 for a method without a do_<METHOD>; every method goes
        # to the app instead, which answers 405 with Allow on a known path (404 on an unknown one).
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol errors (bad request line, oversized headers) in Zoho's envelope, not HTML.

        Always a full HTTP/1.1 answer (a request line too broken to name a version would
        otherwise get a bare HTTP/0.9 body), with `Connection: close`: the connection is closed
        after it, since the rest of what the client sent cannot be trusted to frame a request.
        """
        self.close_connection = self._linger = True
        if self.request_version in ("", "HTTP/0.9"):
            self.request_version = self.protocol_version
        self._send(HttpResponse.error(generic_error(code if code >= 400 else 400, message)))

    def _dispatch(self) -> None:
        if not _METHOD.fullmatch(self.command):
            self.send_error(400, "Invalid request method")
            return
        body = self._read_body()
        if body is None:
            return
        request = HttpRequest(self.command, self.path, list(self.headers.items()), body)
        response = self.server.app.handle(request)
        if response.drop:
            self._drop()
        else:
            self._send(response)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > _MAX_BODY:
            self.close_connection = self._linger = True
            self._send(HttpResponse.error(generic_error(400, "Invalid Content-Length")))
            return None
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes | None:
        data = bytearray()
        while True:
            line = self.rfile.readline(1024).split(b";", 1)[0].strip()
            try:
                size = int(line, 16)
            except ValueError:
                size = -1
            if size < 0 or len(data) + size > _MAX_BODY:
                self.close_connection = self._linger = True
                self._send(HttpResponse.error(generic_error(400, "Invalid chunked body")))
                return None
            if size == 0:
                while self.rfile.readline(1024).strip():  # trailers
                    pass
                return bytes(data)
            data += self.rfile.read(size)
            self.rfile.readline(1024)

    def _send(self, response: HttpResponse) -> None:
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            # Any answer after which the server closes the connection says so, so that a
            # keep-alive client does not send its next request on a connection about to close.
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD" and response.body:
            self.wfile.write(response.body)

    def _drop(self) -> None:
        """Close the connection without a byte of response."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops SYNs when tests open many connections at once,
    # which costs the client a one-second retransmit.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: MockApp) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.app = app
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def track(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        _log.debug("error on connection from %s", client_address, exc_info=True)


class MockServer:
    """A local Zoho Billing server; a context manager that starts on enter and stops on exit.

    >>> with MockServer() as mock:
    ...     httpx.get(mock.base_url + "/items", headers=mock.headers())
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        spec_path: Path | str | None = None,
        db_path: Path | str | None = None,
        tokens: Sequence[str] = (DEFAULT_TOKEN,),
        organizations: Sequence[str] = (DEFAULT_ORGANIZATION,),
        oauth_clients: Mapping[str, str] | None = None,
        refresh_tokens: Mapping[str, str] | None = None,
        access_token_ttl: int = 3600,
        scope: str = FULL_ACCESS_SCOPE,
        request_log_limit: int = 10_000,
        allowed_hosts: Sequence[str] = (),
    ) -> None:
        self.config = MockConfig(
            host=host,
            port=port,
            spec_path=spec_path,
            db_path=db_path,
            tokens=tuple(tokens),
            organizations=tuple(organizations),
            oauth_clients=dict(
                oauth_clients if oauth_clients is not None else {DEFAULT_CLIENT_ID: DEFAULT_CLIENT_SECRET}
            ),
            refresh_tokens=dict(
                refresh_tokens if refresh_tokens is not None else {DEFAULT_REFRESH_TOKEN: DEFAULT_CLIENT_ID}
            ),
            access_token_ttl=access_token_ttl,
            scope=scope,
            request_log_limit=request_log_limit,
            allowed_hosts=tuple(allowed_hosts),
        )
        self.app = MockApp(self.config)
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> Self:
        if self._httpd is not None:
            return self
        httpd = _HttpServer((self.config.host, self.config.port), self.app)
        host, port = httpd.server_address[:2]
        host_text = host.decode() if isinstance(host, bytes) else str(host)
        self.app.set_address(host_text, int(port))
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, name=f"zoho-billing-mock:{port}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, close open connections and the database. Safe to call twice."""
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
            httpd.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.app.close()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    # --- where it is -----------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the server is not running")
        return int(self._httpd.server_address[1])

    @property
    def root_url(self) -> str:
        """`http://127.0.0.1:<port>`: also the Zoho Accounts server and the `api_domain` it reports."""
        return self.app.root_url

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>/billing/v1`, the API's base URL."""
        return self.app.base_url

    @property
    def accounts_url(self) -> str:
        """Base URL of the emulated Zoho Accounts server (token endpoint: `accounts_url + /oauth/v2/token`)."""
        return self.app.root_url

    @property
    def token_url(self) -> str:
        return self.app.root_url + TOKEN_PATH

    @property
    def control_url(self) -> str:
        return self.app.root_url + "/__mock__"

    @property
    def token(self) -> str:
        """The first configured access token."""
        return self.config.tokens[0]

    @property
    def organization_id(self) -> str:
        """The first configured organization."""
        return self.app.default_organization()

    def headers(self, token: str | None = None, organization_id: str | None = None) -> dict[str, str]:
        """`Authorization` and organization headers for an API call."""
        return {
            "Authorization": f"{TOKEN_PREFIX} {token or self.token}",
            ORGANIZATION_HEADER: organization_id or self.organization_id,
        }

    # --- test controls (same as the /__mock__/ endpoints) ----------------------------------
    @property
    def faults(self) -> Faults:
        return self.app.faults

    @property
    def requests(self) -> list[LoggedRequest]:
        """Requests received so far (API and token endpoint; control calls are not logged)."""
        return self.app.requests.entries()

    def clear_requests(self) -> None:
        self.app.requests.clear()

    def reset(self) -> None:
        self.app.reset()

    def state(self) -> dict[str, Any]:
        """Every stored record by organization and kind, as stored (request-only fields included)."""
        snapshot: dict[str, Any] = jsonio.loads(jsonio.dumps(self.app.store.snapshot()))
        return snapshot

    def records(self, record: str, *, organization_id: str | None = None) -> list[dict[str, Any]]:
        """The stored records of a kind (`customer`, `item`, ...: the spec's `x-zoho-record` names), as stored."""
        kind = self.app.engine.record_type(record)
        return _plain(self.app.store.records(organization_id or self.organization_id, kind.name))

    def record(self, record: str, record_id: str, *, organization_id: str | None = None) -> dict[str, Any]:
        """One stored record, as stored (state fields and fields only requests carry included)."""
        kind = self.app.engine.record_type(record)
        with self.app.store.lock:
            return _plain(self.app.engine.find(organization_id or self.organization_id, kind, record_id))

    def set_fields(
        self, record: str, record_id: str, *, organization_id: str | None = None, **fields: Any
    ) -> dict[str, Any]:
        """Set what Zoho sets itself on a stored record: its read-only fields (not the ID) and its state
        fields (`x-zoho-record.state`, such as an item's `referenced`); `None` removes a field.

        >>> mock.set_fields("item", item_id, referenced=True)          # delete now gives 2049
        >>> mock.set_fields("customer", customer_id, zcrm_account_id="903000000021976", outstanding="250.75")
        """
        kind = self.app.engine.record_type(record)
        return _plain(self.app.engine.set_fields(organization_id or self.organization_id, kind, record_id, fields))

    def add_record(self, record: str, *, organization_id: str | None = None, **fields: Any) -> dict[str, Any]:
        """Store a record the API cannot create (such as a customer's transaction), with the record's
        defaults and generated fields; returns it as its schema shows it.

        >>> mock.add_record("transaction", customer_id=customer_id, type="invoice", amount="20.50")
        """
        kind = self.app.engine.record_type(record)
        created = self.app.engine.add_record(organization_id or self.organization_id, kind, fields)
        return _plain(self.app.engine.project(kind, created))

    def complete(
        self, record: str, record_id: str, *, organization_id: str | None = None, **given: Any
    ) -> dict[str, Any]:
        """Complete a stored record the way its user would (a hosted page: the customer paid on it),
        which then does what it was for; `outcome="failed"` or `"cancelled"` ends it so instead.

        >>> page = mock.complete("hosted_page", hostedpage_id)   # a new_subscription page subscribes
        """
        kind = self.app.engine.record_type(record)
        with self.app.store.lock:
            done = self.app.engine.billing.complete(organization_id or self.organization_id, kind, record_id, given)
        return _plain(done)

    def renew(self, record: str, record_id: str, *, organization_id: str | None = None) -> dict[str, Any]:
        """End a subscription's term now (the mock has no clock): a trial goes live, a live one renews,
        a non-renewing one expires; the new term is invoiced. Returns the subscription as stored."""
        kind = self.app.engine.record_type(record)
        with self.app.store.lock:
            done = self.app.engine.billing.renew(organization_id or self.organization_id, kind, record_id)
        return _plain(done)

    def set_webhooks(
        self,
        url: str,
        *,
        secret: str | None = None,
        event_types: Sequence[str] | None = None,
        retry_delays: Sequence[float] | None = None,
        timeout: float | None = None,
        organization_id: str | None = None,
    ) -> dict[str, Any]:
        """Deliver the organization's events to `url` (signed when `secret` is given), replacing its webhooks.

        >>> mock.set_webhooks("http://127.0.0.1:8000/hooks", secret="s3cretTokenValue", retry_delays=[0.05, 0.05])
        """
        described: dict[str, Any] = {"url": url}
        if secret is not None:
            described["secret"] = secret
        if event_types is not None:
            described["event_types"] = list(event_types)
        if retry_delays is not None:
            described["retry_delays"] = list(retry_delays)
        if timeout is not None:
            described["timeout"] = timeout
        [webhook] = self.app.webhooks.set(organization_id or self.organization_id, [described])
        return webhook.to_dict()

    def clear_webhooks(self, *, organization_id: str | None = None) -> None:
        self.app.webhooks.clear(organization_id or self.organization_id)

    def webhook_deliveries(self, *, organization_id: str | None = None) -> list[dict[str, Any]]:
        """Every delivery attempt so far (oldest first): event, webhook, attempt, status, error, outcome."""
        return [entry.to_dict() for entry in self.app.webhooks.deliveries(organization_id or self.organization_id)]

    @property
    def webhooks_idle(self) -> bool:
        """No delivery queued or being sent."""
        return self.app.webhooks.idle

    def add_token(
        self, token: str, *, scope: str | Iterable[str] = FULL_ACCESS_SCOPE, expires_in: float | None = None
    ) -> None:
        self.app.auth.add_token(token, scope=scope, expires_in=expires_in)

    def expire_token(self, token: str | None = None) -> int:
        """Expire one access token (every token when None): the next API call with it gets 401."""
        return self.app.auth.expire_token(token)

    def revoke_token(self, token: str) -> bool:
        return self.app.auth.revoke_token(token)

    def add_oauth_client(self, client_id: str, client_secret: str) -> None:
        self.app.auth.add_oauth_client(client_id, client_secret)

    def add_refresh_token(
        self, refresh_token: str, client_id: str = DEFAULT_CLIENT_ID, scope: str | None = None
    ) -> None:
        self.app.auth.add_refresh_token(refresh_token, client_id, scope)

    def add_organization(self, organization_id: str) -> None:
        self.app.auth.add_organization(organization_id)


def _plain(value: _T) -> _T:
    """A copy made of JSON types (exact decimals kept as `Decimal`)."""
    copied: _T = jsonio.loads(jsonio.dumps(value))
    return copied


def start_mock_server(**options: Any) -> MockServer:
    """Start a `MockServer` (on a free port unless `port=` is given); stop it with `.stop()`."""
    return MockServer(**options).start()
