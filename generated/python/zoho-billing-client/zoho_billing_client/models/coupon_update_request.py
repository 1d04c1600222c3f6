from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_date

T = TypeVar("T", bound="CouponUpdateRequest")


@_attrs_define
class CouponUpdateRequest:
    """Body of "update a coupon". Only the name, description, redemption limit and expiry date can change; `name` is
    required. The discount, type and what the coupon applies to are fixed once it exists (Zoho's help pages).

        Attributes:
            name (str): Name of the coupon shown in the app and on invoices.
            description (str | Unset): Short description of the coupon.
            max_redemption (int | Unset): Number of subscriptions the coupon can be used for at most; once reached, its
                status becomes `maxed_out`. At least 1 (inferred: Zoho gives no limit).
            expiry_at (datetime.date | Unset): Last day (`YYYY-MM-DD`) the coupon can be applied to new subscriptions.
                Subscriptions that already have a `forever` coupon keep its discount after that day.
    """

    name: str
    description: str | Unset = UNSET
    max_redemption: int | Unset = UNSET
    expiry_at: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        max_redemption = self.max_redemption

        expiry_at: str | Unset = UNSET
        if not isinstance(self.expiry_at, Unset):
            expiry_at = self.expiry_at.isoformat() if isinstance(self.expiry_at, datetime.date) else self.expiry_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if max_redemption is not UNSET:
            field_dict["max_redemption"] = max_redemption
        if expiry_at is not UNSET:
            field_dict["expiry_at"] = expiry_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        max_redemption = d.pop("max_redemption", UNSET)

        expiry_at = as_date(d.pop("expiry_at", UNSET))

        coupon_update_request = cls(
            name=name,
            description=description,
            max_redemption=max_redemption,
            expiry_at=expiry_at,
        )

        coupon_update_request.additional_properties = d
        return coupon_update_request

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
