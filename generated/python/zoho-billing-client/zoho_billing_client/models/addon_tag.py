from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddonTag")


@_attrs_define
class AddonTag:
    """A reporting tag of the addon and the option chosen for it. Requests send the two IDs; responses add the names and
    whether the tag is mandatory.

        Attributes:
            tag_id (str | Unset): ID of the reporting tag. Zoho declares a 64-bit integer but shows a string of digits in
                every example; sent as a string here (errata `addon-tag-ids-as-strings`).
            tag_option_id (str | Unset): ID of the option chosen for the tag (a string of digits, as `tag_id`).
            tag_name (str | Unset): Name of the tag, such as `Colors`.
            tag_option_name (str | Unset): Name of the chosen option, such as `Black`.
            is_tag_mandatory (bool | Unset): True when every addon must carry this tag. Zoho declares a string but shows a
                JSON boolean (errata `addon-flags-as-booleans`).
    """

    tag_id: str | Unset = UNSET
    tag_option_id: str | Unset = UNSET
    tag_name: str | Unset = UNSET
    tag_option_name: str | Unset = UNSET
    is_tag_mandatory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        tag_option_id = self.tag_option_id

        tag_name = self.tag_name

        tag_option_name = self.tag_option_name

        is_tag_mandatory = self.is_tag_mandatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id
        if tag_option_id is not UNSET:
            field_dict["tag_option_id"] = tag_option_id
        if tag_name is not UNSET:
            field_dict["tag_name"] = tag_name
        if tag_option_name is not UNSET:
            field_dict["tag_option_name"] = tag_option_name
        if is_tag_mandatory is not UNSET:
            field_dict["is_tag_mandatory"] = is_tag_mandatory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_id = d.pop("tag_id", UNSET)

        tag_option_id = d.pop("tag_option_id", UNSET)

        tag_name = d.pop("tag_name", UNSET)

        tag_option_name = d.pop("tag_option_name", UNSET)

        is_tag_mandatory = d.pop("is_tag_mandatory", UNSET)

        addon_tag = cls(
            tag_id=tag_id,
            tag_option_id=tag_option_id,
            tag_name=tag_name,
            tag_option_name=tag_option_name,
            is_tag_mandatory=is_tag_mandatory,
        )

        addon_tag.additional_properties = d
        return addon_tag

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
