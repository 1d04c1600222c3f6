from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageInvoiceCoupon")


@_attrs_define
class HostedPageInvoiceCoupon:
    """A coupon applied to an invoice raised by a hosted page.

    Attributes:
        coupon_code (str | Unset): Code of the coupon to apply, such as `Flat10`.
        coupon_name (str | Unset): Name of the coupon.
        discount_amount (Decimal | Unset): Amount the coupon takes off.
    """

    coupon_code: str | Unset = UNSET
    coupon_name: str | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        coupon_name = self.coupon_name

        discount_amount = self.discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code", UNSET)

        coupon_name = d.pop("coupon_name", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = as_decimal(discount_amount)

        hosted_page_invoice_coupon = cls(
            coupon_code=coupon_code,
            coupon_name=coupon_name,
            discount_amount=discount_amount,
        )

        hosted_page_invoice_coupon.additional_properties = d
        return hosted_page_invoice_coupon

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
