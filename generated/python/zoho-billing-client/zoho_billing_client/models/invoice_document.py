from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceDocument")


@_attrs_define
class InvoiceDocument:
    """A file attached to the invoice.

    Attributes:
        file_name (str | Unset): Name of the file.
        file_type (str | Unset): Type (extension) of the file, such as `pdf`.
        file_size (int | Unset): Size of the file in bytes.
        file_size_formatted (str | Unset): Size of the file for display, such as `5.3 KB`.
        document_id (str | Unset): ID of the attached file.
        attachment_order (int | Unset): Position of the file among the attachments.
    """

    file_name: str | Unset = UNSET
    file_type: str | Unset = UNSET
    file_size: int | Unset = UNSET
    file_size_formatted: str | Unset = UNSET
    document_id: str | Unset = UNSET
    attachment_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_type = self.file_type

        file_size = self.file_size

        file_size_formatted = self.file_size_formatted

        document_id = self.document_id

        attachment_order = self.attachment_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if file_size_formatted is not UNSET:
            field_dict["file_size_formatted"] = file_size_formatted
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if attachment_order is not UNSET:
            field_dict["attachment_order"] = attachment_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name", UNSET)

        file_type = d.pop("file_type", UNSET)

        file_size = d.pop("file_size", UNSET)

        file_size_formatted = d.pop("file_size_formatted", UNSET)

        document_id = d.pop("document_id", UNSET)

        attachment_order = d.pop("attachment_order", UNSET)

        invoice_document = cls(
            file_name=file_name,
            file_type=file_type,
            file_size=file_size,
            file_size_formatted=file_size_formatted,
            document_id=document_id,
            attachment_order=attachment_order,
        )

        invoice_document.additional_properties = d
        return invoice_document

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
