from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCustomFieldSetting")


@_attrs_define
class InvoiceCustomFieldSetting:
    """An invoice custom field as the organization defines it (where it shows, whether it is required, its limits), with
    the invoice's value.

        Attributes:
            customfield_id (str | Unset): ID of the custom field (Zoho declares an integer; a string of digits here, like
                every Zoho ID).
            index (int | Unset): Position of the custom field.
            label (str | Unset): Label of the custom field.
            value (str | Unset): The invoice's value of the field, as text.
            data_type (str | Unset): Data type of the field, such as `string` or `text`.
            is_active (bool | Unset): True while the field is in use.
            is_custom_field (bool | Unset): True for a field the organization added.
            is_mandatory (bool | Unset): True when the field must have a value.
            is_mandatory_in_sales_item (bool | Unset): True when sales items must fill it in.
            is_mandatory_in_hp (bool | Unset): True when hosted pages must fill it in.
            show_in_store (bool | Unset): True when the field shows in the store.
            edit_on_store (bool | Unset): True when customers may edit it in the store.
            show_in_hp (bool | Unset): True when the field shows on hosted pages.
            show_in_all_pdf (bool | Unset): True when the field is printed on every PDF.
            search_entity (str | Unset): The kind of record the field belongs to, `invoice`.
            pii_type (str | Unset): Whether the field holds personal data, such as `non_pii`.
            placeholder (str | Unset): Placeholder name of the field in templates, such as `cf_test_field`.
            is_inherited_value (bool | Unset): True when the value comes from another record (such as the customer).
            is_dependent_field (bool | Unset): True when the field depends on another field.
            max_length (int | Unset): Largest number of characters the value may have.
            help_text (str | Unset): Help text shown with the field.
    """

    customfield_id: str | Unset = UNSET
    index: int | Unset = UNSET
    label: str | Unset = UNSET
    value: str | Unset = UNSET
    data_type: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_custom_field: bool | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    is_mandatory_in_sales_item: bool | Unset = UNSET
    is_mandatory_in_hp: bool | Unset = UNSET
    show_in_store: bool | Unset = UNSET
    edit_on_store: bool | Unset = UNSET
    show_in_hp: bool | Unset = UNSET
    show_in_all_pdf: bool | Unset = UNSET
    search_entity: str | Unset = UNSET
    pii_type: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    is_inherited_value: bool | Unset = UNSET
    is_dependent_field: bool | Unset = UNSET
    max_length: int | Unset = UNSET
    help_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customfield_id = self.customfield_id

        index = self.index

        label = self.label

        value = self.value

        data_type = self.data_type

        is_active = self.is_active

        is_custom_field = self.is_custom_field

        is_mandatory = self.is_mandatory

        is_mandatory_in_sales_item = self.is_mandatory_in_sales_item

        is_mandatory_in_hp = self.is_mandatory_in_hp

        show_in_store = self.show_in_store

        edit_on_store = self.edit_on_store

        show_in_hp = self.show_in_hp

        show_in_all_pdf = self.show_in_all_pdf

        search_entity = self.search_entity

        pii_type = self.pii_type

        placeholder = self.placeholder

        is_inherited_value = self.is_inherited_value

        is_dependent_field = self.is_dependent_field

        max_length = self.max_length

        help_text = self.help_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customfield_id is not UNSET:
            field_dict["customfield_id"] = customfield_id
        if index is not UNSET:
            field_dict["index"] = index
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_custom_field is not UNSET:
            field_dict["is_custom_field"] = is_custom_field
        if is_mandatory is not UNSET:
            field_dict["is_mandatory"] = is_mandatory
        if is_mandatory_in_sales_item is not UNSET:
            field_dict["is_mandatory_in_sales_item"] = is_mandatory_in_sales_item
        if is_mandatory_in_hp is not UNSET:
            field_dict["is_mandatory_in_hp"] = is_mandatory_in_hp
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        if edit_on_store is not UNSET:
            field_dict["edit_on_store"] = edit_on_store
        if show_in_hp is not UNSET:
            field_dict["show_in_hp"] = show_in_hp
        if show_in_all_pdf is not UNSET:
            field_dict["show_in_all_pdf"] = show_in_all_pdf
        if search_entity is not UNSET:
            field_dict["search_entity"] = search_entity
        if pii_type is not UNSET:
            field_dict["pii_type"] = pii_type
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if is_inherited_value is not UNSET:
            field_dict["is_inherited_value"] = is_inherited_value
        if is_dependent_field is not UNSET:
            field_dict["is_dependent_field"] = is_dependent_field
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if help_text is not UNSET:
            field_dict["help_text"] = help_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customfield_id = d.pop("customfield_id", UNSET)

        index = d.pop("index", UNSET)

        label = d.pop("label", UNSET)

        value = d.pop("value", UNSET)

        data_type = d.pop("data_type", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_custom_field = d.pop("is_custom_field", UNSET)

        is_mandatory = d.pop("is_mandatory", UNSET)

        is_mandatory_in_sales_item = d.pop("is_mandatory_in_sales_item", UNSET)

        is_mandatory_in_hp = d.pop("is_mandatory_in_hp", UNSET)

        show_in_store = d.pop("show_in_store", UNSET)

        edit_on_store = d.pop("edit_on_store", UNSET)

        show_in_hp = d.pop("show_in_hp", UNSET)

        show_in_all_pdf = d.pop("show_in_all_pdf", UNSET)

        search_entity = d.pop("search_entity", UNSET)

        pii_type = d.pop("pii_type", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        is_inherited_value = d.pop("is_inherited_value", UNSET)

        is_dependent_field = d.pop("is_dependent_field", UNSET)

        max_length = d.pop("max_length", UNSET)

        help_text = d.pop("help_text", UNSET)

        invoice_custom_field_setting = cls(
            customfield_id=customfield_id,
            index=index,
            label=label,
            value=value,
            data_type=data_type,
            is_active=is_active,
            is_custom_field=is_custom_field,
            is_mandatory=is_mandatory,
            is_mandatory_in_sales_item=is_mandatory_in_sales_item,
            is_mandatory_in_hp=is_mandatory_in_hp,
            show_in_store=show_in_store,
            edit_on_store=edit_on_store,
            show_in_hp=show_in_hp,
            show_in_all_pdf=show_in_all_pdf,
            search_entity=search_entity,
            pii_type=pii_type,
            placeholder=placeholder,
            is_inherited_value=is_inherited_value,
            is_dependent_field=is_dependent_field,
            max_length=max_length,
            help_text=help_text,
        )

        invoice_custom_field_setting.additional_properties = d
        return invoice_custom_field_setting

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
