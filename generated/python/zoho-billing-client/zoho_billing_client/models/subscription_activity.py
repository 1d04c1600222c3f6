from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionActivity")


@_attrs_define
class SubscriptionActivity:
    """One entry of a subscription's activity log (invoice created, payment recorded...).

    Attributes:
        activity_id (str | Unset): ID of the activity.
        description (str | Unset): What happened, such as `Invoice created - INV-000241`.
        activity_time (str | Unset): Time the activity was recorded.
        commented_by (str | Unset): Who did it (a user, or `Zoho Billing` for the system).
    """

    activity_id: str | Unset = UNSET
    description: str | Unset = UNSET
    activity_time: str | Unset = UNSET
    commented_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        description = self.description

        activity_time = self.activity_time

        commented_by = self.commented_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if description is not UNSET:
            field_dict["description"] = description
        if activity_time is not UNSET:
            field_dict["activity_time"] = activity_time
        if commented_by is not UNSET:
            field_dict["commented_by"] = commented_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        description = d.pop("description", UNSET)

        activity_time = d.pop("activity_time", UNSET)

        commented_by = d.pop("commented_by", UNSET)

        subscription_activity = cls(
            activity_id=activity_id,
            description=description,
            activity_time=activity_time,
            commented_by=commented_by,
        )

        subscription_activity.additional_properties = d
        return subscription_activity

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
