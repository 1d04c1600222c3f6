"""Typed results: exact money, unknown fields and enum values kept through a retrieve-modify-update
round trip, and responses that cannot be typed returned whole rather than lost."""

from __future__ import annotations

import logging
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from client_support import Canned, Mock, ScriptedServer
from zoho_billing_client import APIResponseValidationError, PartialModel, ZohoBilling, ZohoBillingValidationError
from zoho_billing_client.models import Customer, CustomerStatus, GstTreatment, Item
from zoho_billing_client.types import UNSET, json_loads


def test_money_is_exact_both_ways(client: ZohoBilling, mock: Mock) -> None:
    rate = Decimal("1234567890.123456789")
    item = client.items.create(name="Hard Drive", rate=rate)
    assert '"rate":1234567890.123456789' in mock.requests("create_item")[0]["body"]
    assert isinstance(item.rate, Decimal) and item.rate == rate
    assert client.items.retrieve(item.item_id).rate == rate
    assert [i.rate for i in client.items.list()] == [rate]
    customer = client.customers.create(display_name="B", email="b@example.com")
    mock.set_fields("customer", customer.customer_id, outstanding="0.10", unused_credits="12345678901234567.89")
    again = client.customers.retrieve(customer.customer_id)
    assert (again.outstanding, again.unused_credits) == (Decimal("0.10"), Decimal("12345678901234567.89"))
    mock.add_record("transaction", customer_id=customer.customer_id, type="invoice", amount="20.50")
    (transaction,) = client.customers.list_transactions(customer_id=customer.customer_id)
    assert transaction.amount == Decimal("20.50")  # exact, from the decimal string Zoho sends


def test_retrieve_modify_update_keeps_what_the_client_does_not_know(mock: Mock, client: ZohoBilling) -> None:
    customer = client.customers.create(display_name="B", email="b@example.com", currency_code="EUR")
    retrieved = client.customers.retrieve(customer.customer_id)
    retrieved.company_name = "Bowman & Co"
    client.customers.update(customer.customer_id, retrieved)
    sent = json_loads(mock.requests("update_customer")[0]["body"])
    assert sent["company_name"] == "Bowman & Co" and sent["currency_code"] == "EUR"
    assert "customer_id" not in sent and "created_time" not in sent  # read-only fields stay home
    assert client.customers.retrieve(customer.customer_id).company_name == "Bowman & Co"


UNKNOWN_CUSTOMER: dict[str, Any] = {
    "customer_id": "903000000000099",
    "display_name": "Bowman Furniture",
    "email": "b@example.com",
    "status": "archived",  # not in the spec's enum
    "gst_treatment": "business_sez",  # not in the spec's enum
    "outstanding": Decimal("1234567890.123456789"),
    "created_time": "2016-06-05T12:30:08-0700",
    "billing_address": {"city": "Leeds", "plus_code": "7J4V+XQ"},
    "loyalty_tier": {"level": 3, "since": "2021-01-01"},  # not in the spec
}


def _envelope(customer: dict[str, Any]) -> bytes:
    from zoho_billing_client.types import json_dumps

    return json_dumps({"code": 0, "message": "success", "customer": customer, "request_id": "abc"})


def test_unknown_fields_and_enum_values_survive_a_round_trip(
    scripted: ScriptedServer, scripted_client: ZohoBilling
) -> None:
    path = "/customers/903000000000099"
    scripted.answer("GET", path, Canned(200, _envelope(UNKNOWN_CUSTOMER)))
    scripted.answer("PUT", path, Canned(200, _envelope({**UNKNOWN_CUSTOMER, "phone": "+44 113"})))
    customer = scripted_client.customers.retrieve("903000000000099")
    assert customer.status == "archived" and isinstance(customer.status, CustomerStatus)
    assert customer.gst_treatment == "business_sez" and isinstance(customer.gst_treatment, GstTreatment)
    assert customer["loyalty_tier"] == {"level": 3, "since": "2021-01-01"}
    customer.phone = "+44 113"
    updated = scripted_client.customers.update(customer.customer_id, customer)

    sent = json_loads(scripted.received[-1].body)
    # Sent: the fields the update request declares (open-enum values as received); not sent: the
    # read-only ones (customer_id, outstanding, created_time), and those the spec does not know.
    assert sent["gst_treatment"] == "business_sez" and sent["phone"] == "+44 113"
    assert sent["display_name"] == "Bowman Furniture" and sent["billing_address"] == {"city": "Leeds"}
    assert not {"customer_id", "outstanding", "created_time", "loyalty_tier"} & sent.keys()
    # The caller's object keeps everything, unknown fields included.
    assert customer["loyalty_tier"] == {"level": 3, "since": "2021-01-01"}
    assert customer.billing_address.additional_properties == {"plus_code": "7J4V+XQ"}
    assert updated.additional_properties == {"loyalty_tier": {"level": 3, "since": "2021-01-01"}}
    assert updated.billing_address.additional_properties == {"plus_code": "7J4V+XQ"}
    assert updated.phone == "+44 113" and updated.status == "archived"
    # Or as keyword arguments over a mapping; a field the spec does not list goes out by extra_body.
    scripted_client.customers.update(
        "903000000000099", customer.to_dict(), phone="+44 114", extra_body={"loyalty_tier": {"level": 4}}
    )
    sent = json_loads(scripted.received[-1].body)
    assert sent["phone"] == "+44 114" and sent["loyalty_tier"] == {"level": 4}


def test_a_response_that_cannot_be_typed_is_returned_whole(
    scripted: ScriptedServer, scripted_client: ZohoBilling, caplog: pytest.LogCaptureFixture
) -> None:
    raw = {"display_name": "No ID", "rate": "cheap", "custom": [1, 2]}  # customer_id (required) is missing
    scripted.answer("GET", "/customers/1", Canned(200, {"code": 0, "message": "success", "customer": raw}))
    with caplog.at_level(logging.WARNING, logger="zoho_billing_client"):
        customer = scripted_client.customers.retrieve("1")
    assert isinstance(customer, Customer) and isinstance(customer, PartialModel)
    assert type(customer).__name__ == "PartialCustomer"
    assert customer.customer_id is UNSET and customer.display_name == "No ID"
    assert customer.to_dict() == raw
    (record,) = caplog.records
    assert "customers.retrieve" in record.getMessage() and "('customer_id', 'email'," in record.getMessage()

    items = [{"item_id": "1", "name": "A", "rate": 1, "status": "active"}, {"name": "no id"}]
    page = {"code": 0, "message": "success", "items": items, "page_context": {"page": 1, "has_more_page": False}}
    scripted.answer("GET", "/items", Canned(200, page))
    listed = list(scripted_client.items.list())
    assert [type(item).__name__ for item in listed] == ["ItemSummary", "PartialItemSummary"]
    assert [item.to_dict() for item in listed] == [{**items[0], "rate": Decimal(1)}, items[1]]


def test_a_success_without_the_object_raises_with_the_body(
    scripted: ScriptedServer, scripted_client: ZohoBilling
) -> None:
    scripted.answer("GET", "/items/1", Canned(200, {"code": 0, "message": "success", "items": []}))
    with pytest.raises(APIResponseValidationError) as raised:
        scripted_client.items.retrieve("1")
    assert raised.value.body == {"code": 0, "message": "success", "items": []}
    assert "items.retrieve: the response has no 'item' object" in str(raised.value)
    scripted.answer("GET", "/items/2", Canned(200, b"<html>maintenance</html>"))
    with pytest.raises(APIResponseValidationError) as not_json:
        scripted_client.items.retrieve("2")
    assert not_json.value.body == "<html>maintenance</html>"


def test_item_round_trip_through_the_server(client: ZohoBilling) -> None:
    item = client.items.create(name="Hard Drive", rate=Decimal("120.50"), sku="HD-1", product_type="goods")
    item.description = "500GB"
    updated = client.items.update(item.item_id, item)
    assert isinstance(updated, Item)
    assert (updated.description, updated.sku, updated.product_type, updated.rate) == (
        "500GB",
        "HD-1",
        "goods",
        Decimal("120.50"),
    )


SEEDS = Path(__file__).resolve().parents[2] / "openapi" / "modules"


def _seed(name: str) -> bytes:
    (path,) = SEEDS.glob(f"*/examples/{name}")
    return path.read_bytes()


def test_zohos_own_examples_can_be_sent_back(
    scripted: ScriptedServer, scripted_client: ZohoBilling, client: ZohoBilling, mock: Mock
) -> None:
    """Retrieve (Zoho's published example, numbers where the spec says string) -> modify -> update
    against the local server, which checks every request against the spec."""
    scripted.answer("GET", "/customers/903000000000099", Canned(200, _seed("07-retrieve-customer-response.txt")))
    scripted.answer("GET", "/items/903000000045027", Canned(200, _seed("19-retrieve-item-response.txt")))

    customer = scripted_client.customers.retrieve("903000000000099")
    assert customer.phone == 23467278  # kept as received
    target = client.customers.create(display_name="Bowman Furniture", email="benjamin.george@bowmanfurniture.com")
    customer.company_name = "Bowman & Co"
    customer.tax_treatment = "non_mexico"  # the example's placeholder "string" is no value Zoho takes
    updated = client.customers.update(target.customer_id, customer)
    sent = json_loads(mock.requests("update_customer")[-1]["body"])
    assert (sent["phone"], sent["mobile"], sent["tax_reg_no"], sent["tds_tax_id"]) == (
        "23467278",
        "938237475",
        "12345678912345",
        "982000000557012",
    )
    assert (sent["billing_address"]["zip"], sent["billing_address"]["fax"]) == ("92612", "4527389")
    assert sent["custom_fields"][0]["value"] == "129890"
    assert updated.phone == "23467278" and updated.company_name == "Bowman & Co"
    # Read-only and response-only fields of the example stay home; the object keeps them.
    assert not {"customer_id", "currency_id", "outstanding", "created_time", "documents", "source"} & sent.keys()
    assert customer.documents and customer.currency_id == "90300000000097"

    item = scripted_client.items.retrieve("903000000045027")
    assert item.item_id == 903000000045027 and item.tax_id == 982000000037049  # numbers, as Zoho printed them
    created = client.items.create(name="Hard Drive", rate=1)
    item.description = "1TB"
    updated_item = client.items.update(created.item_id, item)
    sent = json_loads(mock.requests("update_item")[-1]["body"])
    assert sent["tax_id"] == "982000000037049" and sent["item_tax_preferences"][0]["tax_id"] == "982000000037049"
    assert not {"item_id", "status", "tax_name", "tax_percentage"} & sent.keys()
    assert updated_item.description == "1TB" and updated_item.tax_id == "982000000037049"
    # An ID that arrived as a number is a path ID too: sent as its digits.
    assert client.items.retrieve(int(created.item_id)).item_id == created.item_id  # type: ignore[arg-type]


def test_what_a_string_field_takes(client: ZohoBilling, mock: Mock) -> None:
    """int and Decimal become their string; float, bool, mappings and lone surrogates are refused."""
    client.customers.create(display_name="B", email="b@example.com", phone=23467278, mobile=Decimal("938237475"))  # type: ignore[arg-type]
    sent = json_loads(mock.requests("create_customer")[-1]["body"])
    assert (sent["phone"], sent["mobile"]) == ("23467278", "938237475")
    for value, message in (
        (2.3e7, "phone: must be a string, not float"),
        (True, "phone: must be a string, not bool"),
        ({"n": 1}, "phone: must be a string, not dict"),
        (Decimal("NaN"), "phone: must be a string, not a non-finite number"),
        ("\ud800", "phone: is not valid Unicode (it holds a lone surrogate)"),
    ):
        with pytest.raises(ZohoBillingValidationError, match=re.escape(message)):
            client.customers.create(display_name="B", email="b@example.com", phone=value)  # type: ignore[arg-type]
    assert len(mock.requests("create_customer")) == 1


def test_an_unwrapped_object_result_is_the_whole_body(scripted: ScriptedServer, scripted_client: ZohoBilling) -> None:
    # The hosted page retrieve answers the page's fields beside code and message (x-zoho-sdk result of
    # kind object without key): the method returns the body typed by its success schema.
    page = {
        "hostedpage_id": "8c589071e7e2",
        "status": "success",
        "url": "https://billing.zoho.com/hostedpage/2-8c589071e7e2/checkout",
        "action": "new_subscription",
        "expiring_time": "2016-06-06T00:10:16-0700",
        "created_time": "2016-06-05T23:10:16-0700",
        "data": {"subscription": {"subscription_id": "9030000079200", "amount": 186}},
    }
    scripted.answer("GET", "/hostedpages/8c589071e7e2", Canned(200, {"code": 0, "message": "success", **page}))
    retrieved = scripted_client.hosted_pages.retrieve("8c589071e7e2")
    assert type(retrieved).__name__ == "HostedPageRetrieveResponse"
    assert (retrieved.hostedpage_id, retrieved.status) == ("8c589071e7e2", "success")
    assert retrieved.data.subscription.amount == Decimal(186)
    raw = scripted_client.hosted_pages.with_raw_response.retrieve("8c589071e7e2")
    assert raw.parse().to_dict()["url"] == page["url"]
