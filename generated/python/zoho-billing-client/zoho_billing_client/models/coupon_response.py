from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CouponResponse")


@_attrs_define
class CouponResponse:
    """Success envelope holding one coupon.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        coupon (Coupon): A coupon as Zoho returns it from create, retrieve and update: a flat or percentage discount on
            the plans and addons of one product, applied to a subscription's first invoice only, to a number of its
            invoices, or to all of them. It is identified by the code the caller gave it. The required fields are those
            Zoho's example carries and that Zoho sets itself (status, redemption count) or requires on create; the others
            may be absent.
    """

    code: Literal[0]
    message: str
    coupon: Coupon
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        coupon = self.coupon.to_dict() if isinstance(self.coupon, Coupon) else self.coupon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "coupon": coupon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _coupon_raw = d.pop("coupon")
        coupon: Coupon
        if isinstance(_coupon_raw, dict):
            coupon = Coupon.from_dict(_coupon_raw)
        else:
            coupon = _coupon_raw

        coupon_response = cls(
            code=code,
            message=message,
            coupon=coupon,
        )

        coupon_response.additional_properties = d
        return coupon_response

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


from ..models.coupon import Coupon  # noqa: E402
