from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_page_cfdi_usage import HostedPageCfdiUsage
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageBuyOneTimeAddonRequest")


@_attrs_define
class HostedPageBuyOneTimeAddonRequest:
    """Body of "create a hosted page to buy one-time addons for a subscription".

    Attributes:
        subscription_id (str): ID of the subscription the page acts on, a string of digits.
        addons (list[HostedPageOneTimeAddonRequest]): The one-time addons to buy, each by its code.
        redirect_url (str | Unset): Address the customer's browser is sent to once they have completed the page (after a
            successful transaction). When omitted, Zoho shows its own confirmation.
        coupon_code (str | Unset): Code of a coupon to apply to the one-time addons. Untyped in Zoho's file (errata
            `untyped-inline-properties`).
        cfdi_usage (HostedPageCfdiUsage | Unset): Use of the Mexican electronic invoice (CFDI) the customer declares,
            from the SAT catalogue c_UsoCFDI; the code in brackets is the SAT key (our mapping, inferred from the names).
            Zoho lists 23 values, one of which, `computer_equipmentdye_molds_tools`, joins two SAT uses; both halves are
            listed here (errata `cfdi-usage-joined-value`).
        exchange_rate (Decimal | Unset): Rate from the organization's currency to the customer's: the charged amounts
            are the prices multiplied by it. When omitted, the rate of the organization's currency settings applies.
        payment_gateways (list[HostedPagePaymentGatewayChoice] | Unset): Payment gateways the page offers.
    """

    subscription_id: str
    addons: list[HostedPageOneTimeAddonRequest]
    redirect_url: str | Unset = UNSET
    coupon_code: str | Unset = UNSET
    cfdi_usage: HostedPageCfdiUsage | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    payment_gateways: list[HostedPagePaymentGatewayChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        if isinstance(self.addons, list):
            addons = []
            for addons_item_data in self.addons:
                addons_item = (
                    addons_item_data.to_dict()
                    if isinstance(addons_item_data, HostedPageOneTimeAddonRequest)
                    else addons_item_data
                )
                addons.append(addons_item)
        else:
            addons = self.addons

        redirect_url = self.redirect_url

        coupon_code = self.coupon_code

        cfdi_usage: str | Unset = UNSET
        if not isinstance(self.cfdi_usage, Unset):
            cfdi_usage = self.cfdi_usage.value if isinstance(self.cfdi_usage, HostedPageCfdiUsage) else self.cfdi_usage

        exchange_rate = self.exchange_rate

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
                "addons": addons,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if cfdi_usage is not UNSET:
            field_dict["cfdi_usage"] = cfdi_usage
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if payment_gateways is not UNSET:
            field_dict["payment_gateways"] = payment_gateways

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        _addons = d.pop("addons")
        addons: list[HostedPageOneTimeAddonRequest]
        if isinstance(_addons, list):
            addons = []
            for addons_item_data in _addons:
                _addons_item_raw = addons_item_data
                addons_item: HostedPageOneTimeAddonRequest
                if isinstance(_addons_item_raw, dict):
                    addons_item = HostedPageOneTimeAddonRequest.from_dict(_addons_item_raw)
                else:
                    addons_item = _addons_item_raw

                addons.append(addons_item)
        else:
            addons = _addons

        redirect_url = d.pop("redirect_url", UNSET)

        coupon_code = d.pop("coupon_code", UNSET)

        _cfdi_usage_raw = d.pop("cfdi_usage", UNSET)
        cfdi_usage: HostedPageCfdiUsage | Unset
        if isinstance(_cfdi_usage_raw, str):
            cfdi_usage = HostedPageCfdiUsage(_cfdi_usage_raw)
        else:
            cfdi_usage = _cfdi_usage_raw

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

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

        hosted_page_buy_one_time_addon_request = cls(
            subscription_id=subscription_id,
            addons=addons,
            redirect_url=redirect_url,
            coupon_code=coupon_code,
            cfdi_usage=cfdi_usage,
            exchange_rate=exchange_rate,
            payment_gateways=payment_gateways,
        )

        hosted_page_buy_one_time_addon_request.additional_properties = d
        return hosted_page_buy_one_time_addon_request

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


from ..models.hosted_page_one_time_addon_request import HostedPageOneTimeAddonRequest  # noqa: E402
from ..models.hosted_page_payment_gateway_choice import HostedPagePaymentGatewayChoice  # noqa: E402
