from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCustomField")


@_attrs_define
class PlanCustomField:
    """The value of one plan custom field, as Zoho returns it.

    Attributes:
        customfield_id (str | Unset): ID of the custom field.
        label (str | Unset): Label of the custom field.
        value (str | Unset): The field's value, as text.
        value_formatted (str | Unset): The value as the interface displays it.
        data_type (str | Unset): Data type of the custom field, such as `string`.
        index (int | Unset): Position of the custom field among the plan custom fields.
        placeholder (str | Unset): Placeholder name of the field in templates, such as `cf_cfitem`.
        is_active (str | Unset): Whether the custom field is active, as the text `true` or `false` (Zoho's type and
            example agree on a string).
        show_in_all_pdf (str | Unset): Whether the field is printed on every PDF, as the text `true` or `false`.
        show_on_pdf (bool | Unset): True when the field is printed on the PDF. Zoho declares a string; its examples send
            a boolean (see errata).
    """

    customfield_id: str | Unset = UNSET
    label: str | Unset = UNSET
    value: str | Unset = UNSET
    value_formatted: str | Unset = UNSET
    data_type: str | Unset = UNSET
    index: int | Unset = UNSET
    placeholder: str | Unset = UNSET
    is_active: str | Unset = UNSET
    show_in_all_pdf: str | Unset = UNSET
    show_on_pdf: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customfield_id = self.customfield_id

        label = self.label

        value = self.value

        value_formatted = self.value_formatted

        data_type = self.data_type

        index = self.index

        placeholder = self.placeholder

        is_active = self.is_active

        show_in_all_pdf = self.show_in_all_pdf

        show_on_pdf = self.show_on_pdf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customfield_id is not UNSET:
            field_dict["customfield_id"] = customfield_id
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if value_formatted is not UNSET:
            field_dict["value_formatted"] = value_formatted
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if index is not UNSET:
            field_dict["index"] = index
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if show_in_all_pdf is not UNSET:
            field_dict["show_in_all_pdf"] = show_in_all_pdf
        if show_on_pdf is not UNSET:
            field_dict["show_on_pdf"] = show_on_pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customfield_id = d.pop("customfield_id", UNSET)

        label = d.pop("label", UNSET)

        value = d.pop("value", UNSET)

        value_formatted = d.pop("value_formatted", UNSET)

        data_type = d.pop("data_type", UNSET)

        index = d.pop("index", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        is_active = d.pop("is_active", UNSET)

        show_in_all_pdf = d.pop("show_in_all_pdf", UNSET)

        show_on_pdf = d.pop("show_on_pdf", UNSET)

        plan_custom_field = cls(
            customfield_id=customfield_id,
            label=label,
            value=value,
            value_formatted=value_formatted,
            data_type=data_type,
            index=index,
            placeholder=placeholder,
            is_active=is_active,
            show_in_all_pdf=show_in_all_pdf,
            show_on_pdf=show_on_pdf,
        )

        plan_custom_field.additional_properties = d
        return plan_custom_field

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
