from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionResponse")


@_attrs_define
class SubscriptionResponse:
    """Success envelope holding one subscription.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        subscription (Subscription): A subscription as Zoho returns it: the customer billed, the plan and addons with
            their quantities and prices, the coupon, the current term and the next billing date, and how it is paid (online
            with a card, or offline). Operations return different subsets of these fields; only `subscription_id` and
            `status`, which Zoho sets itself, are always there. `customer_id`, `sub_total` and `cancelled_at` are defined in
            Zoho's file but placed in no documented response except the list (errata `subscription-orphan-fields`).
    """

    code: Literal[0]
    message: str
    subscription: Subscription
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        subscription = self.subscription.to_dict() if isinstance(self.subscription, Subscription) else self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "subscription": subscription,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _subscription_raw = d.pop("subscription")
        subscription: Subscription
        if isinstance(_subscription_raw, dict):
            subscription = Subscription.from_dict(_subscription_raw)
        else:
            subscription = _subscription_raw

        subscription_response = cls(
            code=code,
            message=message,
            subscription=subscription,
        )

        subscription_response.additional_properties = d
        return subscription_response

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


from ..models.subscription import Subscription  # noqa: E402
