from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddonCustomField")


@_attrs_define
class AddonCustomField:
    """The value of one addon custom field, as Zoho returns it.

    Attributes:
        customfield_id (str | Unset): ID of the custom field.
        is_active (str | Unset): Whether the custom field is active, as the text `"true"` or `"false"` (Zoho declares
            and shows a string).
        show_in_all_pdf (str | Unset): Whether the field is printed on every PDF, as the text `"true"` or `"false"`
            (Zoho declares and shows a string).
        value_formatted (str | Unset): The value formatted for display.
        data_type (str | Unset): Data type of the custom field, such as `string`.
        index (int | Unset): Position of the custom field.
        label (str | Unset): Label of the custom field.
        show_on_pdf (bool | Unset): True when the field is printed on the addon's PDFs. Zoho declares a string but shows
            a JSON boolean (errata `addon-flags-as-booleans`).
        placeholder (str | Unset): Placeholder name of the field in templates, such as `cf_cfitem`.
        value (str | Unset): The field's value, as text.
    """

    customfield_id: str | Unset = UNSET
    is_active: str | Unset = UNSET
    show_in_all_pdf: str | Unset = UNSET
    value_formatted: str | Unset = UNSET
    data_type: str | Unset = UNSET
    index: int | Unset = UNSET
    label: str | Unset = UNSET
    show_on_pdf: bool | Unset = UNSET
    placeholder: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customfield_id = self.customfield_id

        is_active = self.is_active

        show_in_all_pdf = self.show_in_all_pdf

        value_formatted = self.value_formatted

        data_type = self.data_type

        index = self.index

        label = self.label

        show_on_pdf = self.show_on_pdf

        placeholder = self.placeholder

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customfield_id is not UNSET:
            field_dict["customfield_id"] = customfield_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if show_in_all_pdf is not UNSET:
            field_dict["show_in_all_pdf"] = show_in_all_pdf
        if value_formatted is not UNSET:
            field_dict["value_formatted"] = value_formatted
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if index is not UNSET:
            field_dict["index"] = index
        if label is not UNSET:
            field_dict["label"] = label
        if show_on_pdf is not UNSET:
            field_dict["show_on_pdf"] = show_on_pdf
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customfield_id = d.pop("customfield_id", UNSET)

        is_active = d.pop("is_active", UNSET)

        show_in_all_pdf = d.pop("show_in_all_pdf", UNSET)

        value_formatted = d.pop("value_formatted", UNSET)

        data_type = d.pop("data_type", UNSET)

        index = d.pop("index", UNSET)

        label = d.pop("label", UNSET)

        show_on_pdf = d.pop("show_on_pdf", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        value = d.pop("value", UNSET)

        addon_custom_field = cls(
            customfield_id=customfield_id,
            is_active=is_active,
            show_in_all_pdf=show_in_all_pdf,
            value_formatted=value_formatted,
            data_type=data_type,
            index=index,
            label=label,
            show_on_pdf=show_on_pdf,
            placeholder=placeholder,
            value=value,
        )

        addon_custom_field.additional_properties = d
        return addon_custom_field

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
