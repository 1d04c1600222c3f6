from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultTemplates")


@_attrs_define
class DefaultTemplates:
    """Templates used by default for this customer's documents. An object everywhere in Zoho's documentation except the
    update response, where it is shown as an array (see errata).

        Attributes:
            invoice_template_id (str | Unset): ID of the invoice template.
            creditnote_template_id (str | Unset): ID of the credit note template.
    """

    invoice_template_id: str | Unset = UNSET
    creditnote_template_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_template_id = self.invoice_template_id

        creditnote_template_id = self.creditnote_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_template_id is not UNSET:
            field_dict["invoice_template_id"] = invoice_template_id
        if creditnote_template_id is not UNSET:
            field_dict["creditnote_template_id"] = creditnote_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_template_id = d.pop("invoice_template_id", UNSET)

        creditnote_template_id = d.pop("creditnote_template_id", UNSET)

        default_templates = cls(
            invoice_template_id=invoice_template_id,
            creditnote_template_id=creditnote_template_id,
        )

        default_templates.additional_properties = d
        return default_templates

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
