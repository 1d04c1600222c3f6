from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="HostedPageInvoiceCredit")


@_attrs_define
class HostedPageInvoiceCredit:
    """A credit note applied to an invoice raised by a hosted page.

    Attributes:
        creditnote_id (str | Unset): ID of the credit note.
        creditnotes_number (str | Unset): Number of the credit note, such as `CN-26`.
        credited_date (datetime.date | Unset): Date the credit was applied.
        credited_amount (Decimal | Unset): Amount credited to the invoice. Zoho declares a string and shows the number
            15, so both a decimal string and a number are accepted (errata `credited-amount-string-or-number`). Read it as
            an exact decimal, never a float.
    """

    creditnote_id: str | Unset = UNSET
    creditnotes_number: str | Unset = UNSET
    credited_date: datetime.date | Unset = UNSET
    credited_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditnote_id = self.creditnote_id

        creditnotes_number = self.creditnotes_number

        credited_date: str | Unset = UNSET
        if not isinstance(self.credited_date, Unset):
            credited_date = (
                self.credited_date.isoformat() if isinstance(self.credited_date, datetime.date) else self.credited_date
            )

        credited_amount = self.credited_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creditnote_id is not UNSET:
            field_dict["creditnote_id"] = creditnote_id
        if creditnotes_number is not UNSET:
            field_dict["creditnotes_number"] = creditnotes_number
        if credited_date is not UNSET:
            field_dict["credited_date"] = credited_date
        if credited_amount is not UNSET:
            field_dict["credited_amount"] = credited_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creditnote_id = d.pop("creditnote_id", UNSET)

        creditnotes_number = d.pop("creditnotes_number", UNSET)

        credited_date = as_date(d.pop("credited_date", UNSET))

        credited_amount = d.pop("credited_amount", UNSET)
        if credited_amount.__class__ is not Decimal:
            credited_amount = as_decimal(credited_amount)

        hosted_page_invoice_credit = cls(
            creditnote_id=creditnote_id,
            creditnotes_number=creditnotes_number,
            credited_date=credited_date,
            credited_amount=credited_amount,
        )

        hosted_page_invoice_credit.additional_properties = d
        return hosted_page_invoice_credit

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
