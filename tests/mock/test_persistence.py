"""`db_path` / `--db`: the state lives in a SQLite file and survives a restart."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from zoho_billing_mock import DatabaseInUseError, MockServer


def test_state_survives_a_restart(
    tmp_path: Path, start_mock: Callable[..., MockServer], make_client: Callable[..., httpx.Client]
) -> None:
    database = tmp_path / "state" / "mock.sqlite"
    first = start_mock(db_path=database)
    api = make_client(first)
    customer = api.post("/customers", json={"display_name": "A", "email": "a@b.co", "vat_treatment": "uk"}).json()
    customer_id = customer["customer"]["customer_id"]
    item = api.post(
        "/items", content=b'{"name": "Hard Drive", "rate": 120.10}', headers={"Content-Type": "application/json"}
    )
    item_id = item.json()["item"]["item_id"]
    api.post(f"/items/{item_id}/inactive")
    first.set_fields("item", item_id, referenced=True)
    first.add_record("transaction", customer_id=customer_id, type="invoice", amount="20.50")
    first.stop()

    second = start_mock(db_path=database)
    api = make_client(second)
    assert api.get(f"/customers/{customer_id}").json()["customer"] == customer["customer"]
    restored = api.get(f"/items/{item_id}")
    assert b'"rate":120.10' in restored.content and restored.json()["item"]["status"] == "inactive"
    assert api.delete(f"/items/{item_id}").json()["code"] == 2049
    assert [t["amount"] for t in api.get("/transactions").json()["transactions"]] == ["20.50"]
    assert second.state()["10234695"]["customer"][0]["vat_treatment"] == "uk"
    assert second.state()["10234695"]["item"][0]["rate"] == Decimal("120.10")
    # IDs keep counting: nothing new reuses an old ID.
    new_id = api.post("/items", json={"name": "Monitor", "rate": 1}).json()["item"]["item_id"]
    assert int(new_id) > max(int(customer_id), int(item_id))


def test_deletes_and_reset_are_persisted(tmp_path: Path, start_mock: Callable[..., MockServer]) -> None:
    database = tmp_path / "mock.sqlite"
    first = start_mock(db_path=database)
    with httpx.Client(base_url=first.base_url, headers=first.headers()) as api:
        kept = api.post("/items", json={"name": "Kept", "rate": 1}).json()["item"]["item_id"]
        gone = api.post("/items", json={"name": "Gone", "rate": 1}).json()["item"]["item_id"]
        api.delete(f"/items/{gone}")
    first.stop()

    second = start_mock(db_path=database)
    assert [item["item_id"] for item in second.state()["10234695"]["item"]] == [kept]
    second.reset()
    second.stop()

    assert start_mock(db_path=database).state() == {}


def test_without_a_database_nothing_survives(start_mock: Callable[..., MockServer]) -> None:
    first = start_mock()
    first.add_organization("1")
    with httpx.Client(base_url=first.base_url, headers=first.headers()) as api:
        assert api.post("/items", json={"name": "A", "rate": 1}).status_code == 201
    first.stop()
    assert start_mock().state() == {}


def test_a_second_server_on_the_same_database_refuses_to_start(
    tmp_path: Path, start_mock: Callable[..., MockServer], make_client: Callable[..., httpx.Client]
) -> None:
    # Two servers on one file would both issue the same IDs and overwrite each other's writes.
    database = tmp_path / "mock.sqlite"
    first = start_mock(db_path=database)
    with pytest.raises(DatabaseInUseError) as refused:
        start_mock(db_path=database)
    assert str(database) in str(refused.value) and "in use" in str(refused.value)
    # The same file under another name (a symbolic link) is the same database.
    (tmp_path / "link.sqlite").symlink_to(database)
    with pytest.raises(DatabaseInUseError):
        start_mock(db_path=tmp_path / "link.sqlite")

    api = make_client(first)
    item_id = api.post("/items", json={"name": "Kept", "rate": 1}).json()["item"]["item_id"]
    first.stop()
    # Once the first one has stopped, the file is free again, with the first one's writes.
    second = start_mock(db_path=database)
    assert [item["item_id"] for item in second.state()["10234695"]["item"]] == [item_id]
