from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_page_payment_gateway import HostedPagePaymentGateway

T = TypeVar("T", bound="HostedPagePaymentGatewayChoice")


@_attrs_define
class HostedPagePaymentGatewayChoice:
    """A payment gateway the page offers (on a request) or that is configured for the customer (on a response).

    Attributes:
        payment_gateway (HostedPagePaymentGateway): A payment gateway. Zoho's hosted pages file gives no list; these are
            the values Zoho lists for the same field in its Cards and Subscriptions files (cards.yml, subscription.yml).
            Zoho adds gateways over time.
    """

    payment_gateway: HostedPagePaymentGateway
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_gateway = (
            self.payment_gateway.value
            if isinstance(self.payment_gateway, HostedPagePaymentGateway)
            else self.payment_gateway
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_gateway": payment_gateway,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payment_gateway_raw = d.pop("payment_gateway")
        payment_gateway: HostedPagePaymentGateway
        if isinstance(_payment_gateway_raw, str):
            payment_gateway = HostedPagePaymentGateway(_payment_gateway_raw)
        else:
            payment_gateway = _payment_gateway_raw

        hosted_page_payment_gateway_choice = cls(
            payment_gateway=payment_gateway,
        )

        hosted_page_payment_gateway_choice.additional_properties = d
        return hosted_page_payment_gateway_choice

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
