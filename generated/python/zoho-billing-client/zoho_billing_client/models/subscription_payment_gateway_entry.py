from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_payment_gateway import SubscriptionPaymentGateway
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPaymentGatewayEntry")


@_attrs_define
class SubscriptionPaymentGatewayEntry:
    """A payment gateway configured for the customer.

    Attributes:
        payment_gateway (SubscriptionPaymentGateway | Unset): A payment gateway Zoho Billing charges cards through.
    """

    payment_gateway: SubscriptionPaymentGateway | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_gateway: str | Unset = UNSET
        if not isinstance(self.payment_gateway, Unset):
            payment_gateway = (
                self.payment_gateway.value
                if isinstance(self.payment_gateway, SubscriptionPaymentGateway)
                else self.payment_gateway
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_gateway is not UNSET:
            field_dict["payment_gateway"] = payment_gateway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payment_gateway_raw = d.pop("payment_gateway", UNSET)
        payment_gateway: SubscriptionPaymentGateway | Unset
        if isinstance(_payment_gateway_raw, str):
            payment_gateway = SubscriptionPaymentGateway(_payment_gateway_raw)
        else:
            payment_gateway = _payment_gateway_raw

        subscription_payment_gateway_entry = cls(
            payment_gateway=payment_gateway,
        )

        subscription_payment_gateway_entry.additional_properties = d
        return subscription_payment_gateway_entry

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
