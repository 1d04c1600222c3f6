from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="ItemRequest")


@_attrs_define
class ItemRequest:
    """Body of "create an item" and "update an item" (Zoho documents the same fields for both). `name` and `rate` are
    required on both.

        Attributes:
            name (str): Name of the item, unique within the organization (code 1000), at most 100 characters.
            rate (Decimal): Price of one unit of the item, in the organization's currency.
            description (str | Unset): Description of the item, at most 2000 characters.
            tax_id (str | Unset): ID of the tax applied to the item.
            sku (str | Unset): Stock keeping unit of the item; unique within the organization.
            product_type (ProductType | Unset): Whether the item is a good or a service. Fixed once the item has
                transactions (code 2076).
            is_taxable (bool | Unset): True when the item is taxable. Zoho does not return it.
            tax_exemption_id (str | Unset): ID of the tax exemption applied to a non-taxable item. Zoho does not return it.
            hsn_or_sac (str | Unset): Indian HSN code (goods) or SAC code (services) of the item.
            sat_item_key_code (str | Unset): Mexican SAT product or service key of the item, from the SAT CFDI catalogue
                (catCFDI, c_ClaveProdServ).
            unitkey_code (str | Unset): Mexican SAT unit key of the item, from the SAT CFDI catalogue (c_ClaveUnidad).
            item_tax_preferences (list[ItemTaxPreference] | Unset): Taxes to apply for intrastate and interstate supplies.
            custom_fields (list[ItemCustomField] | Unset): Custom field values to set.
    """

    name: str
    rate: Decimal
    description: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    sku: str | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    hsn_or_sac: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    item_tax_preferences: list[ItemTaxPreference] | Unset = UNSET
    custom_fields: list[ItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rate = self.rate

        description = self.description

        tax_id = self.tax_id

        sku = self.sku

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value if isinstance(self.product_type, ProductType) else self.product_type

        is_taxable = self.is_taxable

        tax_exemption_id = self.tax_exemption_id

        hsn_or_sac = self.hsn_or_sac

        sat_item_key_code = self.sat_item_key_code

        unitkey_code = self.unitkey_code

        item_tax_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_tax_preferences, Unset):
            if isinstance(self.item_tax_preferences, list):
                item_tax_preferences = []
                for item_tax_preferences_item_data in self.item_tax_preferences:
                    item_tax_preferences_item = (
                        item_tax_preferences_item_data.to_dict()
                        if isinstance(item_tax_preferences_item_data, ItemTaxPreference)
                        else item_tax_preferences_item_data
                    )
                    item_tax_preferences.append(item_tax_preferences_item)
            else:
                item_tax_preferences = self.item_tax_preferences

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, ItemCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "rate": rate,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if hsn_or_sac is not UNSET:
            field_dict["hsn_or_sac"] = hsn_or_sac
        if sat_item_key_code is not UNSET:
            field_dict["sat_item_key_code"] = sat_item_key_code
        if unitkey_code is not UNSET:
            field_dict["unitkey_code"] = unitkey_code
        if item_tax_preferences is not UNSET:
            field_dict["item_tax_preferences"] = item_tax_preferences
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        rate = d.pop("rate")
        if rate.__class__ is not Decimal:
            rate = as_decimal(rate)

        description = d.pop("description", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        sku = d.pop("sku", UNSET)

        _product_type_raw = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type_raw, str):
            product_type = ProductType(_product_type_raw)
        else:
            product_type = _product_type_raw

        is_taxable = d.pop("is_taxable", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        hsn_or_sac = d.pop("hsn_or_sac", UNSET)

        sat_item_key_code = d.pop("sat_item_key_code", UNSET)

        unitkey_code = d.pop("unitkey_code", UNSET)

        _item_tax_preferences = d.pop("item_tax_preferences", UNSET)
        item_tax_preferences: list[ItemTaxPreference] | Unset
        if isinstance(_item_tax_preferences, list):
            item_tax_preferences = []
            for item_tax_preferences_item_data in _item_tax_preferences:
                _item_tax_preferences_item_raw = item_tax_preferences_item_data
                item_tax_preferences_item: ItemTaxPreference
                if isinstance(_item_tax_preferences_item_raw, dict):
                    item_tax_preferences_item = ItemTaxPreference.from_dict(_item_tax_preferences_item_raw)
                else:
                    item_tax_preferences_item = _item_tax_preferences_item_raw

                item_tax_preferences.append(item_tax_preferences_item)
        else:
            item_tax_preferences = _item_tax_preferences

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[ItemCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: ItemCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = ItemCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        item_request = cls(
            name=name,
            rate=rate,
            description=description,
            tax_id=tax_id,
            sku=sku,
            product_type=product_type,
            is_taxable=is_taxable,
            tax_exemption_id=tax_exemption_id,
            hsn_or_sac=hsn_or_sac,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            item_tax_preferences=item_tax_preferences,
            custom_fields=custom_fields,
        )

        item_request.additional_properties = d
        return item_request

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


from ..models.item_custom_field import ItemCustomField  # noqa: E402
from ..models.item_tax_preference import ItemTaxPreference  # noqa: E402
