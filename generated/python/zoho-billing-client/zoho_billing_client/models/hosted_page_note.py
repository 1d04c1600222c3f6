from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageNote")


@_attrs_define
class HostedPageNote:
    """A note on the subscription.

    Attributes:
        note_id (str | Unset): ID of the note.
        description (str | Unset): Text of the note. Untyped in Zoho's file (errata `untyped-inline-properties`).
        commented_by (str | Unset): Name of the user who wrote the note.
        commented_time (str | Unset): When the note was written.
    """

    note_id: str | Unset = UNSET
    description: str | Unset = UNSET
    commented_by: str | Unset = UNSET
    commented_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note_id = self.note_id

        description = self.description

        commented_by = self.commented_by

        commented_time = self.commented_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note_id is not UNSET:
            field_dict["note_id"] = note_id
        if description is not UNSET:
            field_dict["description"] = description
        if commented_by is not UNSET:
            field_dict["commented_by"] = commented_by
        if commented_time is not UNSET:
            field_dict["commented_time"] = commented_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note_id = d.pop("note_id", UNSET)

        description = d.pop("description", UNSET)

        commented_by = d.pop("commented_by", UNSET)

        commented_time = d.pop("commented_time", UNSET)

        hosted_page_note = cls(
            note_id=note_id,
            description=description,
            commented_by=commented_by,
            commented_time=commented_time,
        )

        hosted_page_note.additional_properties = d
        return hosted_page_note

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
