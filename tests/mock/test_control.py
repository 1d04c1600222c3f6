"""The `/__mock__/` control API: the same test controls as the Python API, over HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from zoho_billing_mock import MockServer


@pytest.fixture
def control(mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.control_url, timeout=10) as http:
        yield http


def test_health(control: httpx.Client, mock: MockServer) -> None:
    body = control.get("/health").json()
    assert body["status"] == "ok" and body["base_url"] == mock.base_url and body["accounts_url"] == mock.root_url


def test_faults(control: httpx.Client, client: httpx.Client) -> None:
    created = control.post("/faults", json={"kind": "rate_limit", "retry_after": "Wed, 21 Oct 2099 07:28:00 GMT"})
    assert created.status_code == 201
    [fault] = created.json()["faults"]
    assert fault["kind"] == "rate_limit" and fault["status"] == 429 and fault["count"] == 1
    listed = control.get("/faults").json()["faults"]
    assert [entry["id"] for entry in listed] == [fault["id"]]

    limited = client.get("/items")
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "Wed, 21 Oct 2099 07:28:00 GMT"

    batch = {"faults": [{"kind": "server_error", "count": None}, {"kind": "slow", "delay": 0.01}]}
    assert len(control.post("/faults", json=batch).json()["faults"]) == 2
    assert client.get("/items").status_code == 500
    assert control.delete("/faults").json() == {"faults": []}
    assert client.get("/items").status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "explode"},
        {"kind": "server_error", "status": 200},
        {"kind": "slow", "delay": -1},
        {"kind": "drop", "count": 0},
        {"kind": "drop", "when": "later"},
        {"kind": "drop", "path": "("},
        {"kind": "drop", "colour": "red"},
        {"kind": "drop", "count": True},
        {"kind": "rate_limit", "retry_after": 1.5},
        {"kind": "rate_limit", "retry_after": -1},
        {"kind": "server_error", "operation_id": 7},
        ["not", "an", "object"],
    ],
)
def test_invalid_faults_are_400(control: httpx.Client, fault: object) -> None:
    response = control.post("/faults", json=fault)
    assert response.status_code == 400 and response.json()["code"] == 4
    assert control.get("/faults").json()["faults"] == []


def test_request_log(control: httpx.Client, client: httpx.Client) -> None:
    client.get("/items", params={"filter_by": "Status.All"})
    control.get("/health")  # control calls are not logged

    [entry] = control.get("/requests").json()["requests"]
    assert entry["method"] == "GET" and entry["path"] == "/billing/v1/items"
    assert entry["query"] == "filter_by=Status.All" and entry["query_params"] == {"filter_by": ["Status.All"]}
    assert entry["headers"]["Authorization"] == "Zoho-oauthtoken mock-access-token"
    assert entry["status"] == 200 and entry["operation_id"] == "list_items" and entry["timestamp"]
    assert control.delete("/requests").json() == {"requests": []}
    assert control.get("/requests").json()["requests"] == []


def test_items_marked_referenced(control: httpx.Client, client: httpx.Client) -> None:
    item_id = client.post("/items", json={"name": "A", "rate": 1}).json()["item"]["item_id"]

    marked = control.patch(f"/records/item/{item_id}", json={"referenced": True})
    assert marked.status_code == 200 and marked.json()["record"]["referenced"] is True
    assert client.delete(f"/items/{item_id}").json()["code"] == 2049
    assert control.get(f"/records/item/{item_id}").json()["record"]["referenced"] is True
    assert control.patch(f"/records/item/{item_id}", json={"referenced": False}).json()["record"]["referenced"] is False
    assert client.delete(f"/items/{item_id}").status_code == 200
    missing = control.patch("/records/item/903000000999999", json={"referenced": True})
    assert missing.status_code == 404 and missing.json()["code"] == 2006
    assert control.patch(f"/records/item/{item_id}", json={"referenced": "yes"}).status_code == 404  # deleted


def test_state_fields_take_only_what_their_schema_allows(control: httpx.Client, client: httpx.Client) -> None:
    item_id = client.post("/items", json={"name": "A", "rate": 1}).json()["item"]["item_id"]
    bad = control.patch(f"/records/item/{item_id}", json={"referenced": "yes"})
    assert bad.status_code == 400 and "referenced" in bad.json()["message"]
    # a field the API itself sets is not a control: only read-only and state fields are
    name = control.patch(f"/records/item/{item_id}", json={"name": "B"})
    assert name.status_code == 400 and "name" in name.json()["message"]
    unknown = control.patch("/records/gadget/1", json={})
    assert unknown.status_code == 404 and "gadget" in unknown.json()["message"]


def test_transactions_and_crm_links(control: httpx.Client, client: httpx.Client) -> None:
    customer_id = client.post("/customers", json={"display_name": "A", "email": "a@b.co"}).json()["customer"][
        "customer_id"
    ]

    seeded = control.post(
        "/records/transaction",
        json={
            "records": [
                {"customer_id": customer_id, "type": "invoice", "amount": "20.50", "date": "2016-06-05"},
                {"customer_id": customer_id, "type": "refund", "amount": 3},
            ]
        },
    )
    assert seeded.status_code == 201
    invoice, refund = seeded.json()["records"]
    assert invoice["amount"] == "20.50" and refund["amount"] == 3 and refund["status"] == "active"
    assert refund["reference_id"] == refund["transaction_id"]  # generated: own_id
    listed = client.get("/transactions", params={"customer_id": customer_id, "filter_by": "TransactionType.REFUND"})
    assert [t["transaction_id"] for t in listed.json()["transactions"]] == [refund["transaction_id"]]
    for bad in (
        {"customer_id": "1", "type": "invoice"},
        {"customer_id": customer_id, "type": "gift"},
        {"customer_id": customer_id, "amount": "lots"},
        {"customer_id": customer_id, "date": "June"},
        {"customer_id": customer_id, "colour": "red"},
        {"type": "invoice"},
    ):
        assert control.post("/records/transaction", json=bad).status_code in (400, 404), bad
    assert len(control.get("/records/transaction").json()["records"]) == 2

    linked = control.patch(
        f"/records/customer/{customer_id}", json={"zcrm_account_id": "903000000021976", "outstanding": 250.75}
    )
    assert linked.status_code == 200
    assert linked.json()["record"]["zcrm_account_id"] == "903000000021976"
    assert linked.json()["record"]["is_linked_with_zohocrm"] is True  # derived
    found = client.get("/customers/reference/903000000021976").json()["customer"]
    assert found["customer_id"] == customer_id and found["outstanding"] == 250.75
    assert control.patch(f"/records/customer/{customer_id}", json={"display_name": "B"}).status_code == 400
    assert control.patch(f"/records/customer/{customer_id}", json={"zcrm_account_id": "abc"}).status_code == 400
    assert control.patch("/records/customer/903000000999999", json={}).status_code == 404


def test_tokens(control: httpx.Client, client: httpx.Client, mock: MockServer) -> None:
    assert (
        control.post("/tokens", json={"access_token": "extra", "scope": "ZohoSubscriptions.items.READ"}).status_code
        == 201
    )
    as_extra = {"Authorization": "Zoho-oauthtoken extra"}
    assert client.get("/items", headers=as_extra).status_code == 200
    assert client.get("/customers", headers=as_extra).status_code == 403

    assert control.post("/tokens/expire", json={"access_token": "extra"}).json() == {"expired": 1}
    assert client.get("/items", headers=as_extra).status_code == 401
    assert control.post("/tokens/revoke", json={"access_token": mock.token}).json() == {"revoked": True}
    assert client.get("/items").status_code == 401
    tokens = control.get("/tokens").json()["access_tokens"]
    assert [(t["access_token"], t["expired"]) for t in tokens] == [("extra", True)]

    assert control.post("/tokens", json={"access_token": "everything"}).status_code == 201
    assert control.post("/tokens/expire", json={}).json() == {"expired": 2}


def test_oauth_clients_and_refresh_tokens(control: httpx.Client, mock: MockServer) -> None:
    assert control.post("/oauth/clients", json={"client_id": "c2", "client_secret": "s2"}).status_code == 201
    assert control.post("/oauth/refresh_tokens", json={"refresh_token": "r2", "client_id": "c2"}).status_code == 201
    form = {"grant_type": "refresh_token", "client_id": "c2", "client_secret": "s2", "refresh_token": "r2"}
    assert httpx.post(mock.token_url, data=form, timeout=10).status_code == 200


def test_organizations_and_per_organization_controls(
    control: httpx.Client, mock: MockServer, make_client: Callable[..., httpx.Client]
) -> None:
    assert control.post("/organizations", json={"organization_id": "555"}).json()["organizations"] == [
        mock.organization_id,
        "555",
    ]
    other = make_client(mock, headers=mock.headers(organization_id="555"))
    item_id = other.post("/items", json={"name": "A", "rate": 1}).json()["item"]["item_id"]
    flag = {"referenced": True}
    assert control.patch(f"/records/item/{item_id}", json=flag).status_code == 404  # default organization
    used = control.patch(
        f"/records/item/{item_id}", json=flag, headers={"X-com-zoho-subscriptions-organizationid": "555"}
    )
    assert used.status_code == 200
    assert control.patch(f"/records/item/{item_id}", json=flag, params={"organization_id": "999"}).status_code == 400


def test_state_and_reset(control: httpx.Client, client: httpx.Client) -> None:
    client.post("/items", json={"name": "A", "rate": 1, "is_taxable": True})
    state = control.get("/state").json()
    [item] = state["organizations"]["10234695"]["item"]
    assert item["is_taxable"] is True and item["referenced"] is False
    control.post("/faults", json={"kind": "server_error"})

    assert control.post("/reset").json() == {"status": "reset"}
    assert control.get("/state").json()["organizations"] == {}
    assert control.get("/faults").json()["faults"] == []
    assert control.get("/requests").json()["requests"] == []
    assert client.get("/items").json()["items"] == []


def test_unknown_control_paths(control: httpx.Client) -> None:
    assert control.get("/nothing").status_code == 404
    wrong = control.put("/faults")
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "DELETE, GET, POST"
    assert control.post("/faults", content=b"{").status_code == 400
