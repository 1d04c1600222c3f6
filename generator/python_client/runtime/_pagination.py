"""Lazy iteration over every page of a list operation (``page`` / ``per_page`` / ``has_more_page``).

``client.customers.list()`` returns a pager at once (its arguments already checked); iterating it
fetches page after page as the items are consumed, and stops after the page whose
``page_context.has_more_page`` is not true (or an empty page). ``iter_pages()`` yields whole ``Page``
objects instead of items; ``first_page()`` fetches just the first.

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from ._decode import Page

__all__ = ["AsyncPager", "SyncPager"]

T = TypeVar("T")


class SyncPager(Generic[T]):
    """Iterate to get every item of every page, fetched lazily; see the module docstring."""

    def __init__(self, fetch: Callable[[int], Page[T]], start: int, *, operation: str) -> None:
        self._fetch = fetch
        self._start = start
        self._operation = operation

    def __repr__(self) -> str:
        return f"<SyncPager {self._operation} from page {self._start}>"

    def iter_pages(self) -> Iterator[Page[T]]:
        number = self._start
        while True:
            page = self._fetch(number)
            yield page
            if not page.has_more or not page.items:
                return
            number += 1

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def first_page(self) -> Page[T]:
        return self._fetch(self._start)


class AsyncPager(Generic[T]):
    """``async for`` gets every item of every page, fetched lazily; see the module docstring."""

    def __init__(self, fetch: Callable[[int], Awaitable[Page[T]]], start: int, *, operation: str) -> None:
        self._fetch = fetch
        self._start = start
        self._operation = operation

    def __repr__(self) -> str:
        return f"<AsyncPager {self._operation} from page {self._start}>"

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        number = self._start
        while True:
            page = await self._fetch(number)
            yield page
            if not page.has_more or not page.items:
                return
            number += 1

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def first_page(self) -> Page[T]:
        return await self._fetch(self._start)
