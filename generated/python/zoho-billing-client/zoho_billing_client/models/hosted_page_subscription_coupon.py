from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageSubscriptionCoupon")


@_attrs_define
class HostedPageSubscriptionCoupon:
    """The coupon applied to a subscription produced by a hosted page.

    Attributes:
        coupon_code (str | Unset): Code of the coupon to apply, such as `Flat10`.
        discount_amount (Decimal | Unset): Amount the coupon takes off the invoice total.
    """

    coupon_code: str | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        discount_amount = self.discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = as_decimal(discount_amount)

        hosted_page_subscription_coupon = cls(
            coupon_code=coupon_code,
            discount_amount=discount_amount,
        )

        hosted_page_subscription_coupon.additional_properties = d
        return hosted_page_subscription_coupon

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
