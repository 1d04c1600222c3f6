"""Zoho's error envelope `{code, message}` and the codes the mock answers with.

The item codes (1000, 2006, 2049, 2076) and their messages are Zoho's, from the spec's
`x-zoho-error-codes`. Zoho documents no code per HTTP status, so the generic codes below are the
mock's choice: the illustrative codes of the spec's shared error responses, reused as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "GENERIC_ERRORS",
    "ITEM_IN_USE_CANNOT_DELETE",
    "ITEM_NAME_ALREADY_EXISTS",
    "ITEM_NOT_FOUND",
    "ITEM_PRODUCT_TYPE_LOCKED",
    "ZohoError",
    "documented_error",
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

# Documented item codes: (HTTP status, code, Zoho's verbatim message).
ITEM_NAME_ALREADY_EXISTS = (400, 1000, "The item name already exist")
ITEM_NOT_FOUND = (404, 2006, "Item does not exist")
ITEM_IN_USE_CANNOT_DELETE = (
    400,
    2049,
    "Items which are a part of other transactions cannot be deleted. Instead, mark them as inactive",
)
ITEM_PRODUCT_TYPE_LOCKED = (400, 2076, "Product type cannot be changed for Items having transactions")


def generic_error(status: int, message: str | None = None, headers: dict[str, str] | None = None) -> ZohoError:
    """The error for an HTTP status with the mock's generic code; 5xx other than 500 reuse code 1."""
    code, default = GENERIC_ERRORS.get(status, GENERIC_ERRORS[500])
    return ZohoError(status, code, message or default, dict(headers or {}))


def documented_error(error: tuple[int, int, str]) -> ZohoError:
    """The error for one of the documented item codes above."""
    status, code, message = error
    return ZohoError(status, code, message)
