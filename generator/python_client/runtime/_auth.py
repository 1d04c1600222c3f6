"""Access tokens: a fixed one, or one refreshed from Zoho Accounts with a refresh token.

With a refresh token the access token is fetched on first use, refreshed ``refresh_margin`` seconds
before its ``expires_in`` runs out (or at half its lifetime, when that is shorter), and refreshed
once more when the API answers 401 (revoked, or expired early). A refresh is single-flight: one
``threading.Lock`` for the sync client, one ``asyncio.Lock`` per event loop for the async client;
whoever waited for the lock while a refresh ran shares its outcome: the token just fetched, or the
very exception the refresh failed with (so 50 threads behind a failing token endpoint cause one
refresh, not 50). A call that starts after a failure tries again.

Tokens and secrets must be printable ASCII without whitespace (``check_secret``): a token read from
a file with its trailing newline, or one holding a control or non-ASCII character, is refused when
given (``ZohoBillingValidationError``) and when received from the token endpoint
(``AuthenticationError``, the token not stored), and neither message contains it. Neither the
tokens nor the client secret appear in any ``repr``, log line or exception text.

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from decimal import Decimal
from urllib.parse import quote, quote_plus

import httpx

from ._exceptions import AuthenticationError, ZohoBillingError
from .types import json_loads

__all__ = ["Credentials", "TokenManager", "check_secret"]

logger = logging.getLogger("zoho_billing_client")


def check_secret(value: str) -> str | None:
    """Why ``value`` cannot be a token or secret (never quoting it), or None when it can."""
    for index, char in enumerate(value):
        if not "!" <= char <= "~":
            if char.isspace():
                kind = "whitespace"
            elif char.isascii():
                kind = "a control character"
            else:
                kind = "a non-ASCII character"
            where = "at the end" if index == len(value) - 1 else f"at position {index + 1} of {len(value)}"
            return f"holds {kind} ({where}); tokens and secrets are printable ASCII without whitespace"
    return None


class Credentials:
    """OAuth client and refresh token; ``repr`` shows the client ID only."""

    __slots__ = ("client_id", "client_secret", "refresh_token")

    def __init__(self, client_id: str, client_secret: str, refresh_token: str) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.refresh_token = refresh_token

    def __repr__(self) -> str:
        return f"Credentials(client_id={self.client_id!r}, client_secret='***', refresh_token='***')"


class _Token:
    __slots__ = ("refresh_at", "value")

    def __init__(self, value: str, refresh_at: float) -> None:
        self.value = value
        self.refresh_at = refresh_at  # time.monotonic() after which the token is refreshed first


class TokenManager:
    """The current access token of a client, and its refresh (see module docstring).

    ``send_refresh`` and ``asend_refresh`` are given by the client: they POST the token request
    (with the client's retries) and return the response.
    """

    def __init__(
        self,
        *,
        access_token: str | None,
        credentials: Credentials | None,
        token_url: str,
        refresh_margin: float,
    ) -> None:
        self.credentials = credentials
        self.token_url = token_url
        self.refresh_margin = refresh_margin
        # A token given without a refresh token never expires as far as we know; one given with a
        # refresh token is used until it is rejected (its expiry is not known).
        self._token: _Token | None = _Token(access_token, float("inf")) if access_token else None
        self._lock = threading.Lock()
        # Incremented when a refresh ends (success or failure); ``_failure`` is the last failure and
        # the value of ``_epoch`` it ended. A caller that waited for the lock while a refresh ended
        # in failure raises that failure instead of refreshing again.
        self._epoch = 0
        self._failure: tuple[int, ZohoBillingError] | None = None
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.refreshes = 0  # how many times a token was fetched (for tests and diagnostics)

    def __repr__(self) -> str:
        return f"TokenManager(token_url={self.token_url!r}, refreshable={self.can_refresh})"

    @property
    def can_refresh(self) -> bool:
        return self.credentials is not None

    def secrets(self) -> list[str]:
        """Every secret this manager knows (for redaction)."""
        found = [self._token.value] if self._token is not None else []
        if self.credentials is not None:
            found += [self.credentials.client_secret, self.credentials.refresh_token]
        return [secret for secret in found if secret]

    # --- sync ------------------------------------------------------------------------------
    def token(self, send_refresh: Callable[[dict[str, str]], httpx.Response]) -> str:
        """A valid access token, fetched first if there is none or it is about to expire."""
        current = self._token
        if current is not None and time.monotonic() < current.refresh_at:
            return current.value
        epoch = self._epoch
        with self._lock:
            current = self._token
            if current is not None and time.monotonic() < current.refresh_at:
                return current.value
            self._raise_shared_failure(epoch)
            credentials = self._require_credentials()
            try:
                return self._store(credentials, send_refresh(self._form()))
            except ZohoBillingError as error:
                self._failed(error)
                raise
            finally:
                self._epoch += 1

    def token_after_401(self, rejected: str, send_refresh: Callable[[dict[str, str]], httpx.Response]) -> str | None:
        """After a 401 with ``rejected``: a new token (refreshed once, by one thread), or None if impossible."""
        if self.credentials is None:
            return None
        epoch = self._epoch
        with self._lock:
            current = self._token
            if current is not None and current.value != rejected and time.monotonic() < current.refresh_at:
                return current.value  # another thread refreshed while this one waited
            self._raise_shared_failure(epoch)
            try:
                return self._store(self.credentials, send_refresh(self._form()))
            except ZohoBillingError as error:
                self._failed(error)
                raise
            finally:
                self._epoch += 1

    # --- async -----------------------------------------------------------------------------
    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def atoken(self, send_refresh: Callable[[dict[str, str]], Awaitable[httpx.Response]]) -> str:
        current = self._token
        if current is not None and time.monotonic() < current.refresh_at:
            return current.value
        epoch = self._epoch
        async with self._async_lock():
            current = self._token
            if current is not None and time.monotonic() < current.refresh_at:
                return current.value
            self._raise_shared_failure(epoch)
            credentials = self._require_credentials()
            try:
                return self._store(credentials, await send_refresh(self._form()))
            except ZohoBillingError as error:
                self._failed(error)
                raise
            finally:
                self._epoch += 1

    async def atoken_after_401(
        self, rejected: str, send_refresh: Callable[[dict[str, str]], Awaitable[httpx.Response]]
    ) -> str | None:
        if self.credentials is None:
            return None
        epoch = self._epoch
        async with self._async_lock():
            current = self._token
            if current is not None and current.value != rejected and time.monotonic() < current.refresh_at:
                return current.value
            self._raise_shared_failure(epoch)
            try:
                return self._store(self.credentials, await send_refresh(self._form()))
            except ZohoBillingError as error:
                self._failed(error)
                raise
            finally:
                self._epoch += 1

    # --- shared ----------------------------------------------------------------------------
    def _failed(self, error: ZohoBillingError) -> None:
        self._failure = (self._epoch + 1, error)  # the epoch this refresh ends

    def _raise_shared_failure(self, epoch: int) -> None:
        """Raise the failure of the refresh that ended while this caller waited (it entered at ``epoch``)."""
        failure = self._failure
        if failure is not None and failure[0] > epoch and failure[0] == self._epoch:
            raise _copy_error(failure[1])

    def _require_credentials(self) -> Credentials:
        if self.credentials is None:  # unreachable: a client has a token, or credentials, or both
            raise RuntimeError("no access token and no refresh token")
        return self.credentials

    def _form(self) -> dict[str, str]:
        credentials = self._require_credentials()
        logger.info("refreshing the access token at %s", self.token_url)
        return {
            "grant_type": "refresh_token",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
            "refresh_token": credentials.refresh_token,
        }

    def _store(self, credentials: Credentials, response: httpx.Response) -> str:
        try:
            body = json_loads(response.content)
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to parse
            body = None
        token = body.get("access_token") if isinstance(body, dict) else None
        if not 200 <= response.status_code < 300 or not isinstance(token, str) or not token:
            reason = body.get("error") if isinstance(body, dict) else None
            # Zoho answers a bad refresh with HTTP 200 and {"error": "invalid_code"}; never echo the
            # request (it holds the secret and the refresh token), only Zoho's error word, scrubbed
            # of anything secret it may echo.
            if isinstance(reason, str):
                reason = redact(reason, self.secrets())[:200]
            else:
                reason = None
            detail = reason or f"HTTP {response.status_code}, no access_token in the answer"
            raise AuthenticationError(
                f"token refresh failed: {detail}",
                response=response,
                body={"error": reason} if reason is not None else None,
                code=None,
                operation="oauth.refresh",
            )
        problem = check_secret(token)
        if problem is not None:
            raise AuthenticationError(
                f"token refresh failed: the access_token received {problem}",
                response=response,
                body=None,
                code=None,
                operation="oauth.refresh",
            )
        expires_in = body.get("expires_in") if isinstance(body, dict) else None
        lifetime = _seconds(expires_in)
        now = time.monotonic()
        if lifetime is None or not math.isfinite(lifetime) or lifetime <= 0:
            refresh_at = float("inf")
        else:
            refresh_at = now + max(lifetime - self.refresh_margin, lifetime / 2)
        self._token = _Token(token, refresh_at)
        self.refreshes += 1
        logger.info(
            "access token refreshed; valid for %s",
            f"{lifetime:.0f} s" if lifetime is not None else "an unknown time",
        )
        return token


def _seconds(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _copy_error(error: ZohoBillingError) -> ZohoBillingError:
    """The same error (class, message, attributes, cause) as a new object, so each waiter raises its
    own exception with its own traceback instead of all growing one."""
    clone = type(error).__new__(type(error))
    clone.__dict__.update(vars(error))
    clone.args = error.args
    clone.__cause__ = error.__cause__
    clone.__suppress_context__ = True
    return clone


def secret_forms(secret: str) -> list[str]:
    """The ways ``secret`` can appear in a text: as is, as a Python ``repr`` (str or bytes) shows it,
    and form-encoded (as a token endpoint may echo its request)."""
    forms = {secret, repr(secret)[1:-1], repr(secret.encode("utf-8", "backslashreplace"))[2:-1]}
    forms.add(quote_plus(secret, safe=""))
    forms.add(quote(secret, safe=""))
    return sorted((form for form in forms if form), key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    """``text`` with every form of every secret replaced by ``***``."""
    for secret in secrets:
        for form in secret_forms(secret):
            if form in text:
                text = text.replace(form, "***")
    return text
