from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="InvoiceCreditApplication")


@_attrs_define
class InvoiceCreditApplication:
    """One credit note applied to the invoice.

    Attributes:
        creditnotes_invoice_id (str | Unset): ID of this application of the credit note to the invoice.
        creditnote_id (str | Unset): ID of the credit note.
        invoice_id (str | Unset): ID of the invoice.
        amount_applied (Decimal | Unset): Amount of the credit note applied.
        date (datetime.date | Unset): Date of the application.
        date_formatted (str | Unset): The date as Zoho shows it, such as `15 Jun 2016`.
    """

    creditnotes_invoice_id: str | Unset = UNSET
    creditnote_id: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    amount_applied: Decimal | Unset = UNSET
    date: datetime.date | Unset = UNSET
    date_formatted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditnotes_invoice_id = self.creditnotes_invoice_id

        creditnote_id = self.creditnote_id

        invoice_id = self.invoice_id

        amount_applied = self.amount_applied

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        date_formatted = self.date_formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creditnotes_invoice_id is not UNSET:
            field_dict["creditnotes_invoice_id"] = creditnotes_invoice_id
        if creditnote_id is not UNSET:
            field_dict["creditnote_id"] = creditnote_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if amount_applied is not UNSET:
            field_dict["amount_applied"] = amount_applied
        if date is not UNSET:
            field_dict["date"] = date
        if date_formatted is not UNSET:
            field_dict["date_formatted"] = date_formatted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creditnotes_invoice_id = d.pop("creditnotes_invoice_id", UNSET)

        creditnote_id = d.pop("creditnote_id", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        amount_applied = d.pop("amount_applied", UNSET)
        if amount_applied.__class__ is not Decimal:
            amount_applied = as_decimal(amount_applied)

        date = as_date(d.pop("date", UNSET))

        date_formatted = d.pop("date_formatted", UNSET)

        invoice_credit_application = cls(
            creditnotes_invoice_id=creditnotes_invoice_id,
            creditnote_id=creditnote_id,
            invoice_id=invoice_id,
            amount_applied=amount_applied,
            date=date,
            date_formatted=date_formatted,
        )

        invoice_credit_application.additional_properties = d
        return invoice_credit_application

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
