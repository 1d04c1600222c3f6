from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionCustomFieldsResponse")


@_attrs_define
class SubscriptionCustomFieldsResponse:
    """Success envelope of "update custom fields". Zoho wraps the result in `data`, not in `subscription` like the other
    setters, and documents one custom field there (errata `subscription-customfields-wrapper`).

        Attributes:
            code (Literal[0]): 0 for success.
            message (str): Zoho's confirmation text, `Custom Fields Updated Successfully.`
            data (SubscriptionCustomField): The value of one subscription custom field, as Zoho returns it.
    """

    code: Literal[0]
    message: str
    data: SubscriptionCustomField
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data.to_dict() if isinstance(self.data, SubscriptionCustomField) else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _data_raw = d.pop("data")
        data: SubscriptionCustomField
        if isinstance(_data_raw, dict):
            data = SubscriptionCustomField.from_dict(_data_raw)
        else:
            data = _data_raw

        subscription_custom_fields_response = cls(
            code=code,
            message=message,
            data=data,
        )

        subscription_custom_fields_response.additional_properties = d
        return subscription_custom_fields_response

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


from ..models.subscription_custom_field import SubscriptionCustomField  # noqa: E402
