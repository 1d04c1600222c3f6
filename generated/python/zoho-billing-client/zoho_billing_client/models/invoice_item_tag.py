from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemTag")


@_attrs_define
class InvoiceItemTag:
    """A reporting tag of a line.

    Attributes:
        tag_id (str | Unset): ID of the tag (Zoho declares a 64-bit integer; kept as text like every Zoho ID).
        tag_option_id (str | Unset): ID of the tag's option (Zoho declares a 64-bit integer; kept as text).
    """

    tag_id: str | Unset = UNSET
    tag_option_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        tag_option_id = self.tag_option_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id
        if tag_option_id is not UNSET:
            field_dict["tag_option_id"] = tag_option_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_id = d.pop("tag_id", UNSET)

        tag_option_id = d.pop("tag_option_id", UNSET)

        invoice_item_tag = cls(
            tag_id=tag_id,
            tag_option_id=tag_option_id,
        )

        invoice_item_tag.additional_properties = d
        return invoice_item_tag

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
