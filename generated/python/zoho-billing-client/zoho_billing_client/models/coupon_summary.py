from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_discount_by import CouponDiscountBy
from ..models.coupon_status import CouponStatus
from ..models.coupon_type import CouponType
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="CouponSummary")


@_attrs_define
class CouponSummary:
    """A coupon as the list operation returns it: without its duration and without what it applies to (retrieve the coupon
    to see them). The required fields are those of `Coupon`.

        Attributes:
            coupon_code (str): Code the caller chooses for the coupon when creating it; customers enter it at checkout and
                it identifies the coupon in every later call (`/coupons/{coupon_code}`). Zoho calls it unique and gives no
                length limit.
            name (str): Name of the coupon shown in the app and on invoices.
            type_ (CouponType): How many invoices of a subscription the coupon is applied to.
            status (CouponStatus): Whether the coupon can be applied to new subscriptions, and if not, why.
            discount_by (CouponDiscountBy): Whether `discount_value` is an amount or a percentage.
            discount_value (Decimal): Size of the discount: an amount in the organization's currency when `discount_by` is
                `flat`, a percentage when it is `percentage`. It is taken off the plans and addons the coupon applies to.
            product_id (str): ID of the product whose plans and addons the coupon discounts.
            redemption_count (int): Number of subscriptions the coupon has been applied to so far.
            description (str | Unset): Short description of the coupon.
            max_redemption (int | Unset): Number of subscriptions the coupon can be used for at most; once reached, its
                status becomes `maxed_out`. At least 1 (inferred: Zoho gives no limit).
            expiry_at (datetime.date | Unset): Last day (`YYYY-MM-DD`) the coupon can be applied to new subscriptions.
                Subscriptions that already have a `forever` coupon keep its discount after that day.
            created_time (str | Unset): When the coupon was created.
            updated_time (str | Unset): When the coupon was last changed.
    """

    coupon_code: str
    name: str
    type_: CouponType
    status: CouponStatus
    discount_by: CouponDiscountBy
    discount_value: Decimal
    product_id: str
    redemption_count: int
    description: str | Unset = UNSET
    max_redemption: int | Unset = UNSET
    expiry_at: datetime.date | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        name = self.name

        type_ = self.type_.value if isinstance(self.type_, CouponType) else self.type_

        status = self.status.value if isinstance(self.status, CouponStatus) else self.status

        discount_by = self.discount_by.value if isinstance(self.discount_by, CouponDiscountBy) else self.discount_by

        discount_value = self.discount_value

        product_id = self.product_id

        redemption_count = self.redemption_count

        description = self.description

        max_redemption = self.max_redemption

        expiry_at: str | Unset = UNSET
        if not isinstance(self.expiry_at, Unset):
            expiry_at = self.expiry_at.isoformat() if isinstance(self.expiry_at, datetime.date) else self.expiry_at

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code": coupon_code,
                "name": name,
                "type": type_,
                "status": status,
                "discount_by": discount_by,
                "discount_value": discount_value,
                "product_id": product_id,
                "redemption_count": redemption_count,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if max_redemption is not UNSET:
            field_dict["max_redemption"] = max_redemption
        if expiry_at is not UNSET:
            field_dict["expiry_at"] = expiry_at
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code")

        name = d.pop("name")

        _type__raw = d.pop("type")
        type_: CouponType
        if isinstance(_type__raw, str):
            type_ = CouponType(_type__raw)
        else:
            type_ = _type__raw

        _status_raw = d.pop("status")
        status: CouponStatus
        if isinstance(_status_raw, str):
            status = CouponStatus(_status_raw)
        else:
            status = _status_raw

        _discount_by_raw = d.pop("discount_by")
        discount_by: CouponDiscountBy
        if isinstance(_discount_by_raw, str):
            discount_by = CouponDiscountBy(_discount_by_raw)
        else:
            discount_by = _discount_by_raw

        discount_value = d.pop("discount_value")
        if discount_value.__class__ is not Decimal:
            discount_value = as_decimal(discount_value)

        product_id = d.pop("product_id")

        redemption_count = d.pop("redemption_count")

        description = d.pop("description", UNSET)

        max_redemption = d.pop("max_redemption", UNSET)

        expiry_at = as_date(d.pop("expiry_at", UNSET))

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        coupon_summary = cls(
            coupon_code=coupon_code,
            name=name,
            type_=type_,
            status=status,
            discount_by=discount_by,
            discount_value=discount_value,
            product_id=product_id,
            redemption_count=redemption_count,
            description=description,
            max_redemption=max_redemption,
            expiry_at=expiry_at,
            created_time=created_time,
            updated_time=updated_time,
        )

        coupon_summary.additional_properties = d
        return coupon_summary

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
