from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceEmailRequest")


@_attrs_define
class InvoiceEmailRequest:
    """Body of "email an invoice". `to_mail_ids`, `subject` and `body` are required.

    Attributes:
        to_mail_ids (list[str]): Addresses to send the invoice to.
        subject (str): Subject of the email.
        body (str): Body of the email.
        cc_mail_ids (list[str] | Unset): Addresses to copy.
    """

    to_mail_ids: list[str]
    subject: str
    body: str
    cc_mail_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_mail_ids = self.to_mail_ids

        subject = self.subject

        body = self.body

        cc_mail_ids: list[str] | Unset = UNSET
        if not isinstance(self.cc_mail_ids, Unset):
            cc_mail_ids = self.cc_mail_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to_mail_ids": to_mail_ids,
                "subject": subject,
                "body": body,
            }
        )
        if cc_mail_ids is not UNSET:
            field_dict["cc_mail_ids"] = cc_mail_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_mail_ids = cast(list[str], d.pop("to_mail_ids"))

        subject = d.pop("subject")

        body = d.pop("body")

        cc_mail_ids = cast(list[str], d.pop("cc_mail_ids", UNSET))

        invoice_email_request = cls(
            to_mail_ids=to_mail_ids,
            subject=subject,
            body=body,
            cc_mail_ids=cc_mail_ids,
        )

        invoice_email_request.additional_properties = d
        return invoice_email_request

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
