"""The log of the requests a server received, for tests to count retries and inspect headers."""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import jsonio

__all__ = ["LoggedRequest", "RequestLog"]


@dataclass
class LoggedRequest:
    """One request as received; `status` is the HTTP status answered (None if the connection was dropped)."""

    id: int
    timestamp: str
    time: float
    method: str
    path: str
    query: str
    query_params: dict[str, list[str]]
    headers: dict[str, str]
    body: str
    operation_id: str | None = None
    status: int | None = None
    fault: str | None = None
    _header_index: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def header(self, name: str) -> str | None:
        """A request header by case-insensitive name."""
        if not self._header_index:
            self._header_index = {key.lower(): value for key, value in self.headers.items()}
        return self._header_index.get(name.lower())

    def json(self) -> Any:
        """The body parsed as JSON (decimals exact)."""
        return jsonio.loads(self.body)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("_header_index")
        return data


class RequestLog:
    """Thread-safe, bounded list of `LoggedRequest` (oldest dropped first)."""

    def __init__(self, limit: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._entries: list[LoggedRequest] = []
        self._next_id = 1
        self.limit = limit

    def record(
        self,
        *,
        method: str,
        path: str,
        query: str,
        query_pairs: list[tuple[str, str]],
        headers: list[tuple[str, str]],
        body: bytes,
        operation_id: str | None,
    ) -> LoggedRequest:
        params: dict[str, list[str]] = {}
        for name, value in query_pairs:
            params.setdefault(name, []).append(value)
        joined: dict[str, str] = {}
        for name, value in headers:
            joined[name] = f"{joined[name]}, {value}" if name in joined else value
        now = time.time()
        with self._lock:
            entry = LoggedRequest(
                id=self._next_id,
                timestamp=datetime.fromtimestamp(now, UTC).isoformat(timespec="microseconds"),
                time=now,
                method=method,
                path=path,
                query=query,
                query_params=params,
                headers=joined,
                body=body.decode("utf-8", errors="replace"),
                operation_id=operation_id,
            )
            self._next_id += 1
            self._entries.append(entry)
            if len(self._entries) > self.limit:
                del self._entries[: len(self._entries) - self.limit]
            return entry

    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
