from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="AddonPriceBracket")


@_attrs_define
class AddonPriceBracket:
    """One quantity range of an addon's price and its price. Which quantities a bracket must carry depends on the addon's
    pricing scheme (see `price_brackets` of the create request); `price` is always there.

        Attributes:
            price (Decimal): Price, in the organization's currency: per unit for the unit, volume and tier schemes, for the
                whole bracket for the package scheme.
            start_quantity (int | Unset): First quantity of the range.
            end_quantity (int | Unset): Last quantity of the range.
    """

    price: Decimal
    start_quantity: int | Unset = UNSET
    end_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        start_quantity = self.start_quantity

        end_quantity = self.end_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
            }
        )
        if start_quantity is not UNSET:
            field_dict["start_quantity"] = start_quantity
        if end_quantity is not UNSET:
            field_dict["end_quantity"] = end_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price")
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        start_quantity = d.pop("start_quantity", UNSET)

        end_quantity = d.pop("end_quantity", UNSET)

        addon_price_bracket = cls(
            price=price,
            start_quantity=start_quantity,
            end_quantity=end_quantity,
        )

        addon_price_bracket.additional_properties = d
        return addon_price_bracket

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
