from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceResponse")


@_attrs_define
class InvoiceResponse:
    """Success envelope holding one invoice.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        invoice (Invoice): An invoice as Zoho returns it from create, retrieve and update: what a customer owes, line by
            line, and what has been paid, credited or written off against it. `invoice_id`, `customer_id` and `status` are
            always present (Zoho sets the ID and the status, and requires the customer on create; errata `required-response-
            fields`). Zoho's retrieve documents the number as `number` and the date as `invoice_date`; its create and update
            document `invoice_number` and `date`: both pairs are listed, and a response may carry either.
    """

    code: Literal[0]
    message: str
    invoice: Invoice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        invoice = self.invoice.to_dict() if isinstance(self.invoice, Invoice) else self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "invoice": invoice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _invoice_raw = d.pop("invoice")
        invoice: Invoice
        if isinstance(_invoice_raw, dict):
            invoice = Invoice.from_dict(_invoice_raw)
        else:
            invoice = _invoice_raw

        invoice_response = cls(
            code=code,
            message=message,
            invoice=invoice,
        )

        invoice_response.additional_properties = d
        return invoice_response

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


from ..models.invoice import Invoice  # noqa: E402
