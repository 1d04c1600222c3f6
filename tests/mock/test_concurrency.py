"""Concurrent requests keep the state consistent (one lock around each read-check-write)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
from zoho_billing_mock import MockServer

THREADS = 8


def test_concurrent_creates_keep_names_unique_and_ids_distinct(
    mock: MockServer, make_client: Callable[..., httpx.Client]
) -> None:
    clients = [make_client(mock) for _ in range(THREADS)]

    def work(index: int) -> list[tuple[str, int, str | None]]:
        http = clients[index]
        results = []
        for n in range(12):
            # Every thread races for the shared names; its own names never collide.
            name = f"shared {n}" if n % 2 else f"own {index}-{n}"
            response = http.post("/items", json={"name": name, "rate": n})
            item = response.json().get("item", {})
            results.append((name, response.json()["code"], item.get("item_id")))
        return results

    with ThreadPoolExecutor(THREADS) as pool:
        results = [result for batch in pool.map(work, range(THREADS)) for result in batch]

    wins = Counter(name for name, code, _ in results if code == 0)
    assert all(code in (0, 1000) for _, code, _ in results)
    assert all(count == 1 for count in wins.values())
    assert len(wins) == 6 + THREADS * 6
    ids = [item_id for _, code, item_id in results if code == 0]
    assert len(set(ids)) == len(ids)

    listed = clients[0].get("/items", params={"per_page": 1000}).json()["items"]
    assert sorted(item["item_id"] for item in listed) == sorted(ids)
    assert len({item["name"].casefold() for item in listed}) == len(listed)


def test_concurrent_updates_deletes_and_status_changes(
    mock: MockServer, make_client: Callable[..., httpx.Client]
) -> None:
    setup = make_client(mock)
    ids = [
        setup.post("/customers", json={"display_name": f"C{n}", "email": f"c{n}@example.com"}).json()["customer"][
            "customer_id"
        ]
        for n in range(16)
    ]
    clients = [make_client(mock) for _ in range(THREADS)]

    def work(index: int) -> None:
        http = clients[index]
        for round_ in range(10):
            customer_id = ids[(index + round_) % len(ids)]
            if round_ % 3 == 0:
                http.post(f"/customers/{customer_id}/markasinactive")
            elif round_ % 3 == 1:
                http.put(f"/customers/{customer_id}", json={"display_name": f"T{index}", "email": "t@example.com"})
            else:
                http.post(f"/customers/{customer_id}/markasactive")
        if index < 4:
            http.delete(f"/customers/{ids[index]}")

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(work, range(THREADS)))

    listed = {c["customer_id"]: c for c in setup.get("/customers").json()["customers"]}
    assert set(listed) == set(ids[4:])
    for customer_id, summary in listed.items():
        full = setup.get(f"/customers/{customer_id}").json()["customer"]
        assert full["display_name"] == summary["display_name"]
        assert full["status"] in ("active", "inactive")
    assert all(entry.status is not None and entry.status < 500 for entry in mock.requests)
