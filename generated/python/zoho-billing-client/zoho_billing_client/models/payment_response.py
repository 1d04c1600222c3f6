from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentResponse")


@_attrs_define
class PaymentResponse:
    """Success envelope holding one payment.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        payment (Payment): A payment as Zoho returns it from create, retrieve and update. `payment_id`, `customer_id`,
            `payment_mode`, `amount` and `date` are always present: Zoho sets the ID and the date (today when none is sent)
            and requires the others on create (errata `required-response-fields`). The other fields may be absent.
    """

    code: Literal[0]
    message: str
    payment: Payment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        payment = self.payment.to_dict() if isinstance(self.payment, Payment) else self.payment

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
        payment: Payment
        if isinstance(_payment_raw, dict):
            payment = Payment.from_dict(_payment_raw)
        else:
            payment = _payment_raw

        payment_response = cls(
            code=code,
            message=message,
            payment=payment,
        )

        payment_response.additional_properties = d
        return payment_response

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


from ..models.payment import Payment  # noqa: E402
