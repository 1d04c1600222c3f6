"""Items over real HTTP: each operation, the documented item error codes, filters, sorting, money."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import httpx
import pytest
from zoho_billing_mock import MockServer

ITEM_NOT_FOUND = (404, 2006, "Item does not exist")
NAME_EXISTS = (400, 1000, "The item name already exist")
IN_USE = (
    400,
    2049,
    "Items which are a part of other transactions cannot be deleted. Instead, mark them as inactive",
)
TYPE_LOCKED = (400, 2076, "Product type cannot be changed for Items having transactions")


def create(client: httpx.Client, name: str = "Hard Drive", rate: Any = 120, **fields: Any) -> dict[str, Any]:
    response = client.post("/items", json={"name": name, "rate": rate, **fields})
    assert response.status_code == 201, response.text
    item: dict[str, Any] = response.json()["item"]
    return item


def error(response: httpx.Response) -> tuple[int, int, str]:
    body = response.json()
    return response.status_code, body["code"], body["message"]


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["name"] for item in response.json()["items"]]


def test_create_answers_201_with_the_item(client: httpx.Client) -> None:
    sent = {
        "name": "Hard Drive",
        "rate": 120,
        "description": "500GB",
        "tax_id": "982000000037049",
        "sku": "s12345",
        "product_type": "goods",
        "hsn_or_sac": "847170",
        "item_tax_preferences": [{"tax_id": "982000000037049", "tax_specification": "intra"}],
        "custom_fields": [{"customfield_id": "46000000012845", "value": "Normal"}],
    }
    response = client.post("/items", json=sent)

    assert response.status_code == 201
    body = response.json()
    assert body["code"] == 0 and body["message"] == "The item has been added."
    item = body["item"]
    assert re.fullmatch(r"[0-9]+", item["item_id"]) and item["status"] == "active"
    assert {key: item[key] for key in sent} == sent


def test_request_only_fields_are_stored_but_not_returned(client: httpx.Client, mock: MockServer) -> None:
    item = create(client, is_taxable=False, tax_exemption_id="982000000037000")
    assert "is_taxable" not in item and "tax_exemption_id" not in item
    stored = mock.state()[mock.organization_id]["item"][0]
    assert stored["is_taxable"] is False and stored["tax_exemption_id"] == "982000000037000"


def test_rates_stay_exact(client: httpx.Client) -> None:
    body = b'{"name": "Precise", "rate": 0.1000000000000000055511151231257827}'
    response = client.post("/items", content=body, headers={"Content-Type": "application/json"})

    assert response.status_code == 201
    assert b'"rate":0.1000000000000000055511151231257827' in response.content
    item_id = response.json()["item"]["item_id"]
    retrieved = client.get(f"/items/{item_id}")
    assert json.loads(retrieved.content, parse_float=Decimal)["item"]["rate"] == Decimal(
        "0.1000000000000000055511151231257827"
    )
    listed = client.get("/items", params={"rate": "0.1000000000000000055511151231257827"})
    assert names(listed) == ["Precise"]
    trailing = client.post(
        "/items", content=b'{"name": "Trailing", "rate": 129.90}', headers={"Content-Type": "application/json"}
    )
    assert b'"rate":129.90' in trailing.content


@pytest.mark.parametrize("missing", ["name", "rate"])
def test_create_requires_name_and_rate(client: httpx.Client, mock: MockServer, missing: str) -> None:
    body: dict[str, Any] = {"name": "Hard Drive", "rate": 120}
    del body[missing]
    response = client.post("/items", json=body)
    assert error(response)[:2] == (400, 4)
    assert missing in error(response)[2]
    assert mock.state() == {}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "", "rate": 1}, "name"),
        ({"name": "x" * 101, "rate": 1}, "name"),
        ({"name": "A", "rate": "120"}, "rate"),
        ({"name": "A", "rate": 1, "product_type": "digital"}, "product_type"),
        ({"name": "A", "rate": 1, "item_tax_preferences": [{"tax_specification": "both"}]}, "item_tax_preferences[0]"),
    ],
)
def test_create_names_the_invalid_field(client: httpx.Client, body: dict[str, Any], field: str) -> None:
    status, code, message = error(client.post("/items", json=body))
    assert (status, code) == (400, 4)
    assert field in message


def test_item_names_are_unique(client: httpx.Client) -> None:
    create(client, "Hard Drive")
    other = create(client, "Monitor")

    assert error(client.post("/items", json={"name": "Hard Drive", "rate": 1})) == NAME_EXISTS
    assert error(client.post("/items", json={"name": "hard drive", "rate": 1})) == NAME_EXISTS
    renamed = client.put(f"/items/{other['item_id']}", json={"name": "Hard Drive", "rate": 1})
    assert error(renamed) == NAME_EXISTS
    same = client.put(f"/items/{other['item_id']}", json={"name": "Monitor", "rate": 2})
    assert same.status_code == 200


def test_retrieve_update_delete(client: httpx.Client) -> None:
    item = create(client, description="500GB", sku="s1")

    retrieved = client.get(f"/items/{item['item_id']}")
    assert retrieved.status_code == 200 and retrieved.json()["message"] == "success"
    assert retrieved.json()["item"] == item

    updated = client.put(
        f"/items/{item['item_id']}", json={"name": "Hard Drive", "rate": 129.99, "description": "7200"}
    )
    assert updated.status_code == 200
    assert updated.json()["message"] == "Item details have been saved."
    assert updated.json()["item"] == {**item, "rate": 129.99, "description": "7200"}

    deleted = client.delete(f"/items/{item['item_id']}")
    assert deleted.json() == {"code": 0, "message": "The item has been deleted."}
    assert error(client.get(f"/items/{item['item_id']}")) == ITEM_NOT_FOUND


@pytest.mark.parametrize("missing", ["name", "rate"])
def test_update_requires_name_and_rate(client: httpx.Client, missing: str) -> None:
    item_id = create(client)["item_id"]
    body: dict[str, Any] = {"name": "Hard Drive", "rate": 120}
    del body[missing]
    status, code, message = error(client.put(f"/items/{item_id}", json=body))
    assert (status, code) == (400, 4) and missing in message


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("GET", "", None),
        ("PUT", "", {"name": "X", "rate": 1}),
        ("DELETE", "", None),
        ("POST", "/active", None),
        ("POST", "/inactive", None),
    ],
)
def test_unknown_item_is_2006(client: httpx.Client, method: str, suffix: str, body: Any) -> None:
    assert error(client.request(method, f"/items/903000000999999{suffix}", json=body)) == ITEM_NOT_FOUND


def test_an_item_in_use_cannot_be_deleted(client: httpx.Client, mock: MockServer) -> None:
    item_id = create(client)["item_id"]
    mock.set_fields("item", item_id, referenced=True)

    assert error(client.delete(f"/items/{item_id}")) == IN_USE
    assert client.post(f"/items/{item_id}/inactive").status_code == 200  # what Zoho suggests instead
    mock.set_fields("item", item_id, referenced=False)
    assert client.delete(f"/items/{item_id}").status_code == 200


def test_product_type_is_fixed_once_the_item_is_in_use(client: httpx.Client, mock: MockServer) -> None:
    item_id = create(client, product_type="goods")["item_id"]
    free = client.put(f"/items/{item_id}", json={"name": "Hard Drive", "rate": 1, "product_type": "service"})
    assert free.status_code == 200 and free.json()["item"]["product_type"] == "service"

    mock.set_fields("item", item_id, referenced=True)
    locked = client.put(f"/items/{item_id}", json={"name": "Hard Drive", "rate": 1, "product_type": "goods"})
    assert error(locked) == TYPE_LOCKED
    assert client.get(f"/items/{item_id}").json()["item"]["product_type"] == "service"
    unchanged = client.put(f"/items/{item_id}", json={"name": "Hard Drive", "rate": 2, "product_type": "service"})
    assert unchanged.status_code == 200


def test_mark_inactive_and_active(client: httpx.Client) -> None:
    item_id = create(client)["item_id"]

    inactive = client.post(f"/items/{item_id}/inactive")
    assert inactive.json() == {"code": 0, "message": "The item has been marked Inactive."}
    assert client.get(f"/items/{item_id}").json()["item"]["status"] == "inactive"
    assert names(client.get("/items", params={"filter_by": "Status.Active"})) == []
    assert names(client.get("/items", params={"filter_by": "Status.Inactive"})) == ["Hard Drive"]

    active = client.post(f"/items/{item_id}/active")
    assert active.json() == {"code": 0, "message": "The item has been marked Active."}
    assert names(client.get("/items", params={"filter_by": "Status.Active"})) == ["Hard Drive"]


@pytest.fixture
def catalogue(client: httpx.Client) -> None:
    create(client, "Hard Drive", 120, description="500GB SATA", tax_id="11")
    create(client, "Hard Disk Cable", 9.5, description="SATA cable")
    create(client, "Monitor", 199.99, description="27 inch", tax_id="22")
    create(client, "Support Hour", 80, description="Remote support drive-by", product_type="service")


@pytest.mark.usefixtures("catalogue")
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Hard Drive", "Hard Disk Cable", "Monitor", "Support Hour"]),
        ({"name": "hard drive"}, ["Hard Drive"]),
        ({"name": "Hard"}, []),
        ({"name_startswith": "Hard"}, ["Hard Drive", "Hard Disk Cable"]),
        ({"name_contains": "or"}, ["Monitor", "Support Hour"]),
        ({"description": "27 inch"}, ["Monitor"]),
        ({"description_startswith": "sata"}, ["Hard Disk Cable"]),
        ({"description_contains": "SATA"}, ["Hard Drive", "Hard Disk Cable"]),
        ({"rate": "120"}, ["Hard Drive"]),
        ({"rate": "9.5"}, ["Hard Disk Cable"]),
        ({"rate_less_than": "120"}, ["Hard Disk Cable", "Support Hour"]),
        ({"rate_less_equals": "120"}, ["Hard Drive", "Hard Disk Cable", "Support Hour"]),
        ({"rate_greater_than": "120"}, ["Monitor"]),
        ({"rate_greater_equals": "120.00"}, ["Hard Drive", "Monitor"]),
        ({"tax_id": "22"}, ["Monitor"]),
        ({"search_text": "drive"}, ["Hard Drive", "Support Hour"]),
        ({"name_startswith": "Hard", "rate_less_than": "100"}, ["Hard Disk Cable"]),
        ({"sort_column": "name"}, ["Hard Disk Cable", "Hard Drive", "Monitor", "Support Hour"]),
        ({"sort_column": "rate"}, ["Hard Disk Cable", "Support Hour", "Hard Drive", "Monitor"]),
        ({"sort_column": "tax_name"}, ["Hard Drive", "Hard Disk Cable", "Monitor", "Support Hour"]),
        ({"sort_column": "rate", "per_page": "2", "page": "2"}, ["Hard Drive", "Monitor"]),
    ],
)
def test_list_filters_and_sorting(client: httpx.Client, params: dict[str, str], expected: list[str]) -> None:
    response = client.get("/items", params=params)
    assert response.json()["message"] == "success"
    assert names(response) == expected


@pytest.mark.usefixtures("catalogue")
def test_list_pages(client: httpx.Client) -> None:
    first = client.get("/items", params={"per_page": 3}).json()
    assert len(first["items"]) == 3
    assert first["page_context"] == {"page": 1, "per_page": 3, "has_more_page": True}
    last = client.get("/items", params={"per_page": 3, "page": 2}).json()
    assert [item["name"] for item in last["items"]] == ["Support Hour"]
    assert last["page_context"] == {"page": 2, "per_page": 3, "has_more_page": False}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"rate_less_than": "cheap"}, "rate_less_than"),
        ({"rate": "-1"}, "rate"),
        ({"sort_column": "sku"}, "sort_column"),
        ({"filter_by": "Status.Gapps"}, "filter_by"),
        ({"page": "0"}, "page"),
        ({"per_page": "many"}, "per_page"),
        ({"tax_id": "abc"}, "tax_id"),
    ],
)
def test_list_rejects_bad_parameters(client: httpx.Client, params: dict[str, str], field: str) -> None:
    status, code, message = error(client.get("/items", params=params))
    assert (status, code) == (400, 4) and field in message


def test_list_uses_the_summary_form(client: httpx.Client) -> None:
    item = create(client, hsn_or_sac="847170", item_tax_preferences=[{"tax_id": "1", "tax_specification": "inter"}])
    assert item["hsn_or_sac"] == "847170"
    listed = client.get("/items").json()["items"][0]
    assert "hsn_or_sac" not in listed and "item_tax_preferences" not in listed
