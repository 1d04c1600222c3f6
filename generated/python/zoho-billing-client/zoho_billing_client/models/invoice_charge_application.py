from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="InvoiceChargeApplication")


@_attrs_define
class InvoiceChargeApplication:
    """How much of a collected payment went to one invoice.

    Attributes:
        invoice_id (str | Unset): ID of the invoice.
        invoice_number (str | Unset): Number of the invoice.
        date (datetime.date | Unset): Date the invoice was raised.
        invoice_amount (Decimal | Unset): Total of the invoice.
        amount_applied (Decimal | Unset): Amount of the payment applied to it.
        balance_amount (Decimal | Unset): Amount of the invoice still unpaid.
    """

    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    invoice_amount: Decimal | Unset = UNSET
    amount_applied: Decimal | Unset = UNSET
    balance_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        invoice_amount = self.invoice_amount

        amount_applied = self.amount_applied

        balance_amount = self.balance_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if date is not UNSET:
            field_dict["date"] = date
        if invoice_amount is not UNSET:
            field_dict["invoice_amount"] = invoice_amount
        if amount_applied is not UNSET:
            field_dict["amount_applied"] = amount_applied
        if balance_amount is not UNSET:
            field_dict["balance_amount"] = balance_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        date = as_date(d.pop("date", UNSET))

        invoice_amount = d.pop("invoice_amount", UNSET)
        if invoice_amount.__class__ is not Decimal:
            invoice_amount = as_decimal(invoice_amount)

        amount_applied = d.pop("amount_applied", UNSET)
        if amount_applied.__class__ is not Decimal:
            amount_applied = as_decimal(amount_applied)

        balance_amount = d.pop("balance_amount", UNSET)
        if balance_amount.__class__ is not Decimal:
            balance_amount = as_decimal(balance_amount)

        invoice_charge_application = cls(
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            date=date,
            invoice_amount=invoice_amount,
            amount_applied=amount_applied,
            balance_amount=balance_amount,
        )

        invoice_charge_application.additional_properties = d
        return invoice_charge_application

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
