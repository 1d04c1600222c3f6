"""The SDK names of the operations are exactly the public surface of the client (issue: client layer)."""

from __future__ import annotations

from typing import Any

from generator.openapi_document import iter_operations
from generator.sdk_names import sdk_method

EXPECTED = {
    "create_customer": "customers.create", "list_customers": "customers.list",
    "retrieve_customer": "customers.retrieve", "update_customer": "customers.update",
    "delete_customer": "customers.delete", "mark_customer_active": "customers.mark_active",
    "mark_customer_inactive": "customers.mark_inactive",
    "retrieve_customer_by_reference": "customers.retrieve_by_reference",
    "list_transactions": "customers.list_transactions",
    "create_item": "items.create", "list_items": "items.list", "retrieve_item": "items.retrieve",
    "update_item": "items.update", "delete_item": "items.delete", "mark_item_active": "items.mark_active",
    "mark_item_inactive": "items.mark_inactive",
}  # fmt: skip


def test_every_operation_has_its_sdk_name(document: dict[str, Any]) -> None:
    names = {op.node["operationId"]: str(sdk_method(op.node)) for op in iter_operations(document)}
    assert names == EXPECTED
