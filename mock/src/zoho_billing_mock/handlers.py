"""What each operation does to the state: one function per operationId, plus the test-only changes.

Handlers receive a validated request (`Call`) and return the resource part of the success body;
the caller wraps it in `{code: 0, message: <x-zoho-success-message>, ...}` and trims it to the
response schema. Records keep what the client sent: fields the operation's request schema
declares at the top level, anything else under `_extra`; keys starting with `_` are internal and
never leave the server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import (
    ITEM_IN_USE_CANNOT_DELETE,
    ITEM_NAME_ALREADY_EXISTS,
    ITEM_NOT_FOUND,
    ITEM_PRODUCT_TYPE_LOCKED,
    documented_error,
    generic_error,
)
from .spec import Operation
from .state import Record, Store

__all__ = ["HANDLERS", "TRANSACTION_TYPES", "Billing", "Call", "zoho_timestamp"]

TRANSACTION_TYPES = ("invoice", "payment", "credit", "refund")
DEFAULT_CURRENCY = "USD"
_CUSTOMER_FLAGS = (
    "zcrm_account_id",
    "zcrm_contact_id",
    "is_gapps_customer",
    "has_subscription",
    "outstanding",
    "unused_credits",
)


def zoho_timestamp(moment: datetime | None = None) -> str:
    """Local time in Zoho's form, such as `2016-06-05T12:30:08-0700`."""
    return (moment or datetime.now()).astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")


@dataclass
class Call:
    """A validated API request, as the handlers see it."""

    operation: Operation
    organization: str
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    body: Any = None


class Billing:
    """The behaviour of Zoho Billing's Customers and Items, on top of a `Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- customers -------------------------------------------------------------------------
    def create_customer(self, call: Call) -> dict[str, Any]:
        body: dict[str, Any] = call.body
        now = zoho_timestamp()
        with self.store.lock:
            customer_id = self.store.new_id()
            record: Record = {
                "customer_id": customer_id,
                "status": "active",
                "source": "user",
                "currency_code": DEFAULT_CURRENCY,
                "price_precision": 2,
                "unused_credits": 0,
                "outstanding": 0,
                "ach_supported": False,
                "is_portal_enabled": False,
                "is_linked_with_zohocrm": False,
                "is_gapps_customer": False,
                "has_attachment": False,
                "can_add_card": True,
                "can_add_bank_account": True,
                "primary_contactperson_id": self.store.new_id(),
                "documents": [],
                "created_time": now,
                "updated_time": now,
                "_has_subscription": False,
                "_extra": {},
            }
            _merge_request(record, body, call.operation)
            record["currency_id"] = _currency_id(record["currency_code"])
            # CRM links come from Zoho's CRM sync; the mock takes them on create as an extension.
            for key in ("zcrm_account_id", "zcrm_contact_id"):
                value = body.get(key)
                if isinstance(value, str) and re.fullmatch(r"[0-9]+", value):
                    record[key] = value
                    record["is_linked_with_zohocrm"] = True
            self.store.put(call.organization, "customer", customer_id, record)
            return {"customer": record}

    def list_customers(self, call: Call) -> dict[str, Any]:
        selection = call.query.get("filter_by", "Status.All")
        tests: dict[str, Callable[[Record], bool]] = {
            "Status.All": lambda record: True,
            "Status.Active": lambda record: record.get("status") == "active",
            "Status.Inactive": lambda record: record.get("status") == "inactive",
            "Status.Gapps": lambda record: record.get("is_gapps_customer") is True,
            "Status.Crm": lambda record: record.get("is_linked_with_zohocrm") is True,
            "Status.NonSubscribers": lambda record: not record.get("_has_subscription"),
            "Status.PortalEnabled": lambda record: record.get("is_portal_enabled") is True,
            "Status.PortalDisabled": lambda record: record.get("is_portal_enabled") is not True,
        }
        test = tests.get(selection, tests["Status.All"])
        customers = [record for record in self.store.records(call.organization, "customer") if test(record)]
        page, context = _paginate(customers, call.query)
        return {"customers": page, "page_context": context}

    def retrieve_customer(self, call: Call) -> dict[str, Any]:
        return {"customer": self._customer(call.organization, call.path_params["customer_id"])}

    def update_customer(self, call: Call) -> dict[str, Any]:
        with self.store.lock:
            record = self._customer(call.organization, call.path_params["customer_id"])
            _merge_request(record, call.body, call.operation)
            record["currency_id"] = _currency_id(record.get("currency_code", DEFAULT_CURRENCY))
            record["updated_time"] = zoho_timestamp()
            self.store.put(call.organization, "customer", record["customer_id"], record)
            return {"customer": record}

    def delete_customer(self, call: Call) -> dict[str, Any]:
        with self.store.lock:
            customer_id = self._customer(call.organization, call.path_params["customer_id"])["customer_id"]
            self.store.delete(call.organization, "customer", customer_id)
            for transaction in self.store.records(call.organization, "transaction"):
                if transaction.get("_customer_id") == customer_id:
                    self.store.delete(call.organization, "transaction", transaction["transaction_id"])
        return {}

    def retrieve_customer_by_reference(self, call: Call) -> dict[str, Any]:
        reference = call.path_params["reference_id"]
        kind = call.query.get("reference_id_type")
        keys = (kind,) if kind else ("zcrm_account_id", "zcrm_contact_id")
        for record in self.store.records(call.organization, "customer"):
            if any(record.get(key) == reference for key in keys):
                return {"customer": record}
        raise generic_error(404)

    def mark_customer_active(self, call: Call) -> dict[str, Any]:
        return self._set_customer_status(call, "active")

    def mark_customer_inactive(self, call: Call) -> dict[str, Any]:
        return self._set_customer_status(call, "inactive")

    def list_transactions(self, call: Call) -> dict[str, Any]:
        customer_id = call.query.get("customer_id")
        if customer_id is not None:
            self._customer(call.organization, customer_id)
        selection = call.query.get("filter_by", "TransactionType.All")
        wanted = None if selection == "TransactionType.All" else selection.split(".", 1)[1].lower()
        transactions = [
            record
            for record in self.store.records(call.organization, "transaction")
            if (customer_id is None or record.get("_customer_id") == customer_id)
            and (wanted is None or record.get("type") == wanted)
        ]
        page, context = _paginate(transactions, call.query)
        return {"transactions": page, "page_context": context}

    # --- items -----------------------------------------------------------------------------
    def create_item(self, call: Call) -> dict[str, Any]:
        body: dict[str, Any] = call.body
        with self.store.lock:
            self._check_name_free(call.organization, body["name"], None)
            item_id = self.store.new_id()
            record: Record = {"item_id": item_id, "status": "active", "_used": False, "_extra": {}}
            _merge_request(record, body, call.operation)
            self.store.put(call.organization, "item", item_id, record)
            return {"item": record}

    def list_items(self, call: Call) -> dict[str, Any]:
        query = call.query
        selection = query.get("filter_by", "Status.All")
        items = self.store.records(call.organization, "item")
        if selection != "Status.All":
            items = [record for record in items if record.get("status") == selection.split(".", 1)[1].lower()]
        items = [record for record in items if _item_matches(record, query)]
        sort_column = query.get("sort_column")
        if sort_column == "rate":
            items.sort(key=lambda record: Decimal(record.get("rate", 0)))
        elif sort_column in ("name", "tax_name"):
            items.sort(key=lambda record: str(record.get(sort_column, "")).casefold())
        page, context = _paginate(items, query)
        return {"items": page, "page_context": context}

    def retrieve_item(self, call: Call) -> dict[str, Any]:
        return {"item": self._item(call.organization, call.path_params["item_id"])}

    def update_item(self, call: Call) -> dict[str, Any]:
        body: dict[str, Any] = call.body
        with self.store.lock:
            record = self._item(call.organization, call.path_params["item_id"])
            self._check_name_free(call.organization, body["name"], record["item_id"])
            current, wanted = record.get("product_type"), body.get("product_type")
            if record.get("_used") and wanted is not None and current is not None and wanted != current:
                raise documented_error(ITEM_PRODUCT_TYPE_LOCKED)
            _merge_request(record, body, call.operation)
            self.store.put(call.organization, "item", record["item_id"], record)
            return {"item": record}

    def delete_item(self, call: Call) -> dict[str, Any]:
        with self.store.lock:
            record = self._item(call.organization, call.path_params["item_id"])
            if record.get("_used"):
                raise documented_error(ITEM_IN_USE_CANNOT_DELETE)
            self.store.delete(call.organization, "item", record["item_id"])
        return {}

    def mark_item_active(self, call: Call) -> dict[str, Any]:
        return self._set_item_status(call, "active")

    def mark_item_inactive(self, call: Call) -> dict[str, Any]:
        return self._set_item_status(call, "inactive")

    # --- test-only changes (control API) ---------------------------------------------------
    def mark_item_used(self, organization: str, item_id: str, used: bool = True) -> Record:
        """Mark an item as part of other transactions (or not): deleting it then gives 2049."""
        with self.store.lock:
            record = self._item(organization, item_id)
            record["_used"] = used
            self.store.put(organization, "item", item_id, record)
            return record

    def set_customer_fields(self, organization: str, customer_id: str, fields: Mapping[str, Any]) -> Record:
        """Set what Zoho sets itself: CRM links, G Suite origin, subscriptions, balances."""
        unknown = sorted(set(fields) - set(_CUSTOMER_FLAGS))
        if unknown:
            raise generic_error(400, f"Invalid value passed for {unknown[0]}: not a field the mock lets you set")
        with self.store.lock:
            record = self._customer(organization, customer_id)
            for key, value in fields.items():
                if key in ("zcrm_account_id", "zcrm_contact_id"):
                    if value is not None and not (isinstance(value, str) and re.fullmatch(r"[0-9]+", value)):
                        raise generic_error(400, f"Invalid value passed for {key}: must be a string of digits")
                    if value is None:
                        record.pop(key, None)
                    else:
                        record[key] = value
                elif key in ("is_gapps_customer", "has_subscription"):
                    if not isinstance(value, bool):
                        raise generic_error(400, f"Invalid value passed for {key}: must be a boolean")
                    record["_has_subscription" if key == "has_subscription" else key] = value
                else:
                    record[key] = _decimal(value, key)
            record["is_linked_with_zohocrm"] = bool(record.get("zcrm_account_id") or record.get("zcrm_contact_id"))
            record["updated_time"] = zoho_timestamp()
            self.store.put(organization, "customer", customer_id, record)
            return record

    def add_transaction(self, organization: str, data: Mapping[str, Any]) -> Record:
        """Record a transaction of a customer (the mock has no invoices or payments of its own)."""
        allowed = {"customer_id", "type", "amount", "date", "status", "reference_id"}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise generic_error(400, f"Invalid value passed for {unknown[0]}: not a transaction field")
        kind = data.get("type", "invoice")
        if kind not in TRANSACTION_TYPES:
            raise generic_error(400, f"Invalid value passed for type: must be one of {list(TRANSACTION_TYPES)}")
        amount = format(_decimal(data.get("amount", 0), "amount"), "f")
        when = data.get("date") or date.today().isoformat()
        try:
            date.fromisoformat(str(when))
        except ValueError:
            raise generic_error(400, "Invalid value passed for date: must be YYYY-MM-DD") from None
        status = data.get("status", "active")
        if not isinstance(status, str):
            raise generic_error(400, "Invalid value passed for status: must be a string")
        with self.store.lock:
            customer_id = str(data.get("customer_id", ""))
            self._customer(organization, customer_id)
            transaction_id = self.store.new_id()
            reference = data.get("reference_id")
            record: Record = {
                "transaction_id": transaction_id,
                "reference_id": str(reference) if reference is not None else transaction_id,
                "date": str(when),
                "type": kind,
                "status": status,
                "amount": amount,
                "_customer_id": customer_id,
            }
            self.store.put(organization, "transaction", transaction_id, record)
            return record

    # --- helpers ---------------------------------------------------------------------------
    def _customer(self, organization: str, customer_id: str) -> Record:
        record = self.store.get(organization, "customer", customer_id)
        if record is None:
            raise generic_error(404)
        return record

    def _item(self, organization: str, item_id: str) -> Record:
        record = self.store.get(organization, "item", item_id)
        if record is None:
            raise documented_error(ITEM_NOT_FOUND)
        return record

    def _check_name_free(self, organization: str, name: str, own_id: str | None) -> None:
        wanted = name.casefold()
        for record in self.store.records(organization, "item"):
            if record["item_id"] != own_id and str(record.get("name", "")).casefold() == wanted:
                raise documented_error(ITEM_NAME_ALREADY_EXISTS)

    def _set_customer_status(self, call: Call, status: str) -> dict[str, Any]:
        with self.store.lock:
            record = self._customer(call.organization, call.path_params["customer_id"])
            record["status"] = status
            record["updated_time"] = zoho_timestamp()
            self.store.put(call.organization, "customer", record["customer_id"], record)
        return {}

    def _set_item_status(self, call: Call, status: str) -> dict[str, Any]:
        with self.store.lock:
            record = self._item(call.organization, call.path_params["item_id"])
            record["status"] = status
            self.store.put(call.organization, "item", record["item_id"], record)
        return {}


def _merge_request(record: Record, body: Mapping[str, Any], operation: Operation) -> None:
    """Fields the request schema declares go to the record; anything else is kept under `_extra`."""
    extra: dict[str, Any] = record.setdefault("_extra", {})
    for key, value in body.items():
        if key in operation.request_properties:
            record[key] = value
        else:
            extra[key] = value


def _item_matches(record: Record, query: Mapping[str, str]) -> bool:
    name = str(record.get("name", "")).casefold()
    description = str(record.get("description", "")).casefold()
    text_tests: dict[str, Callable[[str], bool]] = {
        "name": lambda value: name == value,
        "name_startswith": lambda value: name.startswith(value),
        "name_contains": lambda value: value in name,
        "description": lambda value: description == value,
        "description_startswith": lambda value: description.startswith(value),
        "description_contains": lambda value: value in description,
        "search_text": lambda value: value in name or value in description,
    }
    for key, test in text_tests.items():
        if key in query and not test(query[key].casefold()):
            return False
    rate = Decimal(record.get("rate", 0))
    rate_tests: dict[str, Callable[[Decimal], bool]] = {
        "rate": lambda value: rate == value,
        "rate_less_than": lambda value: rate < value,
        "rate_less_equals": lambda value: rate <= value,
        "rate_greater_than": lambda value: rate > value,
        "rate_greater_equals": lambda value: rate >= value,
    }
    for key, compare in rate_tests.items():
        if key in query and not compare(Decimal(query[key])):
            return False
    return "tax_id" not in query or record.get("tax_id") == query["tax_id"]


def _paginate(records: list[Record], query: Mapping[str, str]) -> tuple[list[Record], dict[str, Any]]:
    page = int(query.get("page", "1"))
    per_page = int(query.get("per_page", "200"))
    start = (page - 1) * per_page
    chunk = records[start : start + per_page]
    return chunk, {"page": page, "per_page": per_page, "has_more_page": len(records) > start + per_page}


def _currency_id(code: str) -> str:
    """A stable numeric ID per currency code (Zoho's IDs are per organization; these are the mock's)."""
    return "9030000" + "".join(f"{ord(character) % 1000:03d}" for character in code[:8])


def _decimal(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str | float):
        raise generic_error(400, f"Invalid value passed for {name}: must be a number")
    try:
        result = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise generic_error(400, f"Invalid value passed for {name}: must be a number") from None
    if not result.is_finite():
        raise generic_error(400, f"Invalid value passed for {name}: must be a finite number")
    return result


HANDLERS: dict[str, Callable[[Billing, Call], dict[str, Any]]] = {
    name: getattr(Billing, name)
    for name in (
        "create_customer",
        "list_customers",
        "retrieve_customer",
        "update_customer",
        "delete_customer",
        "retrieve_customer_by_reference",
        "mark_customer_active",
        "mark_customer_inactive",
        "list_transactions",
        "create_item",
        "list_items",
        "retrieve_item",
        "update_item",
        "delete_item",
        "mark_item_active",
        "mark_item_inactive",
    )
}
