"""Fault injection: rate limiting, server errors, slow answers and dropped connections, on demand.

A test queues `Fault`s; each request (API or token endpoint, not the `/__mock__/` control API)
takes the first queued fault that matches it. `skip` lets that many matching requests through
first; `count` is how many requests the fault then hits (None: every one until cleared).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import format_datetime, formatdate
from typing import Any, Literal, TypeGuard

from .errors import ZohoError, generic_error

__all__ = ["FAULT_KINDS", "Fault", "FaultError", "Faults"]

FaultKind = Literal["rate_limit", "server_error", "slow", "drop"]
FAULT_KINDS: tuple[str, ...] = ("rate_limit", "server_error", "slow", "drop")
_DEFAULT_STATUS = {"rate_limit": 429, "server_error": 500}


class FaultError(ValueError):
    """A fault description the mock cannot use."""


@dataclass
class Fault:
    """One queued fault. Match fields left as None match every request."""

    kind: FaultKind
    status: int | None = None
    retry_after: int | str | None = 1
    retry_after_format: Literal["seconds", "http-date"] = "seconds"
    delay: float | None = None  # seconds to wait before answering (any kind)
    count: int | None = 1
    skip: int = 0
    operation_id: str | None = None
    path: str | None = None
    method: str | None = None
    when: Literal["before", "after"] = "before"
    id: int = 0
    fired: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise FaultError(f"kind must be one of {', '.join(FAULT_KINDS)}")
        if self.status is None:
            self.status = _DEFAULT_STATUS.get(self.kind)
        if self.status is not None and (not _is_int(self.status) or not 400 <= self.status <= 599):
            raise FaultError("status must be an HTTP error status (400-599)")
        if self.kind == "slow" and self.delay is None:
            self.delay = 1.0
        if self.delay is not None:
            if not _is_number(self.delay) or self.delay < 0:
                raise FaultError("delay must be a number of seconds >= 0")
            self.delay = float(self.delay)
        if self.count is not None and (not _is_int(self.count) or self.count < 1):
            raise FaultError("count must be a positive integer, or null for every matching request")
        if not _is_int(self.skip) or self.skip < 0:
            raise FaultError("skip must be an integer >= 0")
        if self.when not in ("before", "after"):
            raise FaultError("when must be 'before' or 'after'")
        if self.retry_after is not None and not (isinstance(self.retry_after, str) or _is_int(self.retry_after)):
            raise FaultError("retry_after must be whole seconds or an HTTP date")
        if _is_int(self.retry_after) and self.retry_after < 0:
            raise FaultError("retry_after must be >= 0")
        if self.retry_after_format not in ("seconds", "http-date"):
            raise FaultError("retry_after_format must be 'seconds' or 'http-date'")
        for name in ("operation_id", "path", "method"):
            if getattr(self, name) is not None and not isinstance(getattr(self, name), str):
                raise FaultError(f"{name} must be a string")
        if self.path is not None:
            try:
                re.compile(self.path)
            except re.error as error:
                raise FaultError(f"path is not a regular expression: {error}") from error
        if self.method is not None:
            self.method = self.method.upper()

    @classmethod
    def from_dict(cls, data: Any) -> Fault:
        if not isinstance(data, dict):
            raise FaultError("a fault is a JSON object")
        known = {item.name for item in fields(cls)} - {"id", "fired"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise FaultError(f"unknown fault field(s): {', '.join(unknown)}")
        try:
            return cls(**data)
        except TypeError as error:
            raise FaultError(str(error)) from error

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def matches(self, method: str, path: str, operation_id: str | None) -> bool:
        return (
            (self.operation_id is None or self.operation_id == operation_id)
            and (self.method is None or self.method == method.upper())
            and (self.path is None or re.search(self.path, path) is not None)
        )

    def error(self) -> ZohoError:
        """The answer of a rate_limit or server_error fault."""
        headers: dict[str, str] = {}
        if self.kind == "rate_limit" and self.retry_after is not None:
            if self.retry_after_format == "http-date" and isinstance(self.retry_after, int):
                headers["Retry-After"] = formatdate(time.time() + self.retry_after, usegmt=True)
            else:
                headers["Retry-After"] = str(self.retry_after)
        return generic_error(self.status or 500, headers=headers)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


class Faults:
    """The queue of faults of one server. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next_id = 1

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            fault.id = self._next_id
            self._next_id += 1
            self._faults.append(fault)
            return fault

    def rate_limit(self, *, retry_after: int | str | datetime | None = 1, **match: Any) -> Fault:
        """Answer HTTP 429 with `Retry-After` (seconds, or an HTTP date from a datetime or a string)."""
        if isinstance(retry_after, datetime):
            retry_after = format_datetime(retry_after.astimezone(UTC), usegmt=True)
        return self.add(Fault("rate_limit", retry_after=retry_after, **match))

    def server_error(self, *, status: int = 500, **match: Any) -> Fault:
        return self.add(Fault("server_error", status=status, **match))

    def slow(self, *, delay: float = 1.0, **match: Any) -> Fault:
        return self.add(Fault("slow", delay=delay, **match))

    def drop(self, **match: Any) -> Fault:
        """Close the connection without answering (`when='after'`: after the operation took effect)."""
        return self.add(Fault("drop", **match))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str, operation_id: str | None) -> Fault | None:
        """The fault that hits this request, if any (consuming one use of it)."""
        with self._lock:
            for fault in self._faults:
                if not fault.matches(method, path, operation_id):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                fault.fired += 1
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                return fault
            return None
