from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceApplyCreditsRequest")


@_attrs_define
class InvoiceApplyCreditsRequest:
    """Body of "apply credits to an invoice", the credit notes to use and how much of each.

    Attributes:
        apply_creditnotes (list[InvoiceCreditNoteToApply]): The credit notes to apply.
    """

    apply_creditnotes: list[InvoiceCreditNoteToApply]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.apply_creditnotes, list):
            apply_creditnotes = []
            for apply_creditnotes_item_data in self.apply_creditnotes:
                apply_creditnotes_item = (
                    apply_creditnotes_item_data.to_dict()
                    if isinstance(apply_creditnotes_item_data, InvoiceCreditNoteToApply)
                    else apply_creditnotes_item_data
                )
                apply_creditnotes.append(apply_creditnotes_item)
        else:
            apply_creditnotes = self.apply_creditnotes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_creditnotes": apply_creditnotes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _apply_creditnotes = d.pop("apply_creditnotes")
        apply_creditnotes: list[InvoiceCreditNoteToApply]
        if isinstance(_apply_creditnotes, list):
            apply_creditnotes = []
            for apply_creditnotes_item_data in _apply_creditnotes:
                _apply_creditnotes_item_raw = apply_creditnotes_item_data
                apply_creditnotes_item: InvoiceCreditNoteToApply
                if isinstance(_apply_creditnotes_item_raw, dict):
                    apply_creditnotes_item = InvoiceCreditNoteToApply.from_dict(_apply_creditnotes_item_raw)
                else:
                    apply_creditnotes_item = _apply_creditnotes_item_raw

                apply_creditnotes.append(apply_creditnotes_item)
        else:
            apply_creditnotes = _apply_creditnotes

        invoice_apply_credits_request = cls(
            apply_creditnotes=apply_creditnotes,
        )

        invoice_apply_credits_request.additional_properties = d
        return invoice_apply_credits_request

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


from ..models.invoice_credit_note_to_apply import InvoiceCreditNoteToApply  # noqa: E402
