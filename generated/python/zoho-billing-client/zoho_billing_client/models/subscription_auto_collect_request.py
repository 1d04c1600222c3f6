from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionAutoCollectRequest")


@_attrs_define
class SubscriptionAutoCollectRequest:
    """Body of "set auto-collect": the mode (required).

    Attributes:
        auto_collect (bool): How renewals are paid. `true`: online mode, the customer's card (or bank account) is
            charged automatically on every renewal. `false`: offline mode, the invoices wait for a payment to be recorded.
    """

    auto_collect: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_collect = self.auto_collect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auto_collect": auto_collect,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_collect = d.pop("auto_collect")

        subscription_auto_collect_request = cls(
            auto_collect=auto_collect,
        )

        subscription_auto_collect_request.additional_properties = d
        return subscription_auto_collect_request

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
