from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionInvoiceResponse")


@_attrs_define
class SubscriptionInvoiceResponse:
    """Success envelope holding the invoice a one-time addon or charge produced.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        invoice (SubscriptionInvoice): The invoice issued for a one-time addon or a one-time charge of a subscription,
            as the Subscriptions page documents it (the full invoice is the Invoices module's).
    """

    code: Literal[0]
    message: str
    invoice: SubscriptionInvoice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        invoice = self.invoice.to_dict() if isinstance(self.invoice, SubscriptionInvoice) else self.invoice

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
        invoice: SubscriptionInvoice
        if isinstance(_invoice_raw, dict):
            invoice = SubscriptionInvoice.from_dict(_invoice_raw)
        else:
            invoice = _invoice_raw

        subscription_invoice_response = cls(
            code=code,
            message=message,
            invoice=invoice,
        )

        subscription_invoice_response.additional_properties = d
        return subscription_invoice_response

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


from ..models.subscription_invoice import SubscriptionInvoice  # noqa: E402
