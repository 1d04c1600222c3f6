from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventInvoiceData")


@_attrs_define
class EventInvoiceData:
    """What an invoice event carries (inferred shape, errata `event-payload-object`).

    Attributes:
        invoice (Invoice | Unset): An invoice as Zoho returns it from create, retrieve and update: what a customer owes,
            line by line, and what has been paid, credited or written off against it. `invoice_id`, `customer_id` and
            `status` are always present (Zoho sets the ID and the status, and requires the customer on create; errata
            `required-response-fields`). Zoho's retrieve documents the number as `number` and the date as `invoice_date`;
            its create and update document `invoice_number` and `date`: both pairs are listed, and a response may carry
            either.
    """

    invoice: Invoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict() if isinstance(self.invoice, Invoice) else self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _invoice_raw = d.pop("invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice_raw, dict):
            invoice = Invoice.from_dict(_invoice_raw)
        else:
            invoice = _invoice_raw

        event_invoice_data = cls(
            invoice=invoice,
        )

        event_invoice_data.additional_properties = d
        return event_invoice_data

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
