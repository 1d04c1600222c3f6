from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionSalespersonRequest")


@_attrs_define
class SubscriptionSalespersonRequest:
    """Body of "update the salesperson": the salesperson by ID or by name. Zoho's file requires both, while its own example
    leaves the ID empty: one of the two is required (errata `subscription-salesperson-required`).

        Attributes:
            salesperson_id (str | Unset): ID of the salesperson to assign.
            salesperson_name (str | Unset): Name of the salesperson assigned to the subscription.
    """

    salesperson_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salesperson_id = self.salesperson_id

        salesperson_name = self.salesperson_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salesperson_id is not UNSET:
            field_dict["salesperson_id"] = salesperson_id
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salesperson_id = d.pop("salesperson_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        subscription_salesperson_request = cls(
            salesperson_id=salesperson_id,
            salesperson_name=salesperson_name,
        )

        subscription_salesperson_request.additional_properties = d
        return subscription_salesperson_request

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
