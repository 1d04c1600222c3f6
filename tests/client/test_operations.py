"""Every operation of Customers and Items, the first two modules, through `ZohoBilling` and `AsyncZohoBilling`.

These tests call each method by hand, with the assertions a user would make. Every other module's operations
are walked through the client generically, from the spec, by tests/walkthrough/ and tests/test_subscription_loop.py.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from client_support import ORGANIZATION, TOKEN, Mock
from zoho_billing_client import (
    NOT_GIVEN,
    APIResponse,
    APITimeoutError,
    AsyncAPIResponse,
    AsyncZohoBilling,
    InternalServerError,
    ZohoBilling,
)
from zoho_billing_client.models import Customer, CustomerSummary, Item, ItemSummary, StatusResponse, Transaction

from generator.core.api_model import ApiModel

HAND_WRITTEN_MODULES = ("customers", "items")


def _operation_ids(document: dict[str, Any]) -> set[str]:
    """The operations of the modules these tests call by hand."""
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch") and set(operation["tags"]) & set(HAND_WRITTEN_MODULES)
    }


def test_every_operation_sync(client: ZohoBilling, mock: Mock, document: dict[str, Any]) -> None:
    customer = client.customers.create(
        display_name="Bowman Furniture",
        email="benjamin.george@bowmanfurniture.com",
        company_name="Bowman Furniture",
        billing_address={"city": "San Francisco", "zip": "94107"},
    )
    assert isinstance(customer, Customer) and customer.customer_id and customer.display_name == "Bowman Furniture"
    retrieved = client.customers.retrieve(customer.customer_id)
    assert (
        retrieved.email == "benjamin.george@bowmanfurniture.com" and retrieved.billing_address.city == "San Francisco"
    )
    retrieved.phone = "+1-925-921-9201"
    updated = client.customers.update(customer.customer_id, retrieved, mobile="+1-405-443-9562")
    assert (updated.phone, updated.mobile) == ("+1-925-921-9201", "+1-405-443-9562")

    mock.set_fields("customer", customer.customer_id, zcrm_account_id="903000000021976")
    by_reference = client.customers.retrieve_by_reference("903000000021976", reference_id_type="zcrm_account_id")
    assert by_reference.customer_id == customer.customer_id

    inactive = client.customers.mark_inactive(customer.customer_id)
    assert isinstance(inactive, StatusResponse) and inactive.code == 0
    assert [c.customer_id for c in client.customers.list(filter_by="Status.Inactive")] == [customer.customer_id]
    client.customers.mark_active(customer.customer_id)
    listed = list(client.customers.list(filter_by="Status.Active"))
    assert [type(c) for c in listed] == [CustomerSummary] and listed[0].customer_id == customer.customer_id

    mock.add_record("transaction", customer_id=customer.customer_id, type="invoice", amount="20.50", date="2016-06-05")
    transactions = list(client.customers.list_transactions(customer_id=customer.customer_id))
    assert [type(t) for t in transactions] == [Transaction] and transactions[0].amount == Decimal("20.50")

    item = client.items.create(name="Hard Drive", rate=Decimal("120.50"), description="500GB", product_type="goods")
    assert isinstance(item, Item) and item.rate == Decimal("120.50")
    assert client.items.retrieve(item.item_id).name == "Hard Drive"
    changed = client.items.update(item.item_id, client.items.retrieve(item.item_id), rate=Decimal("99.99"))
    assert changed.rate == Decimal("99.99") and changed.description == "500GB"
    found = list(client.items.list(name_contains="Drive", rate_greater_than=Decimal("50")))
    assert [type(i) for i in found] == [ItemSummary] and found[0].item_id == item.item_id
    assert list(client.items.list(rate_greater_than=100)) == []
    assert client.items.mark_inactive(item.item_id).code == 0
    assert [i.item_id for i in client.items.list(filter_by="Status.Inactive")] == [item.item_id]
    assert client.items.mark_active(item.item_id).code == 0
    assert client.items.delete(item.item_id).code == 0
    assert client.customers.delete(customer.customer_id).code == 0

    assert {entry["operation_id"] for entry in mock.requests()} == _operation_ids(document)
    assert all(entry["status"] < 300 for entry in mock.requests())


@pytest.mark.anyio
async def test_every_operation_async(async_client: AsyncZohoBilling, mock: Mock, document: dict[str, Any]) -> None:
    client = async_client
    customer = await client.customers.create(display_name="Bowman Furniture", email="b@bowmanfurniture.com")
    retrieved = await client.customers.retrieve(customer.customer_id)
    retrieved.company_name = "Bowman & Co"
    assert (await client.customers.update(customer.customer_id, retrieved)).company_name == "Bowman & Co"
    mock.set_fields("customer", customer.customer_id, zcrm_contact_id="903000000021977")
    by_reference = await client.customers.retrieve_by_reference("903000000021977", reference_id_type="zcrm_contact_id")
    assert by_reference.customer_id == customer.customer_id
    assert (await client.customers.mark_inactive(customer.customer_id)).code == 0
    assert (await client.customers.mark_active(customer.customer_id)).code == 0
    assert [c.customer_id async for c in client.customers.list()] == [customer.customer_id]
    mock.add_record("transaction", customer_id=customer.customer_id, type="payment", amount="-5.25")
    amounts = [t.amount async for t in client.customers.list_transactions(customer_id=customer.customer_id)]
    assert amounts == [Decimal("-5.25")]

    item = await client.items.create(name="Hard Drive", rate=Decimal("120.50"))
    assert (await client.items.retrieve(item.item_id)).rate == Decimal("120.50")
    assert (await client.items.update(item.item_id, name="SSD", rate=Decimal("130"))).name == "SSD"
    assert [i.name async for i in client.items.list(search_text="SSD")] == ["SSD"]
    assert (await client.items.mark_inactive(item.item_id)).code == 0
    assert (await client.items.mark_active(item.item_id)).code == 0
    assert (await client.items.delete(item.item_id)).code == 0
    assert (await client.customers.delete(customer.customer_id)).code == 0

    assert {entry["operation_id"] for entry in mock.requests()} == _operation_ids(document)


def test_context_managers_and_with_options(mock: Mock) -> None:
    with ZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, base_url=mock.base_url) as client:
        quick = client.with_options(max_retries=0, timeout=5)
        assert (quick.max_retries, quick.timeout.read, client.max_retries) == (0, 5, 2)
        assert quick.items is not client.items and quick.items._client is quick
        assert list(quick.items.list()) == []
    assert client._http.is_closed


@pytest.mark.anyio
async def test_async_context_manager(mock: Mock) -> None:
    async with AsyncZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, base_url=mock.base_url) as client:
        assert (await client.items.create(name="A", rate=1)).name == "A"
    assert client._http.is_closed


@pytest.mark.parametrize("client_class", [ZohoBilling, AsyncZohoBilling])
def test_methods_follow_the_spec(client_class: type[Any], api_model: ApiModel) -> None:
    # One method per operation, named by its x-zoho-sdk, with every parameter (but the organization
    # header, set per client) and body field as an argument: nothing drifts from the spec.
    client = client_class(organization_id=ORGANIZATION, access_token=TOKEN)
    for operation in api_model.operations:
        function = getattr(getattr(client, operation.sdk.resource), operation.sdk.method)
        arguments = set(inspect.signature(function).parameters)
        expected = {parameter.name for parameter in operation.parameters if not parameter.organization_header}
        if operation.request_schema:
            expected |= set(api_model.schema(operation.request_schema)["properties"])
        assert expected <= arguments, (operation.sdk.name, expected - arguments)


@pytest.mark.anyio
async def test_async_methods_are_coroutines_except_list(make_async_client: Callable[..., AsyncZohoBilling]) -> None:
    client = make_async_client()
    assert inspect.iscoroutinefunction(client.items.retrieve)
    assert not inspect.iscoroutinefunction(client.items.list)  # returns an async iterator at once


def test_per_call_timeout_and_max_retries(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    client = make_client(max_retries=0)
    item = client.items.create(name="Hard Drive", rate=120)
    mock.fault("server_error", status=503, count=2, operation_id="retrieve_item")
    assert client.items.retrieve(item.item_id, max_retries=2).name == "Hard Drive"  # the client alone would not retry
    assert [e["status"] for e in mock.requests("retrieve_item")] == [503, 503, 200]
    mock.fault("slow", delay=0.5, operation_id="list_items")
    with pytest.raises(APITimeoutError):
        client.items.list(timeout=0.1).first_page()
    mock.fault("server_error", status=503, operation_id="update_item")
    with pytest.raises(InternalServerError):
        make_client().items.update(item.item_id, item, max_retries=0)
    assert len(mock.requests("update_item")) == 1


def test_with_options_none_turns_the_timeout_off(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    client = make_client(timeout=5)
    assert client.with_options().timeout == httpx.Timeout(5)  # nothing given: unchanged
    assert client.with_options(max_retries=1).timeout == httpx.Timeout(5)
    off = client.with_options(timeout=None)
    assert off.timeout == httpx.Timeout(None) and off.max_retries == client.max_retries
    mock.fault("slow", delay=0.3, operation_id="list_items")
    assert off.items.list().first_page().items == []
    assert client.items.list(timeout=None).first_page().items == []


def test_raw_response_of_a_successful_call(client: ZohoBilling, mock: Mock) -> None:
    item = client.items.create(name="Hard Drive", rate=120)
    raw = client.items.with_raw_response.retrieve(item.item_id)
    assert isinstance(raw, APIResponse) and raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json") and raw.http_response.json()["code"] == 0
    parsed = raw.parse()
    assert isinstance(parsed, Item) and parsed.item_id == item.item_id and raw.parse() is parsed
    page = client.items.with_raw_response.list(per_page=1).parse()
    assert [i.item_id for i in page.items] == [item.item_id] and page.page == 1
    status = client.items.with_raw_response.mark_inactive(item.item_id)
    assert status.status_code == 200 and isinstance(status.parse(), StatusResponse)
    created = client.customers.with_raw_response.create(display_name="B", email="b@example.com", max_retries=0)
    assert created.status_code == 201  # the success status the spec declares for a create
    assert isinstance(created.parse(), Customer)
    assert len(mock.requests("retrieve_item")) == 1  # one request per raw call, none for parse()


@pytest.mark.anyio
async def test_async_raw_response_and_per_call_options(
    make_async_client: Callable[..., AsyncZohoBilling], mock: Mock
) -> None:
    client = make_async_client(max_retries=0)
    item = await client.items.create(name="Hard Drive", rate=120)
    raw = await client.items.with_raw_response.retrieve(item.item_id, timeout=None)
    assert isinstance(raw, AsyncAPIResponse) and raw.status_code == 200
    assert (await raw.parse()).name == "Hard Drive"
    mock.fault("server_error", status=503, count=1, operation_id="list_items")
    assert [i async for i in client.items.list(max_retries=1)] != []


def test_every_method_takes_timeout_and_max_retries(client: ZohoBilling) -> None:
    for resource in (client.customers, client.items, client.customers.with_raw_response):
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_"):
                continue
            parameters = inspect.signature(method).parameters
            assert {"timeout", "max_retries"} <= parameters.keys(), name
            assert parameters["timeout"].default is NOT_GIVEN and parameters["max_retries"].default is NOT_GIVEN
