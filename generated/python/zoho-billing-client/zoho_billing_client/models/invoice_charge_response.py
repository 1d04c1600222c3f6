from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceChargeResponse")


@_attrs_define
class InvoiceChargeResponse:
    """Success envelope of "collect charge", holding the payment that was recorded.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `The customer payment has been recorded.`
        payment (InvoiceChargePayment): The customer payment a collected charge recorded, as the collect-charge response
            documents it (the Payments module's record, in the fields this operation lists).
    """

    code: Literal[0]
    message: str
    payment: InvoiceChargePayment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        payment = self.payment.to_dict() if isinstance(self.payment, InvoiceChargePayment) else self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "payment": payment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _payment_raw = d.pop("payment")
        payment: InvoiceChargePayment
        if isinstance(_payment_raw, dict):
            payment = InvoiceChargePayment.from_dict(_payment_raw)
        else:
            payment = _payment_raw

        invoice_charge_response = cls(
            code=code,
            message=message,
            payment=payment,
        )

        invoice_charge_response.additional_properties = d
        return invoice_charge_response

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


from ..models.invoice_charge_payment import InvoiceChargePayment  # noqa: E402
