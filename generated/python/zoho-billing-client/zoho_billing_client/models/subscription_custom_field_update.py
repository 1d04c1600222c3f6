from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCustomFieldUpdate")


@_attrs_define
class SubscriptionCustomFieldUpdate:
    """A custom field value set by "update a subscription", named by its label or its index.

    Attributes:
        index (int | Unset): Position of the custom field, from 1 to 10.
        label (str | Unset): Label of the custom field.
        value (str | Unset): The value to set, as text.
        data_type (str | Unset): Data type of the custom field, such as `text`.
    """

    index: int | Unset = UNSET
    label: str | Unset = UNSET
    value: str | Unset = UNSET
    data_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        label = self.label

        value = self.value

        data_type = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if data_type is not UNSET:
            field_dict["data_type"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        label = d.pop("label", UNSET)

        value = d.pop("value", UNSET)

        data_type = d.pop("data_type", UNSET)

        subscription_custom_field_update = cls(
            index=index,
            label=label,
            value=value,
            data_type=data_type,
        )

        subscription_custom_field_update.additional_properties = d
        return subscription_custom_field_update

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
