from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageContactPerson")


@_attrs_define
class HostedPageContactPerson:
    """A contact person of the customer, by ID.

    Attributes:
        contactperson_id (str | Unset): ID of the contact person.
    """

    contactperson_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contactperson_id = self.contactperson_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contactperson_id is not UNSET:
            field_dict["contactperson_id"] = contactperson_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contactperson_id = d.pop("contactperson_id", UNSET)

        hosted_page_contact_person = cls(
            contactperson_id=contactperson_id,
        )

        hosted_page_contact_person.additional_properties = d
        return hosted_page_contact_person

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
