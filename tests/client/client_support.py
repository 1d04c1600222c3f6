"""Helpers of the SDK layer's tests (imported by conftest.py and the tests): the local server in a
subprocess with its control API, and a scripted server for answers the local server never gives."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

MOCK_BIN = Path(sys.executable).parent / "zoho-billing-mock"
ORGANIZATION = "10234695"
TOKEN = "mock-access-token"
CLIENT_ID = "mock-client-id"
CLIENT_SECRET = "mock-client-secret"
REFRESH_TOKEN = "mock-refresh-token"
FAST_RETRIES = {"initial_retry_delay": 0.01, "max_retry_delay": 0.05}


class Mock:
    """A running `zoho-billing-mock` process and its control API."""

    def __init__(self, process: subprocess.Popen[str], root_url: str) -> None:
        self.process = process
        self.root_url = root_url
        self.base_url = root_url + "/billing/v1"
        self.accounts_url = root_url
        self.control = httpx.Client(base_url=root_url + "/__mock__", timeout=10)

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        response = self.control.request(method, path, json=body)
        response.raise_for_status()
        return response.json()

    def reset(self) -> None:
        self._call("POST", "/reset")

    def fault(self, kind: str, **options: Any) -> None:
        self._call("POST", "/faults", {"kind": kind, **options})

    def requests(self, operation_id: str | None = None) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = self._call("GET", "/requests")["requests"]
        return [entry for entry in entries if operation_id is None or entry["operation_id"] == operation_id]

    def clear_requests(self) -> None:
        self._call("DELETE", "/requests")

    def token_requests(self) -> list[dict[str, Any]]:
        return self.requests("oauth_token")

    def expire_tokens(self, token: str | None = None) -> None:
        self._call("POST", "/tokens/expire", {"access_token": token} if token else {})

    def revoke_token(self, token: str) -> None:
        self._call("POST", "/tokens/revoke", {"access_token": token})

    def add_record(self, record: str, **fields: Any) -> dict[str, Any]:
        """Store a record the API cannot create (such as a transaction) through the generic control API."""
        [created] = self._call("POST", f"/records/{record}", fields)["records"]
        return dict(created)

    def set_fields(self, record: str, record_id: str, **fields: Any) -> dict[str, Any]:
        """Set read-only or state fields of a stored record (an item's `referenced`, a customer's CRM links)."""
        return dict(self._call("PATCH", f"/records/{record}/{record_id}", fields)["record"])

    def stop(self) -> None:
        self.control.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_mock(*arguments: str) -> Mock:
    process = subprocess.Popen(
        [str(MOCK_BIN), "--port", "0", *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"listening on (http://\S+)/billing/v1", line)
    if found is None:
        process.kill()
        raise RuntimeError(
            f"zoho-billing-mock did not start: {line!r} {process.stderr.read() if process.stderr else ''}"
        )
    # Drain the rest of its output so neither pipe ever fills.
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            threading.Thread(target=stream.read, daemon=True).start()
    return Mock(process, found.group(1))


def refresh_options(server: Mock) -> dict[str, Any]:
    return {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "base_url": server.base_url,
        "accounts_url": server.accounts_url,
    }


# --- scripted server -------------------------------------------------------------------------
@dataclass
class Canned:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body, parse_float=str)


class ScriptedServer(ThreadingHTTPServer):
    """Answers `(method, path)` with the queued canned responses (the last one repeats)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ScriptedHandler)
        self.routes: dict[tuple[str, str], list[Canned]] = {}
        self.received: list[Received] = []
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}/billing/v1"

    def answer(self, method: str, path: str, *responses: Canned) -> None:
        self.routes[(method, "/billing/v1" + path)] = list(responses)

    def next_response(self, method: str, path: str) -> Canned:
        queue = self.routes.get((method, path))
        if not queue:
            return Canned(404, {"code": 5, "message": "no canned response"})
        return queue.pop(0) if len(queue) > 1 else queue[0]


class _ScriptedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ScriptedServer

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        self.server.received.append(Received(self.command, self.path, dict(self.headers.items()), body))
        canned = self.server.next_response(self.command, path)
        payload = canned.encoded()
        self.send_response(canned.status)
        for name, value in {"Content-Type": "application/json", **canned.headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 - http.server's naming

    def log_message(self, format: str, *args: Any) -> None:
        pass
