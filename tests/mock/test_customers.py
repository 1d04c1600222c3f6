"""Customers over real HTTP: each operation's happy path and documented behaviour, responses checked."""

from __future__ import annotations

import copy
import re
from datetime import datetime
from typing import Any

import httpx
import pytest
from zoho_billing_mock import MockServer

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
NOT_FOUND = (404, 5)


@pytest.fixture(scope="module")
def business_customer(document: dict[str, Any]) -> dict[str, Any]:
    """The spec's own create-customer example (with addresses, tags and a custom field)."""
    example = document["paths"]["/customers"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    return copy.deepcopy(example["business_customer"]["value"])


def create(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {"display_name": "Bowman Furniture", "email": "benjamin@example.com", **fields}
    response = client.post("/customers", json=body)
    assert response.status_code == 201, response.text
    customer: dict[str, Any] = response.json()["customer"]
    return customer


def status_and_code(response: httpx.Response) -> tuple[int, int]:
    return response.status_code, response.json()["code"]


def test_create_answers_201_with_the_customer(client: httpx.Client, business_customer: dict[str, Any]) -> None:
    response = client.post("/customers", json=business_customer)

    assert response.status_code == 201
    body = response.json()
    assert body["code"] == 0 and body["message"] == "The customer has been created"
    customer = body["customer"]
    assert re.fullmatch(r"[0-9]+", customer["customer_id"])
    assert customer["status"] == "active"
    for field in ("display_name", "email", "company_name", "phone", "billing_address", "currency_code"):
        assert customer[field] == business_customer[field]
    assert customer["tags"] == business_customer["tags"]
    created = datetime.strptime(customer["created_time"], TIMESTAMP_FORMAT)
    assert created.tzinfo is not None
    assert customer["updated_time"] == customer["created_time"]


def test_request_only_fields_are_stored_but_not_returned(client: httpx.Client, mock: MockServer) -> None:
    sent = {"vat_treatment": "uk", "is_taxable": True, "tax_id": "982000000037049", "tax_exemption_code": "X"}
    customer = create(client, **sent)

    assert not set(sent) & set(customer)
    stored = mock.state()[mock.organization_id]["customer"][0]
    assert {key: stored[key] for key in sent} == sent


@pytest.mark.parametrize("missing", ["display_name", "email"])
def test_create_requires_display_name_and_email(client: httpx.Client, mock: MockServer, missing: str) -> None:
    body = {"display_name": "Bowman Furniture", "email": "benjamin@example.com"}
    del body[missing]

    response = client.post("/customers", json=body)

    assert status_and_code(response) == (400, 4)
    assert missing in response.json()["message"]
    assert mock.state() == {}


def test_create_names_the_invalid_field(client: httpx.Client) -> None:
    response = client.post("/customers", json={"display_name": "A", "email": "not-an-email"})
    assert status_and_code(response) == (400, 4)
    assert "email" in response.json()["message"]

    response = client.post(
        "/customers", json={"display_name": "A", "email": "a@b.co", "billing_address": {"zip": 2134}}
    )
    assert status_and_code(response) == (400, 4)
    assert "billing_address.zip" in response.json()["message"]


def test_retrieve_update_delete(client: httpx.Client) -> None:
    customer_id = create(client)["customer_id"]

    retrieved = client.get(f"/customers/{customer_id}")
    assert retrieved.status_code == 200 and retrieved.json()["message"] == "success"
    assert retrieved.json()["customer"]["customer_id"] == customer_id

    updated = client.put(
        f"/customers/{customer_id}",
        json={"display_name": "Bowman & Sons", "email": "sons@example.com", "phone": "+44 20 7946 0000"},
    )
    assert updated.status_code == 200
    assert updated.json()["message"] == "The customer details have been updated."
    customer = updated.json()["customer"]
    assert (customer["display_name"], customer["email"], customer["phone"]) == (
        "Bowman & Sons",
        "sons@example.com",
        "+44 20 7946 0000",
    )
    assert client.get(f"/customers/{customer_id}").json()["customer"]["display_name"] == "Bowman & Sons"

    deleted = client.delete(f"/customers/{customer_id}")
    assert deleted.status_code == 200
    assert deleted.json() == {"code": 0, "message": "The customer has been deleted."}
    assert status_and_code(client.get(f"/customers/{customer_id}")) == NOT_FOUND


def test_update_keeps_fields_not_sent(client: httpx.Client) -> None:
    customer_id = create(client, company_name="Bowman Furniture Ltd")["customer_id"]
    customer = client.put(f"/customers/{customer_id}", json={"display_name": "B", "email": "b@example.com"}).json()
    assert customer["customer"]["company_name"] == "Bowman Furniture Ltd"


@pytest.mark.parametrize("missing", ["display_name", "email"])
def test_update_requires_display_name_and_email(client: httpx.Client, missing: str) -> None:
    customer_id = create(client)["customer_id"]
    body = {"display_name": "B", "email": "b@example.com"}
    del body[missing]
    response = client.put(f"/customers/{customer_id}", json=body)
    assert status_and_code(response) == (400, 4)
    assert missing in response.json()["message"]


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("GET", "", None),
        ("PUT", "", {"display_name": "B", "email": "b@example.com"}),
        ("DELETE", "", None),
        ("POST", "/markasactive", None),
        ("POST", "/markasinactive", None),
    ],
)
def test_unknown_customer_is_404(client: httpx.Client, method: str, suffix: str, body: Any) -> None:
    response = client.request(method, f"/customers/903000000999999{suffix}", json=body)
    assert status_and_code(response) == NOT_FOUND


def test_mark_inactive_and_active(client: httpx.Client) -> None:
    customer_id = create(client)["customer_id"]

    inactive = client.post(f"/customers/{customer_id}/markasinactive")
    assert inactive.json() == {"code": 0, "message": "The customer has been marked as inactive."}
    assert client.get(f"/customers/{customer_id}").json()["customer"]["status"] == "inactive"

    active = client.post(f"/customers/{customer_id}/markasactive")
    assert active.json() == {"code": 0, "message": "The customer has been marked as active."}
    assert client.get(f"/customers/{customer_id}").json()["customer"]["status"] == "active"


def test_list_in_summary_form_with_page_context(client: httpx.Client) -> None:
    ids = [create(client, display_name=f"Customer {n}")["customer_id"] for n in range(3)]

    body = client.get("/customers").json()
    assert body["message"] == "success"
    assert [customer["customer_id"] for customer in body["customers"]] == ids
    assert body["customers"][0]["status"] == "active"  # undocumented, but live list entries carry it
    assert "can_add_card" not in body["customers"][0]  # the summary form, trimmed to CustomerSummary
    assert body["page_context"]["page"] == 1 and body["page_context"]["per_page"] == 200
    assert body["page_context"]["has_more_page"] is False

    first = client.get("/customers", params={"per_page": 2}).json()
    second = client.get("/customers", params={"per_page": 2, "page": 2}).json()
    assert [c["customer_id"] for c in first["customers"]] == ids[:2] and first["page_context"]["has_more_page"]
    assert [c["customer_id"] for c in second["customers"]] == ids[2:]
    assert second["page_context"] == {**second["page_context"], "page": 2, "per_page": 2, "has_more_page": False}
    assert client.get("/customers", params={"page": 9}).json()["customers"] == []


def test_list_filter_by(client: httpx.Client, mock: MockServer) -> None:
    plain = create(client, display_name="Plain")["customer_id"]
    inactive = create(client, display_name="Inactive")["customer_id"]
    portal = create(client, display_name="Portal", is_portal_enabled=True)["customer_id"]
    crm = create(client, display_name="CRM")["customer_id"]
    gapps = create(client, display_name="Gapps")["customer_id"]
    subscriber = create(client, display_name="Subscriber")["customer_id"]
    client.post(f"/customers/{inactive}/markasinactive")
    mock.set_fields("customer", crm, zcrm_account_id="903000000021976")
    mock.set_fields("customer", gapps, is_gapps_customer=True)
    mock.set_fields("customer", subscriber, has_subscription=True)
    everyone = [plain, inactive, portal, crm, gapps, subscriber]

    expected = {
        "Status.All": everyone,
        "Status.Active": [plain, portal, crm, gapps, subscriber],
        "Status.Inactive": [inactive],
        "Status.Gapps": [gapps],
        "Status.Crm": [crm],
        "Status.NonSubscribers": [plain, inactive, portal, crm, gapps],
        "Status.PortalEnabled": [portal],
        "Status.PortalDisabled": [plain, inactive, crm, gapps, subscriber],
    }
    for filter_by, ids in expected.items():
        body = client.get("/customers", params={"filter_by": filter_by}).json()
        assert [customer["customer_id"] for customer in body["customers"]] == ids, filter_by

    response = client.get("/customers", params={"filter_by": "Status.Nope"})
    assert status_and_code(response) == (400, 4) and "filter_by" in response.json()["message"]


def test_retrieve_by_crm_reference(client: httpx.Client, mock: MockServer) -> None:
    linked = create(client)["customer_id"]
    mock.set_fields("customer", linked, zcrm_account_id="903000000021976", zcrm_contact_id="903000000098214")
    # Zoho sets CRM IDs from its CRM sync; the mock also takes them on create.
    created_linked = create(client, display_name="Other", zcrm_contact_id="903000000055555")

    by_account = client.get("/customers/reference/903000000021976", params={"reference_id_type": "zcrm_account_id"})
    assert by_account.status_code == 200 and by_account.json()["message"] == "success"
    customer = by_account.json()["customer"]
    assert customer["customer_id"] == linked
    assert customer["zcrm_account_id"] == "903000000021976" and customer["is_linked_with_zohocrm"] is True

    by_contact = client.get("/customers/reference/903000000098214", params={"reference_id_type": "zcrm_contact_id"})
    assert by_contact.json()["customer"]["customer_id"] == linked
    untyped = client.get("/customers/reference/903000000055555")
    assert untyped.json()["customer"]["customer_id"] == created_linked["customer_id"]

    wrong_type = client.get("/customers/reference/903000000021976", params={"reference_id_type": "zcrm_contact_id"})
    assert status_and_code(wrong_type) == NOT_FOUND
    assert status_and_code(client.get("/customers/reference/1")) == NOT_FOUND
    bad_type = client.get("/customers/reference/1", params={"reference_id_type": "crm"})
    assert status_and_code(bad_type) == (400, 4) and "reference_id_type" in bad_type.json()["message"]


def test_transactions_by_customer_and_type(client: httpx.Client, mock: MockServer) -> None:
    first = create(client, display_name="First")["customer_id"]
    second = create(client, display_name="Second")["customer_id"]
    invoice = mock.add_record("transaction", customer_id=first, type="invoice", amount="20.50", date="2016-06-05")
    payment = mock.add_record(
        "transaction",
        customer_id=first,
        type="payment",
        amount="20.50",
        date="2016-06-07",
        reference_id=invoice["transaction_id"],
    )
    other = mock.add_record("transaction", customer_id=second, type="credit", amount="5")

    def ids(**params: str) -> list[str]:
        body = client.get("/transactions", params=params).json()
        assert body["message"] == "success"
        return [transaction["transaction_id"] for transaction in body["transactions"]]

    assert ids() == [invoice["transaction_id"], payment["transaction_id"], other["transaction_id"]]
    assert ids(customer_id=first) == [invoice["transaction_id"], payment["transaction_id"]]
    assert ids(customer_id=first, filter_by="TransactionType.PAYMENT") == [payment["transaction_id"]]
    assert ids(filter_by="TransactionType.CREDIT") == [other["transaction_id"]]
    assert ids(filter_by="TransactionType.REFUND") == []
    assert ids(filter_by="TransactionType.All", customer_id=second) == [other["transaction_id"]]

    listed = client.get("/transactions", params={"customer_id": first}).json()["transactions"]
    assert listed[1] == {
        "transaction_id": payment["transaction_id"],
        "reference_id": invoice["transaction_id"],
        "date": "2016-06-07",
        "type": "payment",
        "status": "active",
        "amount": "20.50",
    }
    paged = client.get("/transactions", params={"per_page": 1, "page": 2}).json()
    assert [t["transaction_id"] for t in paged["transactions"]] == [payment["transaction_id"]]
    assert paged["page_context"]["has_more_page"] is True

    assert status_and_code(client.get("/transactions", params={"customer_id": "1"})) == NOT_FOUND
    client.delete(f"/customers/{first}")
    assert ids() == [other["transaction_id"]]
