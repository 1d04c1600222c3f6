from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="PlanAddonPriceBracket")


@_attrs_define
class PlanAddonPriceBracket:
    """The price of an addon for one range of quantities.

    Attributes:
        start_quantity (int | Unset): Lowest quantity of the range.
        end_quantity (int | Unset): Highest quantity of the range.
        price (Decimal | Unset): Price of one unit in this range; for the package scheme, the price of the whole package
            of `end_quantity` units.
    """

    start_quantity: int | Unset = UNSET
    end_quantity: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_quantity = self.start_quantity

        end_quantity = self.end_quantity

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_quantity is not UNSET:
            field_dict["start_quantity"] = start_quantity
        if end_quantity is not UNSET:
            field_dict["end_quantity"] = end_quantity
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_quantity = d.pop("start_quantity", UNSET)

        end_quantity = d.pop("end_quantity", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        plan_addon_price_bracket = cls(
            start_quantity=start_quantity,
            end_quantity=end_quantity,
            price=price,
        )

        plan_addon_price_bracket.additional_properties = d
        return plan_addon_price_bracket

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
