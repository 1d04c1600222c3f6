from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageTag")


@_attrs_define
class HostedPageTag:
    """A reporting tag and the option chosen. Zoho declares both IDs as 64-bit integers; strings of digits here, as every
    Zoho ID, so that values above 2^53 stay exact (errata `tag-ids-as-strings`).

        Attributes:
            tag_id (str | Unset): ID of the reporting tag.
            tag_option_id (str | Unset): ID of the option chosen for the tag.
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

        hosted_page_tag = cls(
            tag_id=tag_id,
            tag_option_id=tag_option_id,
        )

        hosted_page_tag.additional_properties = d
        return hosted_page_tag

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
