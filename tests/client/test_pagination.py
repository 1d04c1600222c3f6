"""Lists page lazily through every page (`page`, `per_page`, `page_context.has_more_page`)."""

from __future__ import annotations

from itertools import islice

import pytest
from client_support import ORGANIZATION, TOKEN, Canned, Mock, ScriptedServer
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


def _activity_pages(scripted: ScriptedServer, subscription_id: str) -> None:
    def page(number: int, more: bool) -> Canned:
        activity = {"activity_id": f"{number}00", "description": f"entry {number}"}
        context = {"page": number, "per_page": 1, "has_more_page": more}
        return Canned(200, {"code": 0, "message": "success", "activities": [activity], "page_context": context})

    scripted.answer("GET", f"/subscriptions/{subscription_id}/recentactivities", page(1, True), page(2, False))


def test_a_list_under_a_record_sends_its_path_parameter_on_every_page(
    scripted: ScriptedServer, scripted_client: ZohoBilling
) -> None:
    # The pager once dropped the path parameters: every such call failed before sending.
    _activity_pages(scripted, "9030000000001")
    activities = list(scripted_client.subscriptions.list_recent_activities("9030000000001", per_page=1))
    assert [activity.activity_id for activity in activities] == ["100", "200"]
    assert [r.path.split("?")[0] for r in scripted.received] == [
        "/billing/v1/subscriptions/9030000000001/recentactivities"
    ] * 2
    raw = scripted_client.subscriptions.with_raw_response.list_recent_activities("9030000000001", per_page=1)
    assert raw.status_code == 200 and scripted.received[-1].path.startswith(
        "/billing/v1/subscriptions/9030000000001/recentactivities?"
    )


@pytest.mark.anyio
async def test_an_async_list_under_a_record_sends_its_path_parameter(scripted: ScriptedServer) -> None:
    _activity_pages(scripted, "9030000000002")
    async with AsyncZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, base_url=scripted.base_url) as client:
        activities = [a async for a in client.subscriptions.list_recent_activities("9030000000002", per_page=1)]
    assert [activity.activity_id for activity in activities] == ["100", "200"]
