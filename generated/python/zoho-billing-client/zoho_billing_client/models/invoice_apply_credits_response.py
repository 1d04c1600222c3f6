from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceApplyCreditsResponse")


@_attrs_define
class InvoiceApplyCreditsResponse:
    """Success envelope of "apply credits to an invoice", listing each credit applied.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `Credits have been applied to the invoice(s).`
        apply_creditnotes (list[InvoiceCreditApplication]): The credits applied.
    """

    code: Literal[0]
    message: str
    apply_creditnotes: list[InvoiceCreditApplication]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        if isinstance(self.apply_creditnotes, list):
            apply_creditnotes = []
            for apply_creditnotes_item_data in self.apply_creditnotes:
                apply_creditnotes_item = (
                    apply_creditnotes_item_data.to_dict()
                    if isinstance(apply_creditnotes_item_data, InvoiceCreditApplication)
                    else apply_creditnotes_item_data
                )
                apply_creditnotes.append(apply_creditnotes_item)
        else:
            apply_creditnotes = self.apply_creditnotes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "apply_creditnotes": apply_creditnotes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _apply_creditnotes = d.pop("apply_creditnotes")
        apply_creditnotes: list[InvoiceCreditApplication]
        if isinstance(_apply_creditnotes, list):
            apply_creditnotes = []
            for apply_creditnotes_item_data in _apply_creditnotes:
                _apply_creditnotes_item_raw = apply_creditnotes_item_data
                apply_creditnotes_item: InvoiceCreditApplication
                if isinstance(_apply_creditnotes_item_raw, dict):
                    apply_creditnotes_item = InvoiceCreditApplication.from_dict(_apply_creditnotes_item_raw)
                else:
                    apply_creditnotes_item = _apply_creditnotes_item_raw

                apply_creditnotes.append(apply_creditnotes_item)
        else:
            apply_creditnotes = _apply_creditnotes

        invoice_apply_credits_response = cls(
            code=code,
            message=message,
            apply_creditnotes=apply_creditnotes,
        )

        invoice_apply_credits_response.additional_properties = d
        return invoice_apply_credits_response

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


from ..models.invoice_credit_application import InvoiceCreditApplication  # noqa: E402
