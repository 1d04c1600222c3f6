from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_decimal

T = TypeVar("T", bound="PaymentInvoiceApplication")


@_attrs_define
class PaymentInvoiceApplication:
    """An invoice to apply part of the payment to, in a create or update request.

    Attributes:
        invoice_id (str): ID of the invoice the amount is applied to.
        amount_applied (Decimal): Part of the payment applied to this invoice.
    """

    invoice_id: str
    amount_applied: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        amount_applied = self.amount_applied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "amount_applied": amount_applied,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        amount_applied = d.pop("amount_applied")
        if amount_applied.__class__ is not Decimal:
            amount_applied = as_decimal(amount_applied)

        payment_invoice_application = cls(
            invoice_id=invoice_id,
            amount_applied=amount_applied,
        )

        payment_invoice_application.additional_properties = d
        return payment_invoice_application

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
