from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_decimal

T = TypeVar("T", bound="InvoiceCreditNoteToApply")


@_attrs_define
class InvoiceCreditNoteToApply:
    """A credit note and the amount of it to apply to the invoice.

    Attributes:
        creditnote_id (str): ID of the credit note.
        amount_applied (Decimal): Amount of the credit note to apply.
    """

    creditnote_id: str
    amount_applied: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditnote_id = self.creditnote_id

        amount_applied = self.amount_applied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creditnote_id": creditnote_id,
                "amount_applied": amount_applied,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creditnote_id = d.pop("creditnote_id")

        amount_applied = d.pop("amount_applied")
        if amount_applied.__class__ is not Decimal:
            amount_applied = as_decimal(amount_applied)

        invoice_credit_note_to_apply = cls(
            creditnote_id=creditnote_id,
            amount_applied=amount_applied,
        )

        invoice_credit_note_to_apply.additional_properties = d
        return invoice_credit_note_to_apply

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
