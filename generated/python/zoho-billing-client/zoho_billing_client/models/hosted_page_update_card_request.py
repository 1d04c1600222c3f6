from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageUpdateCardRequest")


@_attrs_define
class HostedPageUpdateCardRequest:
    """Body of "create a hosted page to update the card of a subscription".

    Attributes:
        subscription_id (str): ID of the subscription the page acts on, a string of digits.
        redirect_url (str | Unset): Address the customer's browser is sent to once they have completed the page (after a
            successful transaction). When omitted, Zoho shows its own confirmation.
        payment_gateways (list[HostedPagePaymentGatewayChoice] | Unset): Payment gateways the page offers.
    """

    subscription_id: str
    redirect_url: str | Unset = UNSET
    payment_gateways: list[HostedPagePaymentGatewayChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        redirect_url = self.redirect_url

        payment_gateways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_gateways, Unset):
            if isinstance(self.payment_gateways, list):
                payment_gateways = []
                for payment_gateways_item_data in self.payment_gateways:
                    payment_gateways_item = (
                        payment_gateways_item_data.to_dict()
                        if isinstance(payment_gateways_item_data, HostedPagePaymentGatewayChoice)
                        else payment_gateways_item_data
                    )
                    payment_gateways.append(payment_gateways_item)
            else:
                payment_gateways = self.payment_gateways

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if payment_gateways is not UNSET:
            field_dict["payment_gateways"] = payment_gateways

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        redirect_url = d.pop("redirect_url", UNSET)

        _payment_gateways = d.pop("payment_gateways", UNSET)
        payment_gateways: list[HostedPagePaymentGatewayChoice] | Unset
        if isinstance(_payment_gateways, list):
            payment_gateways = []
            for payment_gateways_item_data in _payment_gateways:
                _payment_gateways_item_raw = payment_gateways_item_data
                payment_gateways_item: HostedPagePaymentGatewayChoice
                if isinstance(_payment_gateways_item_raw, dict):
                    payment_gateways_item = HostedPagePaymentGatewayChoice.from_dict(_payment_gateways_item_raw)
                else:
                    payment_gateways_item = _payment_gateways_item_raw

                payment_gateways.append(payment_gateways_item)
        else:
            payment_gateways = _payment_gateways

        hosted_page_update_card_request = cls(
            subscription_id=subscription_id,
            redirect_url=redirect_url,
            payment_gateways=payment_gateways,
        )

        hosted_page_update_card_request.additional_properties = d
        return hosted_page_update_card_request

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


from ..models.hosted_page_payment_gateway_choice import HostedPagePaymentGatewayChoice  # noqa: E402
