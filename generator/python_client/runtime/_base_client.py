"""The transport under ``ZohoBilling`` and ``AsyncZohoBilling``: configuration, auth headers,
retries, errors and logging. The resource classes (``client.customers`` ...) are generated from the
spec into ``_resources.py`` and call ``_request`` / ``_paginate`` here.

Retries (``max_retries``, 2 by default, so at most 3 attempts):

* a connection that could not be made (connect error or connect/pool timeout): every operation,
  since the request never left;
* HTTP 429: every operation, since Zoho rejected the request without acting on it;
* a response timeout, a dropped connection, or HTTP 5xx: only operations that repeating cannot
  harm (GET, PUT, DELETE and the mark active/inactive state setters), never a create, which may
  have taken effect before the failure;
* a 401 when the client can refresh its token: the token is refreshed once and the request
  replayed (this does not count as a retry).

The wait before retry *n* (0-based) is ``initial_retry_delay * 2**n``, at most ``max_retry_delay``,
less a random 0-25 % (jitter). A ``Retry-After`` header (seconds or an HTTP date) on a 429 or 5xx
replaces it when it asks for a positive wait; one of 0, negative or in the past is ignored (the
normal backoff applies), one longer than ``max_retry_after`` is not waited for: the error is raised
at once, with its ``retry_after``. One function (``_retry_delay_after``) decides for the API calls
and the token refresh, sync and async.

Only HTTP 2xx is a success: any other status (a 3xx too; redirects are not followed) raises an
``APIStatusError``. Every failure is a ``ZohoBillingError``: arguments and options httpx or JSON
could not take (a negative timeout, CRLF in a header, a lone surrogate, an object JSON cannot hold)
are refused before sending with ``ZohoBillingValidationError``, a response nested too deeply to
parse is an ``APIResponseValidationError``.

Every log line goes to ``logging.getLogger("zoho_billing_client")``; none contains a token, the
client secret or the refresh token. They are scrubbed, in every form a text may hold them (as is,
``repr``-escaped, form-encoded), from Zoho's error messages and bodies, the token endpoint's
``error``, transport errors and the exceptions chained to them (``__cause__``, ``__context__``),
before any text is cut short.

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

import asyncio
import copy
import email.utils
import logging
import math
import platform
import random
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Self

import httpx

from . import _exceptions, error_codes
from ._auth import Credentials, TokenManager, check_secret, redact
from ._decode import M, Page, decode_page
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ZohoBillingValidationError,
)
from ._operation import Operation, Prepared
from ._pagination import AsyncPager, SyncPager
from ._spec import DATA_CENTERS, ORGANIZATION_HEADER, ORGANIZATION_ID_PATTERN, TOKEN_PATH, TOKEN_PREFIX, VERSION
from ._types import NOT_GIVEN, NotGiven
from .types import json_loads

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "AsyncAPIResource",
    "SyncAPIClient",
    "SyncAPIResource",
]

logger = logging.getLogger("zoho_billing_client")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
TOKEN_REFRESH_MARGIN = 60.0
USER_AGENT = f"zoho-billing-client/{VERSION} python/{platform.python_version()} httpx/{httpx.__version__}"

# Transport errors raised before any byte of the request was sent: safe to retry for every operation.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport errors after which the server may have acted on the request.
_MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


@dataclass(frozen=True, slots=True)
class _Settings:
    organization_id: str
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    initial_retry_delay: float
    max_retry_delay: float
    max_retry_after: float
    headers: Mapping[str, str]


TimeoutOption = float | httpx.Timeout | None


def _timeout(value: TimeoutOption) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _timeout_error(value: object) -> FieldError | None:
    """Why ``value`` is no timeout (seconds >= 0, None for none, or an ``httpx.Timeout`` of those)."""
    parts = [value.connect, value.read, value.write, value.pool] if isinstance(value, httpx.Timeout) else [value]
    for part in parts:
        if part is None:
            continue
        if isinstance(part, bool) or not isinstance(part, int | float) or not (0 <= part < math.inf):
            return FieldError(
                "timeout", "must be a number of seconds >= 0, None (no timeout) or an httpx.Timeout of those"
            )
    return None


def _max_retries_error(value: object) -> FieldError | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return FieldError("max_retries", "must be an integer >= 0")
    return None


_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*\Z")


def _header_errors(headers: Mapping[str, str], where: str) -> list[FieldError]:
    """Headers httpx could not send, or that would split the request (CR, LF, NUL, non-ASCII)."""
    errors: list[FieldError] = []
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            errors.append(FieldError(f"{where}[{name!r}]", "is not a valid header name"))
        elif not isinstance(value, str):
            errors.append(FieldError(f"{where}[{name!r}]", f"must be a string, not {type(value).__name__}"))
        elif not _HEADER_VALUE.match(value):
            errors.append(
                FieldError(f"{where}[{name!r}]", "must be printable ASCII (no CR, LF or other control character)")
            )
    return errors


def _check_settings(settings: _Settings) -> None:
    errors: list[FieldError] = []
    if not isinstance(settings.organization_id, str) or not re.fullmatch(
        ORGANIZATION_ID_PATTERN, settings.organization_id
    ):
        errors.append(FieldError("organization_id", f"must be a string matching {ORGANIZATION_ID_PATTERN}"))
    for problem in (_max_retries_error(settings.max_retries), _timeout_error(settings.timeout)):
        if problem is not None:
            errors.append(problem)
    for name in ("initial_retry_delay", "max_retry_delay", "max_retry_after"):
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
            errors.append(FieldError(name, "must be a number of seconds >= 0"))
    errors += _header_errors(settings.headers, "default_headers")
    if errors:
        raise ZohoBillingValidationError("client options", errors)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds (a number of seconds, or an HTTP date; 0 for one in the past); None
    when absent or unreadable. A wait that is not positive does not replace the backoff."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _scrub_arg(arg: object, secrets: list[str]) -> object:
    if isinstance(arg, str):
        return redact(arg, secrets)
    if isinstance(arg, bytes | bytearray):
        text = repr(arg)
        scrubbed = redact(text, secrets)
        return arg if scrubbed == text else scrubbed
    return arg


class _BaseClient:
    """What the sync and async clients share: configuration, credentials, errors, retry rules."""

    _settings: _Settings
    _tokens: TokenManager

    def __init__(
        self,
        *,
        organization_id: str,
        access_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        data_center: str = "com",
        base_url: str | httpx.URL | None = None,
        accounts_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        initial_retry_delay: float = INITIAL_RETRY_DELAY,
        max_retry_delay: float = MAX_RETRY_DELAY,
        max_retry_after: float = MAX_RETRY_AFTER,
        token_refresh_margin: float = TOKEN_REFRESH_MARGIN,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        secret_errors = []
        for name, value in (
            ("access_token", access_token),
            ("client_id", client_id),
            ("client_secret", client_secret),
            ("refresh_token", refresh_token),
        ):
            if value is None or value == "":
                continue
            problem = (
                f"must be a string, not {type(value).__name__}" if not isinstance(value, str) else check_secret(value)
            )
            if problem is not None:
                secret_errors.append(FieldError(name, problem))
        if secret_errors:
            raise ZohoBillingValidationError("client options", secret_errors)
        center = DATA_CENTERS.get(data_center) if isinstance(data_center, str) else None
        if center is None:
            raise ZohoBillingValidationError(
                "client options",
                [
                    FieldError(
                        "data_center", f"unknown data centre {data_center!r}; expected one of {', '.join(DATA_CENTERS)}"
                    )
                ],
            )
        refresh_parts = {"client_id": client_id, "client_secret": client_secret, "refresh_token": refresh_token}
        given = [name for name, value in refresh_parts.items() if value]
        if given and len(given) < len(refresh_parts):
            missing = [name for name in refresh_parts if name not in given]
            raise ZohoBillingValidationError(
                "client options",
                [FieldError(name, "is required to refresh the access token") for name in missing],
            )
        if not access_token and not given:
            raise ZohoBillingValidationError(
                "client options",
                [FieldError("access_token", "give an access token, or client_id, client_secret and refresh_token")],
            )
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **(default_headers or {}),
            ORGANIZATION_HEADER: organization_id,
        }
        self._settings = _Settings(
            organization_id=organization_id,
            base_url=str(base_url or center.api_url).rstrip("/"),
            timeout=timeout if _timeout_error(timeout) else _timeout(timeout),  # type: ignore[arg-type]
            max_retries=max_retries,
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            max_retry_after=max_retry_after,
            headers=headers,
        )
        _check_settings(self._settings)
        self.data_center = center
        credentials = (
            Credentials(client_id, client_secret, refresh_token)
            if client_id and client_secret and refresh_token
            else None
        )
        self._tokens = TokenManager(
            access_token=access_token,
            credentials=credentials,
            token_url=str(accounts_url or center.accounts_url).rstrip("/") + TOKEN_PATH,
            refresh_margin=token_refresh_margin,
        )

    # --- public ----------------------------------------------------------------------------
    @property
    def organization_id(self) -> str:
        return self._settings.organization_id

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def token_url(self) -> str:
        return self._tokens.token_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    def with_options(
        self,
        *,
        organization_id: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        initial_retry_delay: float | NotGiven = NOT_GIVEN,
        max_retry_delay: float | NotGiven = NOT_GIVEN,
        max_retry_after: float | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other options; it shares the connection pool and the token.

        An option left out (``NOT_GIVEN``) keeps this client's value; ``timeout=None`` turns the
        timeout off.
        """
        settings = self._settings
        changes: dict[str, Any] = {}
        if not isinstance(organization_id, NotGiven):
            changes["organization_id"] = organization_id
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = timeout if _timeout_error(timeout) else _timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            changes["max_retries"] = max_retries
        if not isinstance(initial_retry_delay, NotGiven):
            changes["initial_retry_delay"] = initial_retry_delay
        if not isinstance(max_retry_delay, NotGiven):
            changes["max_retry_delay"] = max_retry_delay
        if not isinstance(max_retry_after, NotGiven):
            changes["max_retry_after"] = max_retry_after
        if not isinstance(default_headers, NotGiven) or "organization_id" in changes:
            extra = default_headers if isinstance(default_headers, Mapping) else {}
            headers = {**settings.headers, **extra}
            headers[ORGANIZATION_HEADER] = changes.get("organization_id", settings.organization_id)
            changes["headers"] = headers
        new_settings = replace(settings, **changes)
        _check_settings(new_settings)
        clone = copy.copy(self)
        # Resources are cached per client (functools.cached_property): the copy makes its own.
        for name, value in list(vars(clone).items()):
            if isinstance(value, SyncAPIResource | AsyncAPIResource):
                del vars(clone)[name]
        clone._settings = new_settings
        return clone

    def __repr__(self) -> str:
        auth = "refresh_token" if self._tokens.can_refresh else "access_token"
        return (
            f"{type(self).__name__}(organization_id={self._settings.organization_id!r}, "
            f"data_center={self.data_center.id!r}, base_url={self._settings.base_url!r}, auth={auth!r})"
        )

    # --- shared internals ------------------------------------------------------------------
    def _redact(self, text: str) -> str:
        return redact(text, self._tokens.secrets())

    def _redact_body(self, body: Any, depth: int = 0) -> Any:
        """``body`` with every secret scrubbed from its strings (keys and values, a few levels deep)."""
        if isinstance(body, str):
            return self._redact(body)
        if depth > 20:
            return body
        if isinstance(body, dict):
            return {self._redact_body(k, depth + 1): self._redact_body(v, depth + 1) for k, v in body.items()}
        if isinstance(body, list):
            return [self._redact_body(v, depth + 1) for v in body]
        return body

    def _scrub_chain(self, error: BaseException) -> None:
        """Scrub secrets from the text of ``error`` and the exceptions chained to it (``__cause__``,
        ``__context__``), which a traceback prints after the SDK's own exception."""
        secrets = self._tokens.secrets()
        seen: set[int] = set()
        pending: list[BaseException | None] = [error]
        while pending and len(seen) < 50:
            current = pending.pop()
            if current is None or id(current) in seen:
                continue
            seen.add(id(current))
            args = current.args
            scrubbed = tuple(_scrub_arg(arg, secrets) for arg in args)
            if scrubbed != args:
                current.args = scrubbed
            for name in ("msg", "message"):  # h11's and httpcore's errors keep their text here too
                value = getattr(current, name, None)
                if isinstance(value, str) and redact(value, secrets) != value:
                    try:
                        setattr(current, name, redact(value, secrets))
                    except AttributeError:
                        pass
            pending += [current.__cause__, current.__context__]

    def _headers(
        self, prepared: Prepared, extra_headers: Mapping[str, str] | None, operation: Operation
    ) -> dict[str, str]:
        headers = dict(self._settings.headers)
        if prepared.content is not None:
            headers["Content-Type"] = "application/json"
        if operation.accept is not None:
            headers["Accept"] = operation.accept
        if extra_headers:
            errors = _header_errors(extra_headers, "extra_headers")
            if errors:
                raise ZohoBillingValidationError(operation.sdk_name, errors)
            headers.update(extra_headers)
        return headers

    def _call_options(
        self, operation: Operation, timeout: TimeoutOption | NotGiven, max_retries: int | NotGiven
    ) -> tuple[httpx.Timeout, int]:
        """The timeout and retries of one call: the client's, or the call's own (checked)."""
        settings = self._settings
        if isinstance(timeout, NotGiven) and isinstance(max_retries, NotGiven):
            return settings.timeout, settings.max_retries
        errors = [
            problem
            for problem in (
                None if isinstance(timeout, NotGiven) else _timeout_error(timeout),
                None if isinstance(max_retries, NotGiven) else _max_retries_error(max_retries),
            )
            if problem is not None
        ]
        if errors:
            raise ZohoBillingValidationError(operation.sdk_name, errors)
        return (
            settings.timeout if isinstance(timeout, NotGiven) else _timeout(timeout),
            settings.max_retries if isinstance(max_retries, NotGiven) else max_retries,
        )

    def _retry_delay(self, retries: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number ``retries`` (0-based); None: do not retry."""
        settings = self._settings
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            # 0, negative or past: no real wait was asked for, so the normal backoff applies (three
            # attempts within milliseconds would only repeat the 429).
            if retry_after is not None and retry_after > 0:
                return retry_after if retry_after <= settings.max_retry_after else None
        delay = min(settings.initial_retry_delay * 2.0**retries, settings.max_retry_delay)
        return delay * (1.0 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography

    def _retry_delay_after(
        self,
        idempotent: bool,
        retries: int,
        max_retries: int,
        *,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """The one retry decision of every loop (API calls and token refresh, sync and async): the
        seconds to wait before retrying after ``response`` or ``error``, or None to give up."""
        if retries >= max_retries:
            return None
        if error is not None:
            if not (isinstance(error, _NOT_SENT) or (idempotent and isinstance(error, _MAYBE_SENT))):
                return None
            return self._retry_delay(retries, None)
        if response is None:
            return None
        status = response.status_code
        if not (status == 429 or (status >= 500 and idempotent)):
            return None
        return self._retry_delay(retries, response)

    def _connection_error(self, operation: Operation | str, error: Exception) -> APIConnectionError:
        name = operation if isinstance(operation, str) else operation.sdk_name
        self._scrub_chain(error)
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{name}: request timed out ({type(error).__name__})", operation=name)
        detail = self._redact(str(error)) or "no response"
        if not isinstance(error, httpx.TransportError):
            return APIConnectionError(f"{name}: request not sent ({type(error).__name__}: {detail})", operation=name)
        return APIConnectionError(f"{name}: connection error ({type(error).__name__}: {detail})", operation=name)

    def _status_error(self, operation: Operation, response: httpx.Response, body: Any = None) -> APIStatusError:
        if body is None:
            try:
                body = json_loads(response.content)
            except (ValueError, RecursionError):
                text = response.content.decode("utf-8", errors="replace")
                body = self._redact(text)[:500]  # scrub first, then cut: no part of a secret survives
        body = self._redact_body(body)
        code: int | None = None
        message = response.reason_phrase or "error"
        if isinstance(body, dict):
            raw_code = body.get("code")
            if isinstance(raw_code, int) and not isinstance(raw_code, bool):
                code = raw_code
            elif isinstance(raw_code, str) and raw_code.isdigit() and raw_code.isascii():
                code = int(raw_code)
            raw_message = body.get("message")
            if isinstance(raw_message, str):
                message = raw_message
        elif isinstance(body, str) and body.strip():
            message = body.strip()[:200]
        documented = error_codes.ERROR_CODES.get((operation.module, code)) if code is not None else None
        status = response.status_code
        cls: type[APIStatusError]
        if documented is not None:
            # The catalogue names the class a caller catches for the code, whatever the HTTP status
            # (2006 "does not exist" is a NotFoundError with HTTP 404 and with HTTP 400).
            cls = getattr(_exceptions, documented.exception)
        elif status >= 500:
            cls = InternalServerError
        else:
            cls = _STATUS_ERRORS.get(status, APIStatusError)
        return cls(
            message,
            response=response,
            body=body,
            code=code,
            error_name=documented.name if documented else None,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            operation=operation.sdk_name,
        )

    def _success_body(self, operation: Operation, response: httpx.Response) -> Any:
        try:
            body = json_loads(response.content)
        except ValueError:
            raise APIResponseValidationError(
                "the response is not JSON",
                body=self._redact(response.content.decode("utf-8", errors="replace")),
                response=response,
                operation=operation.sdk_name,
            ) from None
        except RecursionError:
            raise APIResponseValidationError(
                "the response is nested too deeply to parse",
                body=None,
                response=response,
                operation=operation.sdk_name,
            ) from None
        if isinstance(body, dict):
            code = body.get("code", 0)
            if code != 0 and code != "0":  # a success body has code 0 (or none)
                raise self._status_error(operation, response, body)
        return body

    def _document_body(self, operation: Operation, response: httpx.Response) -> bytes:
        """The bytes of a document answer (an operation with ``accept``). A JSON answer instead is
        Zoho's envelope: an error code raises its typed error, and a success envelope is not the
        document asked for."""
        media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media == "application/json":
            self._success_body(operation, response)  # raises for a code other than 0
            raise APIResponseValidationError(
                f"the response is JSON, not {operation.accept}",
                body=self._redact(response.content.decode("utf-8", errors="replace")),
                response=response,
                operation=operation.sdk_name,
            )
        return response.content

    def _log_retry(
        self, operation: Operation | str, retries: int, delay: float, reason: str, max_retries: int | None = None
    ) -> None:
        name = operation if isinstance(operation, str) else operation.sdk_name
        logger.info(
            "retrying %s in %.2f s after %s (retry %d of %d)",
            name,
            delay,
            reason,
            retries + 1,
            self._settings.max_retries if max_retries is None else max_retries,
        )

    def _log_response(self, method: str, url: str, response: httpx.Response, started: float) -> None:
        logger.debug(
            "%s %s -> HTTP %d in %.1f ms",
            method,
            url,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )


class SyncAPIClient(_BaseClient):
    """Base of ``ZohoBilling``: a synchronous client on an ``httpx.Client``."""

    def __init__(
        self,
        *,
        organization_id: str,
        access_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        data_center: str = "com",
        base_url: str | httpx.URL | None = None,
        accounts_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        initial_retry_delay: float = INITIAL_RETRY_DELAY,
        max_retry_delay: float = MAX_RETRY_DELAY,
        max_retry_after: float = MAX_RETRY_AFTER,
        token_refresh_margin: float = TOKEN_REFRESH_MARGIN,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            access_token=access_token,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            data_center=data_center,
            base_url=base_url,
            accounts_url=accounts_url,
            timeout=timeout,
            max_retries=max_retries,
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            max_retry_after=max_retry_after,
            token_refresh_margin=token_refresh_margin,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self._settings.timeout)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def _send_refresh(self, form: dict[str, str]) -> httpx.Response:
        url = self._tokens.token_url
        settings = self._settings
        retries = 0
        while True:
            try:
                response = self._http.post(
                    url, data=form, headers={"Accept": "application/json"}, timeout=settings.timeout
                )
            except httpx.TransportError as error:
                delay = self._retry_delay_after(True, retries, settings.max_retries, error=error)
                if delay is None:
                    raise self._connection_error("oauth.refresh", error) from error
                self._log_retry("oauth.refresh", retries, delay, type(error).__name__)
            except (ValueError, TypeError, UnicodeError) as error:
                raise self._connection_error("oauth.refresh", error) from error
            else:
                delay = self._retry_delay_after(True, retries, settings.max_retries, response=response)
                if delay is None:
                    return response
                self._log_retry("oauth.refresh", retries, delay, f"HTTP {response.status_code}")
            retries += 1
            time.sleep(delay)

    def _request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        base: Any = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> tuple[Any, httpx.Response]:
        prepared = operation.prepare(
            path=path, query=query, body=body, base=base, extra_query=extra_query, extra_body=extra_body
        )
        return self._send(operation, prepared, extra_headers, timeout, max_retries)

    def _send(
        self,
        operation: Operation,
        prepared: Prepared,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> tuple[Any, httpx.Response]:
        settings = self._settings
        call_timeout, call_retries = self._call_options(operation, timeout, max_retries)
        url = settings.base_url + prepared.path
        headers = self._headers(prepared, extra_headers, operation)
        tokens = self._tokens
        retries = 0
        replayed = False
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            token = tokens.token(self._send_refresh)
            headers["Authorization"] = f"{TOKEN_PREFIX} {token}"
            started = time.perf_counter()
            try:
                response = self._http.request(
                    operation.method,
                    url,
                    params=prepared.params,
                    content=prepared.content,
                    headers=headers,
                    timeout=call_timeout,
                )
            except httpx.TransportError as error:
                delay = self._retry_delay_after(operation.idempotent, retries, call_retries, error=error)
                if delay is None:
                    raise self._connection_error(operation, error) from error
                self._log_retry(operation, retries, delay, type(error).__name__, call_retries)
                retries += 1
                time.sleep(delay)
                continue
            except (ValueError, TypeError, UnicodeError) as error:
                # What httpx could not send although the arguments were checked: never escapes raw.
                raise self._connection_error(operation, error) from error
            if debug:
                self._log_response(operation.method, url, response, started)
            status = response.status_code
            if 200 <= status < 300:
                if operation.accept is not None:
                    return self._document_body(operation, response), response
                return self._success_body(operation, response), response
            if status == 401 and not replayed and tokens.can_refresh:
                replayed = True
                tokens.token_after_401(token, self._send_refresh)
                continue
            delay = self._retry_delay_after(operation.idempotent, retries, call_retries, response=response)
            if delay is None:
                raise self._status_error(operation, response)
            self._log_retry(operation, retries, delay, f"HTTP {status}", call_retries)
            retries += 1
            time.sleep(delay)

    def _paginate(
        self,
        operation: Operation,
        item_type: type[M],
        key: str,
        *,
        query: Mapping[str, Any],
        path: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[M]:
        prepared = operation.prepare(path=path, query=query, extra_query=extra_query)
        self._call_options(operation, timeout, max_retries)  # bad options fail here, not on the first page
        start = query.get("page")
        first = start if isinstance(start, int) and not isinstance(start, bool) else 1

        def fetch(page: int) -> Page[M]:
            params = {**(prepared.params or {}), "page": page}
            data, response = self._send(
                operation, prepared._replace(params=params), extra_headers, timeout, max_retries
            )
            return decode_page(item_type, data, key, page=page, context=operation.sdk_name, response=response)

        return SyncPager(fetch, first, operation=operation.sdk_name)


class AsyncAPIClient(_BaseClient):
    """Base of ``AsyncZohoBilling``: an asyncio client on an ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        organization_id: str,
        access_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        data_center: str = "com",
        base_url: str | httpx.URL | None = None,
        accounts_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        initial_retry_delay: float = INITIAL_RETRY_DELAY,
        max_retry_delay: float = MAX_RETRY_DELAY,
        max_retry_after: float = MAX_RETRY_AFTER,
        token_refresh_margin: float = TOKEN_REFRESH_MARGIN,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            access_token=access_token,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            data_center=data_center,
            base_url=base_url,
            accounts_url=accounts_url,
            timeout=timeout,
            max_retries=max_retries,
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            max_retry_after=max_retry_after,
            token_refresh_margin=token_refresh_margin,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self._settings.timeout)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()

    async def _send_refresh(self, form: dict[str, str]) -> httpx.Response:
        url = self._tokens.token_url
        settings = self._settings
        retries = 0
        while True:
            try:
                response = await self._http.post(
                    url, data=form, headers={"Accept": "application/json"}, timeout=settings.timeout
                )
            except httpx.TransportError as error:
                delay = self._retry_delay_after(True, retries, settings.max_retries, error=error)
                if delay is None:
                    raise self._connection_error("oauth.refresh", error) from error
                self._log_retry("oauth.refresh", retries, delay, type(error).__name__)
            except (ValueError, TypeError, UnicodeError) as error:
                raise self._connection_error("oauth.refresh", error) from error
            else:
                delay = self._retry_delay_after(True, retries, settings.max_retries, response=response)
                if delay is None:
                    return response
                self._log_retry("oauth.refresh", retries, delay, f"HTTP {response.status_code}")
            retries += 1
            await asyncio.sleep(delay)

    async def _request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        base: Any = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> tuple[Any, httpx.Response]:
        prepared = operation.prepare(
            path=path, query=query, body=body, base=base, extra_query=extra_query, extra_body=extra_body
        )
        return await self._send(operation, prepared, extra_headers, timeout, max_retries)

    async def _send(
        self,
        operation: Operation,
        prepared: Prepared,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> tuple[Any, httpx.Response]:
        settings = self._settings
        call_timeout, call_retries = self._call_options(operation, timeout, max_retries)
        url = settings.base_url + prepared.path
        headers = self._headers(prepared, extra_headers, operation)
        tokens = self._tokens
        retries = 0
        replayed = False
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            token = await tokens.atoken(self._send_refresh)
            headers["Authorization"] = f"{TOKEN_PREFIX} {token}"
            started = time.perf_counter()
            try:
                response = await self._http.request(
                    operation.method,
                    url,
                    params=prepared.params,
                    content=prepared.content,
                    headers=headers,
                    timeout=call_timeout,
                )
            except httpx.TransportError as error:
                delay = self._retry_delay_after(operation.idempotent, retries, call_retries, error=error)
                if delay is None:
                    raise self._connection_error(operation, error) from error
                self._log_retry(operation, retries, delay, type(error).__name__, call_retries)
                retries += 1
                await asyncio.sleep(delay)
                continue
            except (ValueError, TypeError, UnicodeError) as error:
                # What httpx could not send although the arguments were checked: never escapes raw.
                raise self._connection_error(operation, error) from error
            if debug:
                self._log_response(operation.method, url, response, started)
            status = response.status_code
            if 200 <= status < 300:
                if operation.accept is not None:
                    return self._document_body(operation, response), response
                return self._success_body(operation, response), response
            if status == 401 and not replayed and tokens.can_refresh:
                replayed = True
                await tokens.atoken_after_401(token, self._send_refresh)
                continue
            delay = self._retry_delay_after(operation.idempotent, retries, call_retries, response=response)
            if delay is None:
                raise self._status_error(operation, response)
            self._log_retry(operation, retries, delay, f"HTTP {status}", call_retries)
            retries += 1
            await asyncio.sleep(delay)

    def _paginate(
        self,
        operation: Operation,
        item_type: type[M],
        key: str,
        *,
        query: Mapping[str, Any],
        path: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[M]:
        prepared = operation.prepare(path=path, query=query, extra_query=extra_query)
        self._call_options(operation, timeout, max_retries)  # bad options fail here, not on the first page
        start = query.get("page")
        first = start if isinstance(start, int) and not isinstance(start, bool) else 1

        async def fetch(page: int) -> Page[M]:
            params = {**(prepared.params or {}), "page": page}
            data, response = await self._send(
                operation, prepared._replace(params=params), extra_headers, timeout, max_retries
            )
            return decode_page(item_type, data, key, page=page, context=operation.sdk_name, response=response)

        return AsyncPager(fetch, first, operation=operation.sdk_name)


class SyncAPIResource:
    """Base of the generated sync resource classes (``client.customers``, ``client.items``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """Base of the generated async resource classes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
