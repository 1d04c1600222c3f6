"""Lists page lazily through every page (`page`, `per_page`, `page_context.has_more_page`)."""

from __future__ import annotations

from itertools import islice

import pytest
from client_support import Mock
from zoho_billing_client import AsyncZohoBilling, Page, SyncPager, ZohoBilling
from zoho_billing_client.models import ItemSummary, PageContext


def _create_items(client: ZohoBilling, count: int) -> list[str]:
    return [client.items.create(name=f"Item {index:02d}", rate=index).item_id for index in range(count)]


def test_iterating_fetches_every_page_lazily(client: ZohoBilling, mock: Mock) -> None:
    created = _create_items(client, 23)
    mock.clear_requests()

    pager = client.items.list(per_page=5)
    assert isinstance(pager, SyncPager) and mock.requests() == []  # nothing fetched yet
    first_six = list(islice(pager, 6))
    assert [item.item_id for item in first_six] == created[:6]
    assert [entry["query_params"]["page"] for entry in mock.requests()] == [["1"], ["2"]]

    mock.clear_requests()
    everything = list(pager)
    assert [item.item_id for item in everything] == created and all(isinstance(i, ItemSummary) for i in everything)
    requested = mock.requests("list_items")
    assert [(e["query_params"]["page"], e["query_params"]["per_page"]) for e in requested] == [
        ([str(page)], ["5"]) for page in range(1, 6)
    ]


def test_pages_and_starting_page(client: ZohoBilling, mock: Mock) -> None:
    _create_items(client, 12)
    pages = list(client.items.list(per_page=5).iter_pages())
    assert [(p.page, len(p), p.has_more) for p in pages] == [(1, 5, True), (2, 5, True), (3, 2, False)]
    assert isinstance(pages[0], Page) and isinstance(pages[0].page_context, PageContext)
    assert pages[0].per_page == 5
    assert [item.name for item in client.items.list(per_page=5, page=3)] == ["Item 10", "Item 11"]
    first = client.items.list(per_page=5, filter_by="Status.Active").first_page()
    assert first.has_more and len(first.items) == 5


def test_empty_list_is_one_request(client: ZohoBilling, mock: Mock) -> None:
    assert list(client.customers.list()) == []
    assert len(mock.requests("list_customers")) == 1


@pytest.mark.anyio
async def test_async_iteration_across_pages(async_client: AsyncZohoBilling, mock: Mock) -> None:
    for index in range(7):
        await async_client.customers.create(display_name=f"Customer {index}", email=f"c{index}@example.com")
    mock.clear_requests()
    names = [customer.display_name async for customer in async_client.customers.list(per_page=3)]
    assert names == [f"Customer {index}" for index in range(7)]
    assert len(mock.requests("list_customers")) == 3
    pages = [page async for page in async_client.customers.list(per_page=3).iter_pages()]
    assert [len(page) for page in pages] == [3, 3, 1]
    assert len((await async_client.customers.list(per_page=4).first_page()).items) == 4
