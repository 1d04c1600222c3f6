from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemCustomField")


@_attrs_define
class ItemCustomField:
    """The value of one item custom field.

    Attributes:
        customfield_id (str | Unset): ID of the custom field. Zoho declares a 64-bit integer but shows a string of
            digits in every example; sent as a string here (see errata).
        value (str | Unset): The field's value, as text.
    """

    customfield_id: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customfield_id = self.customfield_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customfield_id is not UNSET:
            field_dict["customfield_id"] = customfield_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customfield_id = d.pop("customfield_id", UNSET)

        value = d.pop("value", UNSET)

        item_custom_field = cls(
            customfield_id=customfield_id,
            value=value,
        )

        item_custom_field.additional_properties = d
        return item_custom_field

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
