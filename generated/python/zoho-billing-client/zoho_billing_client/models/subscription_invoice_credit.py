from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionInvoiceCredit")


@_attrs_define
class SubscriptionInvoiceCredit:
    """A credit note applied to an invoice.

    Attributes:
        creditnote_id (str | Unset): ID of the credit note.
        creditnotes_number (str | Unset): Number of the credit note, such as `CN-26`.
        credited_date (str | Unset): Date the credit was applied.
        credited_amount (Decimal | Unset): Amount credited. Zoho declares a string and shows a number (errata); a
            decimal string or a number is accepted.
    """

    creditnote_id: str | Unset = UNSET
    creditnotes_number: str | Unset = UNSET
    credited_date: str | Unset = UNSET
    credited_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditnote_id = self.creditnote_id

        creditnotes_number = self.creditnotes_number

        credited_date = self.credited_date

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

        credited_date = d.pop("credited_date", UNSET)

        credited_amount = d.pop("credited_amount", UNSET)
        if credited_amount.__class__ is not Decimal:
            credited_amount = as_decimal(credited_amount)

        subscription_invoice_credit = cls(
            creditnote_id=creditnote_id,
            creditnotes_number=creditnotes_number,
            credited_date=credited_date,
            credited_amount=credited_amount,
        )

        subscription_invoice_credit.additional_properties = d
        return subscription_invoice_credit

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
