from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_date

T = TypeVar("T", bound="HostedPageInvoiceComment")


@_attrs_define
class HostedPageInvoiceComment:
    """One entry of an invoice's history.

    Attributes:
        comment_id (str | Unset): ID of the comment.
        description (str | Unset): Text of the comment. Untyped in Zoho's file (errata `untyped-inline-properties`).
        commented_by_id (str | Unset): ID of the user who commented.
        commented_by (str | Unset): Name of the user who commented.
        comment_type (str | Unset): Who wrote it, such as `system` or a user.
        date (datetime.date | Unset): Date of the comment. Untyped in Zoho's file (errata `untyped-inline-properties`).
        time (str | Unset): When the comment was written.
        operation_type (str | Unset): What was done to the invoice, such as `add`.
        transaction_id (str | Unset): ID of the transaction the comment is about.
        transaction_type (str | Unset): Kind of transaction the comment is about, such as `invoice`. Untyped in Zoho's
            file (errata `untyped-inline-properties`).
    """

    comment_id: str | Unset = UNSET
    description: str | Unset = UNSET
    commented_by_id: str | Unset = UNSET
    commented_by: str | Unset = UNSET
    comment_type: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    time: str | Unset = UNSET
    operation_type: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment_id = self.comment_id

        description = self.description

        commented_by_id = self.commented_by_id

        commented_by = self.commented_by

        comment_type = self.comment_type

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        time = self.time

        operation_type = self.operation_type

        transaction_id = self.transaction_id

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment_id is not UNSET:
            field_dict["comment_id"] = comment_id
        if description is not UNSET:
            field_dict["description"] = description
        if commented_by_id is not UNSET:
            field_dict["commented_by_id"] = commented_by_id
        if commented_by is not UNSET:
            field_dict["commented_by"] = commented_by
        if comment_type is not UNSET:
            field_dict["comment_type"] = comment_type
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment_id = d.pop("comment_id", UNSET)

        description = d.pop("description", UNSET)

        commented_by_id = d.pop("commented_by_id", UNSET)

        commented_by = d.pop("commented_by", UNSET)

        comment_type = d.pop("comment_type", UNSET)

        date = as_date(d.pop("date", UNSET))

        time = d.pop("time", UNSET)

        operation_type = d.pop("operation_type", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        transaction_type = d.pop("transaction_type", UNSET)

        hosted_page_invoice_comment = cls(
            comment_id=comment_id,
            description=description,
            commented_by_id=commented_by_id,
            commented_by=commented_by,
            comment_type=comment_type,
            date=date,
            time=time,
            operation_type=operation_type,
            transaction_id=transaction_id,
            transaction_type=transaction_type,
        )

        hosted_page_invoice_comment.additional_properties = d
        return hosted_page_invoice_comment

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
