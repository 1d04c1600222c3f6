from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDocument")


@_attrs_define
class CustomerDocument:
    """A file attached to a customer. Zoho declares no types here; these follow its examples.

    Attributes:
        document_id (str | Unset): ID of the attached file.
        file_name (str | Unset): Name of the file.
        file_type (str | Unset): Type of the file, from its extension (such as `pdf`).
        file_size (int | Unset): Size of the file in bytes.
        file_size_formatted (str | Unset): Size of the file for display, such as "5.3 KB".
        attachment_order (int | Unset): Position of the file among the customer's attachments.
        can_show_in_portal (bool | Unset): True when the customer can see the file in the client portal.
    """

    document_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_type: str | Unset = UNSET
    file_size: int | Unset = UNSET
    file_size_formatted: str | Unset = UNSET
    attachment_order: int | Unset = UNSET
    can_show_in_portal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        file_name = self.file_name

        file_type = self.file_type

        file_size = self.file_size

        file_size_formatted = self.file_size_formatted

        attachment_order = self.attachment_order

        can_show_in_portal = self.can_show_in_portal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if file_size_formatted is not UNSET:
            field_dict["file_size_formatted"] = file_size_formatted
        if attachment_order is not UNSET:
            field_dict["attachment_order"] = attachment_order
        if can_show_in_portal is not UNSET:
            field_dict["can_show_in_portal"] = can_show_in_portal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_type = d.pop("file_type", UNSET)

        file_size = d.pop("file_size", UNSET)

        file_size_formatted = d.pop("file_size_formatted", UNSET)

        attachment_order = d.pop("attachment_order", UNSET)

        can_show_in_portal = d.pop("can_show_in_portal", UNSET)

        customer_document = cls(
            document_id=document_id,
            file_name=file_name,
            file_type=file_type,
            file_size=file_size,
            file_size_formatted=file_size_formatted,
            attachment_order=attachment_order,
            can_show_in_portal=can_show_in_portal,
        )

        customer_document.additional_properties = d
        return customer_document

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
