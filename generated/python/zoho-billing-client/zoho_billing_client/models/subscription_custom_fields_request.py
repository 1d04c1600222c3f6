from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionCustomFieldsRequest")


@_attrs_define
class SubscriptionCustomFieldsRequest:
    """Body of "update custom fields": the values to set (required), each named by its label.

    Attributes:
        custom_fields (list[SubscriptionCustomFieldInput]): The custom field values to set.
    """

    custom_fields: list[SubscriptionCustomFieldInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = (
                    custom_fields_item_data.to_dict()
                    if isinstance(custom_fields_item_data, SubscriptionCustomFieldInput)
                    else custom_fields_item_data
                )
                custom_fields.append(custom_fields_item)
        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_fields": custom_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _custom_fields = d.pop("custom_fields")
        custom_fields: list[SubscriptionCustomFieldInput]
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: SubscriptionCustomFieldInput
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = SubscriptionCustomFieldInput.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        subscription_custom_fields_request = cls(
            custom_fields=custom_fields,
        )

        subscription_custom_fields_request.additional_properties = d
        return subscription_custom_fields_request

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


from ..models.subscription_custom_field_input import SubscriptionCustomFieldInput  # noqa: E402
