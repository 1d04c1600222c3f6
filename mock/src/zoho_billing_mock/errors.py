"""Zoho's error envelope `{code, message}` and the codes the mock answers with.

Documented codes (such as the items' 1000, 2006, 2049, 2076) and their messages come from the
spec's `x-zoho-error-codes`, named by the rules that raise them. Zoho documents no code per HTTP
status, so the generic codes below are the mock's choice: the illustrative codes of the spec's
shared error responses, reused as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "GENERIC_ERRORS",
    "ZohoError",
    "catalogued_error",
    "generic_error",
]


@dataclass
class ZohoError(Exception):
    """An error answer: HTTP `status` with the body `{"code": code, "message": message}`."""

    status: int
    code: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"HTTP {self.status}, code {self.code}: {self.message}"

    def body(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message}


# HTTP status -> (code, default message): the illustrative examples of components/responses.
GENERIC_ERRORS: dict[int, tuple[int, str]] = {
    400: (4, "Invalid value passed"),
    401: (57, "You are not authorized to perform this operation"),
    403: (56, "You do not have permission to perform this operation"),
    404: (5, "The requested resource does not exist"),
    405: (37, "The HTTP method is not allowed for this resource"),
    406: (38, "The requested response type is not supported"),
    429: (45, "You have made too many requests. Please try again later"),
    500: (1, "An internal error occurred. Please try again later"),
}


def generic_error(status: int, message: str | None = None, headers: dict[str, str] | None = None) -> ZohoError:
    """The error for an HTTP status with the mock's generic code; 5xx other than 500 reuse code 1."""
    code, default = GENERIC_ERRORS.get(status, GENERIC_ERRORS[500])
    return ZohoError(status, code, message or default, dict(headers or {}))


def catalogued_error(entry: dict[str, Any]) -> ZohoError:
    """The error of an entry of the spec's catalogue `x-zoho-error-codes`: its status, code and message."""
    return ZohoError(int(entry["http_status"]), int(entry["code"]), str(entry["message"]))
