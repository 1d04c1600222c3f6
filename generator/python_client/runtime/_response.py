"""The raw response of a successful call, as ``client.<resource>.with_raw_response.<method>(...)``
returns it (the shape of the Stainless SDKs): ``status_code``, ``headers``, ``http_response`` (the
``httpx.Response``) and ``parse()``, which gives what the plain method returns.

    >>> raw = client.items.with_raw_response.retrieve("903000000045027")
    >>> raw.status_code, raw.headers["content-type"]
    (200, 'application/json')
    >>> item = raw.parse()                       # an Item, typed as client.items.retrieve() gives it

Errors are raised as by the plain method (the response of a failed call is on the exception:
``error.response``). For a list, the raw response is that of the first page asked for (``page=``),
and ``parse()`` gives that ``Page``. The async client's ``parse()`` is awaited
(``await raw.parse()``), as in the Stainless SDKs.

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["APIResponse", "AsyncAPIResponse"]

T = TypeVar("T")


class _BaseAPIResponse(Generic[T]):
    __slots__ = ("_parse", "_parsed", "http_response", "operation")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T], *, operation: str) -> None:
        self.http_response = http_response
        self.operation = operation
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def _parse_once(self) -> T:
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.operation} [{self.status_code}]>"


class APIResponse(_BaseAPIResponse[T]):
    """The raw response of a successful call of the sync client (see the module docstring)."""

    __slots__ = ()

    def parse(self) -> T:
        """What the plain method returns (typed once, then the same object)."""
        return self._parse_once()


class AsyncAPIResponse(_BaseAPIResponse[T]):
    """The raw response of a successful call of the async client (see the module docstring)."""

    __slots__ = ()

    async def parse(self) -> T:
        """What the plain method returns (typed once, then the same object)."""
        return self._parse_once()
