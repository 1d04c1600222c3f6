from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionPostponeRequest")


@_attrs_define
class SubscriptionPostponeRequest:
    """Body of "postpone the renewal": the new renewal date (required), later than the current one.

    Attributes:
        renewal_at (str): The date to move the next renewal (billing date) to; a renewal can only be moved later.
    """

    renewal_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        renewal_at = self.renewal_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "renewal_at": renewal_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        renewal_at = d.pop("renewal_at")

        subscription_postpone_request = cls(
            renewal_at=renewal_at,
        )

        subscription_postpone_request.additional_properties = d
        return subscription_postpone_request

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
