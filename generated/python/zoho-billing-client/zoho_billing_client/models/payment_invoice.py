from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="PaymentInvoice")


@_attrs_define
class PaymentInvoice:
    """One invoice a payment is applied to, as Zoho returns it.

    Attributes:
        invoice_id (str): ID of the invoice the amount is applied to.
        amount_applied (Decimal): Part of the payment applied to this invoice.
        invoice_number (str | Unset): Number of the invoice, such as `INV-384`.
        date (datetime.date | Unset): Date the invoice was raised, `yyyy-mm-dd`. Zoho declares no type for it (errata
            `payment-invoice-date-untyped`); its example is a date string.
        invoice_amount (Decimal | Unset): Total of the invoice.
        balance_amount (Decimal | Unset): What is still unpaid on the invoice after this payment.
    """

    invoice_id: str
    amount_applied: Decimal
    invoice_number: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    invoice_amount: Decimal | Unset = UNSET
    balance_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        amount_applied = self.amount_applied

        invoice_number = self.invoice_number

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        invoice_amount = self.invoice_amount

        balance_amount = self.balance_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "amount_applied": amount_applied,
            }
        )
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if date is not UNSET:
            field_dict["date"] = date
        if invoice_amount is not UNSET:
            field_dict["invoice_amount"] = invoice_amount
        if balance_amount is not UNSET:
            field_dict["balance_amount"] = balance_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        amount_applied = d.pop("amount_applied")
        if amount_applied.__class__ is not Decimal:
            amount_applied = as_decimal(amount_applied)

        invoice_number = d.pop("invoice_number", UNSET)

        date = as_date(d.pop("date", UNSET))

        invoice_amount = d.pop("invoice_amount", UNSET)
        if invoice_amount.__class__ is not Decimal:
            invoice_amount = as_decimal(invoice_amount)

        balance_amount = d.pop("balance_amount", UNSET)
        if balance_amount.__class__ is not Decimal:
            balance_amount = as_decimal(balance_amount)

        payment_invoice = cls(
            invoice_id=invoice_id,
            amount_applied=amount_applied,
            invoice_number=invoice_number,
            date=date,
            invoice_amount=invoice_amount,
            balance_amount=balance_amount,
        )

        payment_invoice.additional_properties = d
        return payment_invoice

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
