from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionBuyOneTimeAddonRequest")


@_attrs_define
class SubscriptionBuyOneTimeAddonRequest:
    """Body of "buy a one-time addon": the addons (required), and optionally a coupon.

    Attributes:
        addons (list[SubscriptionOneTimeAddonInput]): The one-time addons to buy.
        exchange_rate (Decimal | Unset): Rate from the organization's base currency to the customer's currency; the
            subscription's prices are the catalogue prices multiplied by it.
        coupon_code (str | Unset): Code of a coupon to apply to the purchase.
        add_to_unbilled_charges (bool | Unset): When `true`, the charges are kept as unbilled charges instead of being
            invoiced now; they can be invoiced later.
    """

    addons: list[SubscriptionOneTimeAddonInput]
    exchange_rate: Decimal | Unset = UNSET
    coupon_code: str | Unset = UNSET
    add_to_unbilled_charges: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.addons, list):
            addons = []
            for addons_item_data in self.addons:
                addons_item = (
                    addons_item_data.to_dict()
                    if isinstance(addons_item_data, SubscriptionOneTimeAddonInput)
                    else addons_item_data
                )
                addons.append(addons_item)
        else:
            addons = self.addons

        exchange_rate = self.exchange_rate

        coupon_code = self.coupon_code

        add_to_unbilled_charges = self.add_to_unbilled_charges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addons": addons,
            }
        )
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if add_to_unbilled_charges is not UNSET:
            field_dict["add_to_unbilled_charges"] = add_to_unbilled_charges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _addons = d.pop("addons")
        addons: list[SubscriptionOneTimeAddonInput]
        if isinstance(_addons, list):
            addons = []
            for addons_item_data in _addons:
                _addons_item_raw = addons_item_data
                addons_item: SubscriptionOneTimeAddonInput
                if isinstance(_addons_item_raw, dict):
                    addons_item = SubscriptionOneTimeAddonInput.from_dict(_addons_item_raw)
                else:
                    addons_item = _addons_item_raw

                addons.append(addons_item)
        else:
            addons = _addons

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        coupon_code = d.pop("coupon_code", UNSET)

        add_to_unbilled_charges = d.pop("add_to_unbilled_charges", UNSET)

        subscription_buy_one_time_addon_request = cls(
            addons=addons,
            exchange_rate=exchange_rate,
            coupon_code=coupon_code,
            add_to_unbilled_charges=add_to_unbilled_charges,
        )

        subscription_buy_one_time_addon_request.additional_properties = d
        return subscription_buy_one_time_addon_request

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


from ..models.subscription_one_time_addon_input import SubscriptionOneTimeAddonInput  # noqa: E402
