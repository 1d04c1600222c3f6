"""Access tokens, organizations and the emulated Zoho Accounts token endpoint.

The API accepts `Authorization: Zoho-oauthtoken <token>` only (never `Bearer`). A token is valid
when it was configured at start, added later, or issued by `POST /oauth/v2/token`, and has been
neither revoked nor expired. Configured tokens never expire and carry the full-access scope.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import generic_error
from .spec import Operation

__all__ = ["FULL_ACCESS_SCOPE", "ORGANIZATION_HEADER", "TOKEN_PREFIX", "AccessToken", "Auth", "parse_scopes"]

FULL_ACCESS_SCOPE = "ZohoSubscriptions.fullaccess.all"
ORGANIZATION_HEADER = "X-com-zoho-subscriptions-organizationid"
TOKEN_PREFIX = "Zoho-oauthtoken"  # noqa: S105 - the Authorization scheme word


def parse_scopes(scope: str | Iterable[str]) -> frozenset[str]:
    """Scopes from Zoho's comma-separated form (spaces accepted too) or from an iterable."""
    if isinstance(scope, str):
        return frozenset(part for part in re.split(r"[,\s]+", scope) if part)
    return frozenset(scope)


@dataclass
class AccessToken:
    token: str
    scopes: frozenset[str]
    expires_at: float | None = None
    issued_by_oauth: bool = False

    def is_expired(self, now: float) -> bool:
        return self.expires_at is not None and now >= self.expires_at

    def allows(self, operation: Operation) -> bool:
        if FULL_ACCESS_SCOPE in self.scopes or not operation.scope_sets:
            return True
        return any(required <= self.scopes for required in operation.scope_sets)

    def describe(self, now: float) -> dict[str, Any]:
        return {
            "access_token": self.token,
            "scope": ",".join(sorted(self.scopes)),
            "expires_in": None if self.expires_at is None else max(0, int(self.expires_at - now)),
            "expired": self.is_expired(now),
            "issued_by_oauth": self.issued_by_oauth,
        }


@dataclass
class _RefreshToken:
    client_id: str
    scope: str


class Auth:
    """Who may call the API, for which organizations, and the OAuth token endpoint."""

    def __init__(
        self,
        *,
        tokens: Iterable[str],
        organizations: Iterable[str],
        oauth_clients: Mapping[str, str],
        refresh_tokens: Mapping[str, str],
        access_token_ttl: int = 3600,
        scope: str = FULL_ACCESS_SCOPE,
    ) -> None:
        self._lock = threading.Lock()
        self._initial = (tuple(tokens), tuple(organizations), dict(oauth_clients), dict(refresh_tokens))
        self.access_token_ttl = access_token_ttl
        self.default_scope = scope
        self._tokens: dict[str, AccessToken] = {}
        self._organizations: list[str] = []
        self._clients: dict[str, str] = {}
        self._refresh_tokens: dict[str, _RefreshToken] = {}
        self.reset()

    # --- configuration ---------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the tokens, organizations, clients and refresh tokens given at start."""
        tokens, organizations, clients, refresh_tokens = self._initial
        with self._lock:
            self._tokens = {token: AccessToken(token, frozenset({FULL_ACCESS_SCOPE})) for token in tokens}
            self._organizations = list(dict.fromkeys(organizations))
            self._clients = dict(clients)
            self._refresh_tokens = {
                token: _RefreshToken(client_id, self.default_scope) for token, client_id in refresh_tokens.items()
            }

    @property
    def organizations(self) -> list[str]:
        with self._lock:
            return list(self._organizations)

    def add_organization(self, organization_id: str) -> None:
        if not re.fullmatch(r"[0-9]+", organization_id):
            raise generic_error(400, "Invalid value passed for organization_id: must be digits")
        with self._lock:
            if organization_id not in self._organizations:
                self._organizations.append(organization_id)

    def add_token(
        self, token: str, *, scope: str | Iterable[str] = FULL_ACCESS_SCOPE, expires_in: float | None = None
    ) -> None:
        if not token or any(character.isspace() for character in token):
            raise generic_error(400, "Invalid value passed for access_token: must be a non-empty word")
        expires_at = None if expires_in is None else time.time() + expires_in
        with self._lock:
            self._tokens[token] = AccessToken(token, parse_scopes(scope), expires_at)

    def expire_token(self, token: str | None = None) -> int:
        """Make one token (or every token) expired; returns how many were changed."""
        now = time.time()
        with self._lock:
            targets = [self._tokens[token]] if token in self._tokens else [] if token else list(self._tokens.values())
            for entry in targets:
                entry.expires_at = now - 1
            return len(targets)

    def revoke_token(self, token: str) -> bool:
        with self._lock:
            return self._tokens.pop(token, None) is not None

    def add_oauth_client(self, client_id: str, client_secret: str) -> None:
        with self._lock:
            self._clients[client_id] = client_secret

    def add_refresh_token(self, refresh_token: str, client_id: str, scope: str | None = None) -> None:
        with self._lock:
            self._refresh_tokens[refresh_token] = _RefreshToken(client_id, scope or self.default_scope)

    def describe(self) -> dict[str, Any]:
        now = time.time()
        with self._lock:
            return {
                "organizations": list(self._organizations),
                "access_tokens": [entry.describe(now) for entry in self._tokens.values()],
                "oauth_clients": sorted(self._clients),
                "refresh_tokens": {token: entry.client_id for token, entry in self._refresh_tokens.items()},
                "access_token_ttl": self.access_token_ttl,
            }

    # --- checks on API calls ---------------------------------------------------------------
    def check_token(self, authorization: str | None, operation: Operation) -> None:
        """401 unless the header is `Zoho-oauthtoken <valid token>`; 403 when its scopes do not allow the call."""
        prefix, _, token = (authorization or "").strip().partition(" ")
        token = token.strip()
        if prefix.lower() != TOKEN_PREFIX.lower() or not token:
            raise generic_error(401)
        with self._lock:
            entry = self._tokens.get(token)
            if entry is None or entry.is_expired(time.time()):
                raise generic_error(401)
            if not entry.allows(operation):
                raise generic_error(403)

    def check_organization(self, value: str | None) -> str:
        """The organization named by the header: 400 when missing or malformed, 403 when unknown."""
        if value is None or not value.strip():
            raise generic_error(400, f"Missing required header: {ORGANIZATION_HEADER}")
        value = value.strip()
        if not re.fullmatch(r"[0-9]+", value):
            raise generic_error(400, f"Invalid value passed for {ORGANIZATION_HEADER}: must be digits")
        with self._lock:
            if value not in self._organizations:
                raise generic_error(403)
        return value

    # --- Zoho Accounts ---------------------------------------------------------------------
    def token_request(self, form: Mapping[str, str], api_domain: str) -> tuple[int, dict[str, Any]]:
        """`POST /oauth/v2/token`: a refresh-token grant gives a new access token."""
        if form.get("grant_type") != "refresh_token":
            return 400, {"error": "unsupported_grant_type"}
        client_id = form.get("client_id", "")
        with self._lock:
            if not client_id or self._clients.get(client_id) != form.get("client_secret"):
                return 400, {"error": "invalid_client"}
            refresh = self._refresh_tokens.get(form.get("refresh_token", ""))
            if refresh is None or refresh.client_id != client_id:
                return 400, {"error": "invalid_code"}
            token = f"1000.{secrets.token_hex(16)}.{secrets.token_hex(16)}"
            self._tokens[token] = AccessToken(
                token, parse_scopes(refresh.scope), time.time() + self.access_token_ttl, issued_by_oauth=True
            )
        return 200, {
            "access_token": token,
            "expires_in": self.access_token_ttl,
            "api_domain": api_domain,
            "token_type": "Bearer",
            "scope": refresh.scope,
        }
