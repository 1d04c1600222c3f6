from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_addon_pricing_scheme import PlanAddonPricingScheme
from ..models.plan_addon_status import PlanAddonStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanAddon")


@_attrs_define
class PlanAddon:
    """An addon associated with the plan, with its pricing, as a created plan shows it.

    Attributes:
        addon_code (str | Unset): Code of the addon (the addons module's identifier).
        name (str | Unset): Name of the addon.
        status (PlanAddonStatus | Unset): Whether an addon associated with the plan can be added to new subscriptions.
        pricing_scheme (PlanAddonPricingScheme | Unset): How an addon's price brackets turn a quantity into an amount.
        unit_name (str | Unset): The caller's name for one unit of the addon, such as `Email`.
        price_brackets (list[PlanAddonPriceBracket] | Unset): The addon's prices by quantity range.
    """

    addon_code: str | Unset = UNSET
    name: str | Unset = UNSET
    status: PlanAddonStatus | Unset = UNSET
    pricing_scheme: PlanAddonPricingScheme | Unset = UNSET
    unit_name: str | Unset = UNSET
    price_brackets: list[PlanAddonPriceBracket] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_code = self.addon_code

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value if isinstance(self.status, PlanAddonStatus) else self.status

        pricing_scheme: str | Unset = UNSET
        if not isinstance(self.pricing_scheme, Unset):
            pricing_scheme = (
                self.pricing_scheme.value
                if isinstance(self.pricing_scheme, PlanAddonPricingScheme)
                else self.pricing_scheme
            )

        unit_name = self.unit_name

        price_brackets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_brackets, Unset):
            if isinstance(self.price_brackets, list):
                price_brackets = []
                for price_brackets_item_data in self.price_brackets:
                    price_brackets_item = (
                        price_brackets_item_data.to_dict()
                        if isinstance(price_brackets_item_data, PlanAddonPriceBracket)
                        else price_brackets_item_data
                    )
                    price_brackets.append(price_brackets_item)
            else:
                price_brackets = self.price_brackets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addon_code is not UNSET:
            field_dict["addon_code"] = addon_code
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if pricing_scheme is not UNSET:
            field_dict["pricing_scheme"] = pricing_scheme
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if price_brackets is not UNSET:
            field_dict["price_brackets"] = price_brackets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addon_code = d.pop("addon_code", UNSET)

        name = d.pop("name", UNSET)

        _status_raw = d.pop("status", UNSET)
        status: PlanAddonStatus | Unset
        if isinstance(_status_raw, str):
            status = PlanAddonStatus(_status_raw)
        else:
            status = _status_raw

        _pricing_scheme_raw = d.pop("pricing_scheme", UNSET)
        pricing_scheme: PlanAddonPricingScheme | Unset
        if isinstance(_pricing_scheme_raw, str):
            pricing_scheme = PlanAddonPricingScheme(_pricing_scheme_raw)
        else:
            pricing_scheme = _pricing_scheme_raw

        unit_name = d.pop("unit_name", UNSET)

        _price_brackets = d.pop("price_brackets", UNSET)
        price_brackets: list[PlanAddonPriceBracket] | Unset
        if isinstance(_price_brackets, list):
            price_brackets = []
            for price_brackets_item_data in _price_brackets:
                _price_brackets_item_raw = price_brackets_item_data
                price_brackets_item: PlanAddonPriceBracket
                if isinstance(_price_brackets_item_raw, dict):
                    price_brackets_item = PlanAddonPriceBracket.from_dict(_price_brackets_item_raw)
                else:
                    price_brackets_item = _price_brackets_item_raw

                price_brackets.append(price_brackets_item)
        else:
            price_brackets = _price_brackets

        plan_addon = cls(
            addon_code=addon_code,
            name=name,
            status=status,
            pricing_scheme=pricing_scheme,
            unit_name=unit_name,
            price_brackets=price_brackets,
        )

        plan_addon.additional_properties = d
        return plan_addon

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


from ..models.plan_addon_price_bracket import PlanAddonPriceBracket  # noqa: E402
