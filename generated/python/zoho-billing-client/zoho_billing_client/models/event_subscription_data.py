from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventSubscriptionData")


@_attrs_define
class EventSubscriptionData:
    """What a subscription event carries (inferred shape, errata `event-payload-object`).

    Attributes:
        subscription (Subscription | Unset): A subscription as Zoho returns it: the customer billed, the plan and addons
            with their quantities and prices, the coupon, the current term and the next billing date, and how it is paid
            (online with a card, or offline). Operations return different subsets of these fields; only `subscription_id`
            and `status`, which Zoho sets itself, are always there. `customer_id`, `sub_total` and `cancelled_at` are
            defined in Zoho's file but placed in no documented response except the list (errata `subscription-orphan-
            fields`).
    """

    subscription: Subscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = (
                self.subscription.to_dict() if isinstance(self.subscription, Subscription) else self.subscription
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subscription_raw = d.pop("subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription_raw, dict):
            subscription = Subscription.from_dict(_subscription_raw)
        else:
            subscription = _subscription_raw

        event_subscription_data = cls(
            subscription=subscription,
        )

        event_subscription_data.additional_properties = d
        return event_subscription_data

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
