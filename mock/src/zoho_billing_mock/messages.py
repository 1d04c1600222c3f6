"""An HTTP request and answer as the app and the control API see them (no HTTP plumbing here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import jsonio
from .errors import ZohoError

__all__ = ["JSON_CONTENT_TYPE", "HttpRequest", "HttpResponse"]

JSON_CONTENT_TYPE = "application/json;charset=UTF-8"


@dataclass
class HttpRequest:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


@dataclass
class HttpResponse:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    drop: bool = False

    @classmethod
    def json(cls, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> HttpResponse:
        return cls(
            status, jsonio.dumps(payload).encode(), [("Content-Type", JSON_CONTENT_TYPE), *(headers or {}).items()]
        )

    @classmethod
    def error(cls, error: ZohoError) -> HttpResponse:
        return cls.json(error.status, error.body(), error.headers)
