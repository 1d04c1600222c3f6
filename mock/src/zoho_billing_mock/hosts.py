"""Who may talk to the mock: requests addressed to it by one of its own names, not from a web page.

Two browser attacks reach a server on 127.0.0.1:

- Cross-site requests. Any web page can send a "simple" request (a form post, `fetch` with a
  text/plain body) to `http://127.0.0.1:<port>/`; the browser sends it with the page's `Origin`.
  The answer is unreadable to the page, but the request has its effect: mint a token, queue a
  fault, reset the state. So a request whose `Origin` is not the mock's own origin is refused.
- DNS rebinding. A page on `evil.example` makes that name resolve to 127.0.0.1; the browser then
  treats the mock as same-origin with the page and lets it read every answer (the state, the
  request log, the API with the well-known default token). The browser still sends
  `Host: evil.example:<port>`, so a request whose `Host` is not one of the mock's names is refused.

Both checks apply to every route (API, token endpoint, control API): the API answers with the
default token to anyone, so it is as exposed to DNS rebinding as the control API. Non-browser
clients (curl, httpx, SDKs) send the `Host` of the URL they were given and no `Origin`, so they
are not affected. `allowed_hosts` adds names (a container's service name, a proxy's name).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from urllib.parse import urlsplit

from .errors import ZohoError, generic_error

__all__ = ["ANY_HOST", "HostCheck"]

ANY_HOST = "*"
_DEFAULT_PORTS = {"http": 80, "https": 443}

Authority = tuple[str, int]


def _parse_authority(text: str, default_port: int) -> Authority | None:
    """`host[:port]` (IPv6 in brackets) as (lowercased host without brackets, port); None if malformed."""
    text = text.strip().lower()
    if not text or any(character.isspace() or character in "/?#@\\" for character in text):
        return None
    if text.startswith("["):
        host, bracket, rest = text[1:].partition("]")
        if not bracket:
            return None
        port_text = rest[1:] if rest.startswith(":") else None if not rest else "x"
    else:
        host, colon, port_text_or_empty = text.partition(":")
        port_text = port_text_or_empty if colon else None
    if not host:
        return None
    if port_text is None:
        return host, default_port
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        return None
    return host, int(port_text)


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _display(authority: Authority) -> str:
    host, port = authority
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class HostCheck:
    """The names a server answers to, and the refusal of requests addressed to anything else."""

    def __init__(self, bound_host: str, port: int, *, configured_host: str = "", allowed_hosts: Sequence[str] = ()):
        self.port = port
        self.any_host = ANY_HOST in allowed_hosts
        bound = bound_host.strip("[]").lower()
        address = _ip(bound)
        self.any_ip = address is not None and address.is_unspecified  # bound to 0.0.0.0 or ::
        names = {bound}
        if configured_host and _ip(configured_host.strip("[]")) is None:
            names.add(configured_host.lower())  # --host given as a name, e.g. localhost
        if address is None or address.is_loopback or address.is_unspecified:
            names.add("localhost")
        self.allowed: set[Authority] = {(name, port) for name in names}
        for entry in allowed_hosts:
            if entry == ANY_HOST:
                continue
            parsed = _parse_authority(entry, port)
            if parsed is None:
                raise ValueError(f"not a host name or host:port: {entry!r}")
            self.allowed.add(parsed)

    def describe(self) -> str:
        names = sorted(_display(authority) for authority in self.allowed)
        if self.any_ip:
            names.append(f"any IP address:{self.port}")
        return ", ".join(names)

    def allows(self, authority: Authority) -> bool:
        if self.any_host or authority in self.allowed:
            return True
        return self.any_ip and authority[1] == self.port and _ip(authority[0]) is not None

    def refusal(self, headers: Sequence[tuple[str, str]], target: str) -> ZohoError | None:
        """None when the request may be served, else the error to answer with."""
        hosts = [value for name, value in headers if name.lower() == "host"]
        if len(hosts) > 1:
            return generic_error(400, "Invalid Host header: sent more than once")
        addressed: list[tuple[str, Authority | None]] = [(value, _parse_authority(value, 80)) for value in hosts]
        absolute = urlsplit(target)
        if absolute.scheme and absolute.netloc:  # absolute-form target: its authority is the one addressed
            default = _DEFAULT_PORTS.get(absolute.scheme.lower(), 80)
            addressed.append((absolute.netloc, _parse_authority(absolute.netloc, default)))
        for text, authority in addressed:
            if authority is None or not self.allows(authority):
                return generic_error(
                    403,
                    f"Refused: Host {text[:100]!r} is not an address of this mock server (it answers to "
                    f"{self.describe()}; add a name with --allow-host). This protects against DNS rebinding.",
                )
        origins = [value for name, value in headers if name.lower() == "origin"]
        for origin in origins:
            if not self._own_origin(origin, addressed[0][1] if addressed else None):
                return generic_error(
                    403,
                    f"Refused: a request from the web Origin {origin[:100]!r}, which is not this mock server's "
                    "own origin (a cross-site request from a web page)",
                )
        return None

    def _own_origin(self, origin: str, host: Authority | None) -> bool:
        """An Origin is the mock's own when it names the authority the request was addressed to."""
        split = urlsplit(origin.strip())
        scheme = split.scheme.lower()
        if scheme not in _DEFAULT_PORTS or split.path or split.query or split.fragment:
            return False  # "null" (sandboxed or file: pages) included
        authority = _parse_authority(split.netloc, _DEFAULT_PORTS[scheme])
        if authority is None:
            return False
        return authority == host if host is not None else self.allows(authority)
