from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="InvoiceSummary")


@_attrs_define
class InvoiceSummary:
    """An invoice as the list operation returns it: its totals, dates and customer, without lines. `invoice_id`,
    `customer_id` and `status` are always present, as in `Invoice`.

        Attributes:
            invoice_id (str): Unique ID Zoho assigns to the invoice: a string of digits, with the pattern of the
                `invoice_id` path parameter, so a value read here can be sent back there.
            status (InvoiceStatus): Where the invoice stands. Zoho's reference names `paid`, `sent`, `overdue`,
                `partially_paid` and `void`; `draft` and `unpaid` are the states its list filter selects, and `pending` the
                state of a metered subscription's renewal invoice before its usage is added (Zoho's metered-billing help); Zoho
                may return others.
            customer_id (str): ID of the customer the invoice is raised to (a Customers `customer_id`).
            number (str | Unset): The invoice's number as printed on it and shown in the web app (Zoho's examples start with
                `INV-`). Zoho numbers invoices itself unless the create or update sets `ignore_auto_number_generation`; at most
                100 characters.
            invoice_date (datetime.date | Unset): Date the invoice was raised.
            due_date (datetime.date | Unset): Date by which the invoice is to be paid.
            customer_name (str | Unset): Display name of the customer.
            email (str | Unset): Email address of the customer.
            currency_code (str | Unset): ISO 4217 code of the invoice's currency.
            currency_symbol (str | Unset): Symbol of the invoice's currency.
            total (Decimal | Unset): Amount the invoice is for.
            balance (Decimal | Unset): Amount still unpaid.
            has_attachment (bool | Unset): True when files are attached to the invoice.
            created_time (str | Unset): When the invoice was created.
            updated_time (str | Unset): When the invoice was last changed.
    """

    invoice_id: str
    status: InvoiceStatus
    customer_id: str
    number: str | Unset = UNSET
    invoice_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    customer_name: str | Unset = UNSET
    email: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    total: Decimal | Unset = UNSET
    balance: Decimal | Unset = UNSET
    has_attachment: bool | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        status = self.status.value if isinstance(self.status, InvoiceStatus) else self.status

        customer_id = self.customer_id

        number = self.number

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = (
                self.invoice_date.isoformat() if isinstance(self.invoice_date, datetime.date) else self.invoice_date
            )

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat() if isinstance(self.due_date, datetime.date) else self.due_date

        customer_name = self.customer_name

        email = self.email

        currency_code = self.currency_code

        currency_symbol = self.currency_symbol

        total = self.total

        balance = self.balance

        has_attachment = self.has_attachment

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "status": status,
                "customer_id": customer_id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if email is not UNSET:
            field_dict["email"] = email
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if total is not UNSET:
            field_dict["total"] = total
        if balance is not UNSET:
            field_dict["balance"] = balance
        if has_attachment is not UNSET:
            field_dict["has_attachment"] = has_attachment
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        _status_raw = d.pop("status")
        status: InvoiceStatus
        if isinstance(_status_raw, str):
            status = InvoiceStatus(_status_raw)
        else:
            status = _status_raw

        customer_id = d.pop("customer_id")

        number = d.pop("number", UNSET)

        invoice_date = as_date(d.pop("invoice_date", UNSET))

        due_date = as_date(d.pop("due_date", UNSET))

        customer_name = d.pop("customer_name", UNSET)

        email = d.pop("email", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        total = d.pop("total", UNSET)
        if total.__class__ is not Decimal:
            total = as_decimal(total)

        balance = d.pop("balance", UNSET)
        if balance.__class__ is not Decimal:
            balance = as_decimal(balance)

        has_attachment = d.pop("has_attachment", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        invoice_summary = cls(
            invoice_id=invoice_id,
            status=status,
            customer_id=customer_id,
            number=number,
            invoice_date=invoice_date,
            due_date=due_date,
            customer_name=customer_name,
            email=email,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
            total=total,
            balance=balance,
            has_attachment=has_attachment,
            created_time=created_time,
            updated_time=updated_time,
        )

        invoice_summary.additional_properties = d
        return invoice_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
