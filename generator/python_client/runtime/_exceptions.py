"""The exceptions of the SDK layer: one base, ``ZohoBillingError``, and a class per kind of failure.

::

    ZohoBillingError
    ├── ZohoBillingValidationError      bad arguments, raised before any request (also a ValueError)
    └── APIError
        ├── APIStatusError              HTTP >= 400, or HTTP 2xx whose body has ``code != 0``
        │   ├── BadRequestError         400
        │   ├── AuthenticationError     401, or a failed token refresh
        │   ├── PermissionDeniedError   403
        │   ├── NotFoundError           404
        │   ├── RateLimitError          429
        │   └── InternalServerError     >= 500
        ├── APIConnectionError          no response (connection refused, reset, dropped)
        │   └── APITimeoutError         no response in time
        └── APIResponseValidationError  a success response without the object the operation returns

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ZohoBillingError",
    "ZohoBillingValidationError",
]


class ZohoBillingError(Exception):
    """Base class of every exception this package raises on purpose."""


class FieldError(NamedTuple):
    """One problem with one argument: ``field`` is its name (``billing_address.zip``, ``tags[0].tag_id``)."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ZohoBillingValidationError(ZohoBillingError, ValueError):
    """Arguments the spec does not allow (missing, too long, wrong type...); no request was sent."""

    def __init__(self, operation: str, errors: Sequence[FieldError]) -> None:
        self.operation = operation
        self.errors = list(errors)
        super().__init__(f"{operation}: " + "; ".join(str(error) for error in self.errors))


class APIError(ZohoBillingError):
    """A call to the API failed. ``operation`` is the SDK method (``items.create``)."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation


class APIStatusError(APIError):
    """Zoho answered with an error: HTTP status >= 400, or HTTP 2xx with a non-zero ``code``.

    ``status_code`` is the HTTP status, ``code`` Zoho's error code (None when the body had none),
    ``message`` Zoho's explanation, ``error_name`` the constant name of a documented code
    (``ITEM_NAME_ALREADY_EXISTS``), ``body`` the parsed body and ``response`` the ``httpx.Response``.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        code: int | None,
        error_name: str | None = None,
        retry_after: float | None = None,
        operation: str | None = None,
    ) -> None:
        self.status_code = response.status_code
        self.code = code
        self.message = message
        self.error_name = error_name
        self.body = body
        self.response = response
        self.retry_after = retry_after
        where = f"{operation}: " if operation else ""
        label = f"code {code} ({error_name})" if error_name else f"code {code}"
        super().__init__(f"{where}HTTP {self.status_code}, {label}: {message}", operation=operation)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"message={self.message!r}, operation={self.operation!r})"
        )


class BadRequestError(APIStatusError):
    """HTTP 400: Zoho rejected the request (invalid value, duplicate name, item in use...)."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the access token is missing, invalid or expired (and could not be refreshed)."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the token's scopes or the organization do not allow this call."""


class NotFoundError(APIStatusError):
    """HTTP 404: no such customer, item or path."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests. ``retry_after`` is the server's ``Retry-After`` in seconds, if given."""


class InternalServerError(APIStatusError):
    """HTTP 5xx: Zoho failed to answer."""


class APIConnectionError(APIError):
    """No response: the connection could not be made, or was reset or dropped."""

    def __init__(self, message: str = "Connection error.", *, operation: str | None = None) -> None:
        super().__init__(message, operation=operation)


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""

    def __init__(self, message: str = "Request timed out.", *, operation: str | None = None) -> None:
        super().__init__(message, operation=operation)


class APIResponseValidationError(APIError):
    """A success response without the object the operation returns; ``body`` keeps it whole."""

    def __init__(self, message: str, *, body: Any, response: httpx.Response, operation: str | None = None) -> None:
        super().__init__(f"{operation}: {message}" if operation else message, operation=operation)
        self.body = body
        self.response = response
        self.status_code = response.status_code
