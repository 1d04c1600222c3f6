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
replaces it; one longer than ``max_retry_after`` is not waited for: the error is raised at once,
with its ``retry_after``.

Every log line goes to ``logging.getLogger("zoho_billing_client")``; none contains a token, the
client secret or the refresh token (they are also scrubbed from Zoho's error messages).

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

from . import error_codes
from ._auth import Credentials, TokenManager
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


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _check_settings(settings: _Settings) -> None:
    errors: list[FieldError] = []
    if not isinstance(settings.organization_id, str) or not re.fullmatch(
        ORGANIZATION_ID_PATTERN, settings.organization_id
    ):
        errors.append(FieldError("organization_id", f"must be a string matching {ORGANIZATION_ID_PATTERN}"))
    if isinstance(settings.max_retries, bool) or not isinstance(settings.max_retries, int) or settings.max_retries < 0:
        errors.append(FieldError("max_retries", "must be an integer >= 0"))
    for name in ("initial_retry_delay", "max_retry_delay", "max_retry_after"):
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
            errors.append(FieldError(name, "must be a number of seconds >= 0"))
    if errors:
        raise ZohoBillingValidationError("client options", errors)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds (a number of seconds, or an HTTP date); None when absent or unreadable."""
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
            timeout=_timeout(timeout),
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
        organization_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        initial_retry_delay: float | None = None,
        max_retry_delay: float | None = None,
        max_retry_after: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other options; it shares the connection pool and the token."""
        settings = self._settings
        changes: dict[str, Any] = {}
        if organization_id is not None:
            changes["organization_id"] = organization_id
        if timeout is not None:
            changes["timeout"] = _timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if initial_retry_delay is not None:
            changes["initial_retry_delay"] = initial_retry_delay
        if max_retry_delay is not None:
            changes["max_retry_delay"] = max_retry_delay
        if max_retry_after is not None:
            changes["max_retry_after"] = max_retry_after
        if default_headers is not None or organization_id is not None:
            headers = {**settings.headers, **(default_headers or {})}
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
        for secret in self._tokens.secrets():
            if secret in text:
                text = text.replace(secret, "***")
        return text

    def _headers(self, prepared: Prepared, extra_headers: Mapping[str, str] | None) -> dict[str, str]:
        headers = dict(self._settings.headers)
        if prepared.content is not None:
            headers["Content-Type"] = "application/json"
        if extra_headers:
            headers.update(extra_headers)
        return headers

    def _retry_delay(self, retries: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number ``retries`` (0-based); None: do not retry."""
        settings = self._settings
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                return retry_after if retry_after <= settings.max_retry_after else None
        delay = min(settings.initial_retry_delay * 2.0**retries, settings.max_retry_delay)
        return delay * (1.0 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography

    def _retryable_status(self, operation: Operation, status: int) -> bool:
        return status == 429 or (status >= 500 and operation.idempotent)

    @staticmethod
    def _retryable_error(operation: Operation, error: httpx.TransportError) -> bool:
        return isinstance(error, _NOT_SENT) or (operation.idempotent and isinstance(error, _MAYBE_SENT))

    def _connection_error(self, operation: Operation | str, error: httpx.TransportError) -> APIConnectionError:
        name = operation if isinstance(operation, str) else operation.sdk_name
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{name}: request timed out ({type(error).__name__})", operation=name)
        detail = self._redact(str(error)) or "no response"
        return APIConnectionError(f"{name}: connection error ({type(error).__name__}: {detail})", operation=name)

    def _status_error(self, operation: str, response: httpx.Response, body: Any = None) -> APIStatusError:
        if body is None:
            try:
                body = json_loads(response.content)
            except ValueError:
                text = response.content.decode("utf-8", errors="replace")
                body = text[:500]
        code: int | None = None
        message = response.reason_phrase or "error"
        if isinstance(body, dict):
            raw_code = body.get("code")
            if isinstance(raw_code, int) and not isinstance(raw_code, bool):
                code = raw_code
            raw_message = body.get("message")
            if isinstance(raw_message, str):
                message = raw_message
        elif isinstance(body, str) and body.strip():
            message = body.strip()[:200]
        documented = error_codes.ERROR_CODES.get(code) if code is not None else None
        status = response.status_code
        if status >= 500:
            cls: type[APIStatusError] = InternalServerError
        elif status >= 400:
            cls = _STATUS_ERRORS.get(status, APIStatusError)
        else:  # HTTP 2xx with code != 0: classify by the catalogue's status for the code
            cls = _STATUS_ERRORS.get(documented.http_status, APIStatusError) if documented else APIStatusError
        return cls(
            self._redact(message),
            response=response,
            body=body,
            code=code,
            error_name=documented.name if documented else None,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            operation=operation,
        )

    def _success_body(self, operation: Operation, response: httpx.Response) -> Any:
        try:
            body = json_loads(response.content)
        except ValueError:
            raise APIResponseValidationError(
                "the response is not JSON",
                body=response.content.decode("utf-8", errors="replace"),
                response=response,
                operation=operation.sdk_name,
            ) from None
        if isinstance(body, dict):
            code = body.get("code", 0)
            if code != 0 and code != "0":  # a success body has code 0 (or none)
                raise self._status_error(operation.sdk_name, response, body)
        return body

    def _log_retry(self, operation: Operation | str, retries: int, delay: float, reason: str) -> None:
        name = operation if isinstance(operation, str) else operation.sdk_name
        logger.info(
            "retrying %s in %.2f s after %s (retry %d of %d)",
            name,
            delay,
            reason,
            retries + 1,
            self._settings.max_retries,
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
        retries = 0
        while True:
            try:
                response = self._http.post(
                    url, data=form, headers={"Accept": "application/json"}, timeout=self._settings.timeout
                )
            except httpx.TransportError as error:
                if retries < self._settings.max_retries and isinstance(error, _NOT_SENT + _MAYBE_SENT):
                    delay = self._retry_delay(retries, None)
                    if delay is not None:
                        self._log_retry("oauth.refresh", retries, delay, type(error).__name__)
                        retries += 1
                        time.sleep(delay)
                        continue
                raise self._connection_error("oauth.refresh", error) from error
            if (response.status_code == 429 or response.status_code >= 500) and retries < self._settings.max_retries:
                delay = self._retry_delay(retries, response)
                if delay is not None:
                    self._log_retry("oauth.refresh", retries, delay, f"HTTP {response.status_code}")
                    retries += 1
                    time.sleep(delay)
                    continue
            return response

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
    ) -> tuple[Any, httpx.Response]:
        prepared = operation.prepare(
            path=path, query=query, body=body, base=base, extra_query=extra_query, extra_body=extra_body
        )
        return self._send(operation, prepared, extra_headers)

    def _send(
        self, operation: Operation, prepared: Prepared, extra_headers: Mapping[str, str] | None
    ) -> tuple[Any, httpx.Response]:
        settings = self._settings
        url = settings.base_url + prepared.path
        headers = self._headers(prepared, extra_headers)
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
                    timeout=settings.timeout,
                )
            except httpx.TransportError as error:
                if retries < settings.max_retries and self._retryable_error(operation, error):
                    delay = self._retry_delay(retries, None)
                    if delay is not None:
                        self._log_retry(operation, retries, delay, type(error).__name__)
                        retries += 1
                        time.sleep(delay)
                        continue
                raise self._connection_error(operation, error) from error
            if debug:
                self._log_response(operation.method, url, response, started)
            status = response.status_code
            if status < 400:
                return self._success_body(operation, response), response
            if status == 401 and not replayed and tokens.can_refresh:
                replayed = True
                tokens.token_after_401(token, self._send_refresh)
                continue
            if retries < settings.max_retries and self._retryable_status(operation, status):
                delay = self._retry_delay(retries, response)
                if delay is not None:
                    self._log_retry(operation, retries, delay, f"HTTP {status}")
                    retries += 1
                    time.sleep(delay)
                    continue
            raise self._status_error(operation.sdk_name, response)

    def _paginate(
        self,
        operation: Operation,
        item_type: type[M],
        key: str,
        *,
        query: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[M]:
        prepared = operation.prepare(query=query, extra_query=extra_query)
        start = query.get("page")
        first = start if isinstance(start, int) and not isinstance(start, bool) else 1

        def fetch(page: int) -> Page[M]:
            params = {**(prepared.params or {}), "page": page}
            data, response = self._send(operation, prepared._replace(params=params), extra_headers)
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
        retries = 0
        while True:
            try:
                response = await self._http.post(
                    url, data=form, headers={"Accept": "application/json"}, timeout=self._settings.timeout
                )
            except httpx.TransportError as error:
                if retries < self._settings.max_retries and isinstance(error, _NOT_SENT + _MAYBE_SENT):
                    delay = self._retry_delay(retries, None)
                    if delay is not None:
                        self._log_retry("oauth.refresh", retries, delay, type(error).__name__)
                        retries += 1
                        await asyncio.sleep(delay)
                        continue
                raise self._connection_error("oauth.refresh", error) from error
            if (response.status_code == 429 or response.status_code >= 500) and retries < self._settings.max_retries:
                delay = self._retry_delay(retries, response)
                if delay is not None:
                    self._log_retry("oauth.refresh", retries, delay, f"HTTP {response.status_code}")
                    retries += 1
                    await asyncio.sleep(delay)
                    continue
            return response

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
    ) -> tuple[Any, httpx.Response]:
        prepared = operation.prepare(
            path=path, query=query, body=body, base=base, extra_query=extra_query, extra_body=extra_body
        )
        return await self._send(operation, prepared, extra_headers)

    async def _send(
        self, operation: Operation, prepared: Prepared, extra_headers: Mapping[str, str] | None
    ) -> tuple[Any, httpx.Response]:
        settings = self._settings
        url = settings.base_url + prepared.path
        headers = self._headers(prepared, extra_headers)
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
                    timeout=settings.timeout,
                )
            except httpx.TransportError as error:
                if retries < settings.max_retries and self._retryable_error(operation, error):
                    delay = self._retry_delay(retries, None)
                    if delay is not None:
                        self._log_retry(operation, retries, delay, type(error).__name__)
                        retries += 1
                        await asyncio.sleep(delay)
                        continue
                raise self._connection_error(operation, error) from error
            if debug:
                self._log_response(operation.method, url, response, started)
            status = response.status_code
            if status < 400:
                return self._success_body(operation, response), response
            if status == 401 and not replayed and tokens.can_refresh:
                replayed = True
                await tokens.atoken_after_401(token, self._send_refresh)
                continue
            if retries < settings.max_retries and self._retryable_status(operation, status):
                delay = self._retry_delay(retries, response)
                if delay is not None:
                    self._log_retry(operation, retries, delay, f"HTTP {status}")
                    retries += 1
                    await asyncio.sleep(delay)
                    continue
            raise self._status_error(operation.sdk_name, response)

    def _paginate(
        self,
        operation: Operation,
        item_type: type[M],
        key: str,
        *,
        query: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[M]:
        prepared = operation.prepare(query=query, extra_query=extra_query)
        start = query.get("page")
        first = start if isinstance(start, int) and not isinstance(start, bool) else 1

        async def fetch(page: int) -> Page[M]:
            params = {**(prepared.params or {}), "page": page}
            data, response = await self._send(operation, prepared._replace(params=params), extra_headers)
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
