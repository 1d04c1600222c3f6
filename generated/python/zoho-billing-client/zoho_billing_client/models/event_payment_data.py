from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventPaymentData")


@_attrs_define
class EventPaymentData:
    """What a payment event carries (inferred shape, errata `event-payload-object`).

    Attributes:
        payment (Payment | Unset): A payment as Zoho returns it from create, retrieve and update. `payment_id`,
            `customer_id`, `payment_mode`, `amount` and `date` are always present: Zoho sets the ID and the date (today when
            none is sent) and requires the others on create (errata `required-response-fields`). The other fields may be
            absent.
    """

    payment: Payment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict() if isinstance(self.payment, Payment) else self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payment_raw = d.pop("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment_raw, dict):
            payment = Payment.from_dict(_payment_raw)
        else:
            payment = _payment_raw

        event_payment_data = cls(
            payment=payment,
        )

        event_payment_data.additional_properties = d
        return event_payment_data

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
