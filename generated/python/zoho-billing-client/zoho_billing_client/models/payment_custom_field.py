from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentCustomField")


@_attrs_define
class PaymentCustomField:
    """The value of one payment custom field, as Zoho returns it.

    Attributes:
        index (int | Unset): Position of the custom field, 1 to 10.
        value (str | Unset): The field's value, as text (Zoho's example shows a number here; see errata `payment-custom-
            field-value-example`).
        label (str | Unset): Label of the custom field.
        data_type (str | Unset): Data type of the custom field, such as `text`.
    """

    index: int | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    data_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        value = self.value

        label = self.label

        data_type = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if data_type is not UNSET:
            field_dict["data_type"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        data_type = d.pop("data_type", UNSET)

        payment_custom_field = cls(
            index=index,
            value=value,
            label=label,
            data_type=data_type,
        )

        payment_custom_field.additional_properties = d
        return payment_custom_field

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
