from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..models.product_type import ProductType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="ItemSummary")


@_attrs_define
class ItemSummary:
    """The shorter form of an item that the list operation returns: without the India and Mexico tax codes and without tax
    preferences. `item_id`, `name`, `rate` and `status` are always present, as in `Item`.

        Attributes:
            item_id (str): Unique ID Zoho assigns to the item: a string of digits, with the same pattern as the `item_id`
                path parameter, so a value read here can be sent back there.
            name (str): Name of the item, unique within the organization (code 1000), at most 100 characters.
            status (ItemStatus): Whether the item can be used in new transactions.
            rate (Decimal): Price of one unit of the item, in the organization's currency.
            description (str | Unset): Description of the item, at most 2000 characters.
            unit (str | Unset): Unit the item is sold in, such as `kg` or `hours`.
            tax_id (str | Unset): ID of the tax applied to the item.
            tax_name (str | Unset): Name of the tax applied to the item.
            tax_percentage (str | Unset): Rate of the applied tax as text, as Zoho shows it (its example is `"70%"`, with
                the percent sign).
            tax_type (str | Unset): Type of the tax applied to the item, such as "Service Tax".
            sku (str | Unset): Stock keeping unit of the item; unique within the organization.
            product_type (ProductType | Unset): Whether the item is a good or a service. Fixed once the item has
                transactions (code 2076).
            custom_fields (list[ItemCustomField] | Unset): Values of the organization's custom fields for items.
    """

    item_id: str
    name: str
    status: ItemStatus
    rate: Decimal
    description: str | Unset = UNSET
    unit: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_percentage: str | Unset = UNSET
    tax_type: str | Unset = UNSET
    sku: str | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    custom_fields: list[ItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        name = self.name

        status = self.status.value if isinstance(self.status, ItemStatus) else self.status

        rate = self.rate

        description = self.description

        unit = self.unit

        tax_id = self.tax_id

        tax_name = self.tax_name

        tax_percentage = self.tax_percentage

        tax_type = self.tax_type

        sku = self.sku

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value if isinstance(self.product_type, ProductType) else self.product_type

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
                "item_id": item_id,
                "name": name,
                "status": status,
                "rate": rate,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_percentage is not UNSET:
            field_dict["tax_percentage"] = tax_percentage
        if tax_type is not UNSET:
            field_dict["tax_type"] = tax_type
        if sku is not UNSET:
            field_dict["sku"] = sku
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        name = d.pop("name")

        _status_raw = d.pop("status")
        status: ItemStatus
        if isinstance(_status_raw, str):
            status = ItemStatus(_status_raw)
        else:
            status = _status_raw

        rate = d.pop("rate")
        if rate.__class__ is not Decimal:
            rate = as_decimal(rate)

        description = d.pop("description", UNSET)

        unit = d.pop("unit", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        tax_name = d.pop("tax_name", UNSET)

        tax_percentage = d.pop("tax_percentage", UNSET)

        tax_type = d.pop("tax_type", UNSET)

        sku = d.pop("sku", UNSET)

        _product_type_raw = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type_raw, str):
            product_type = ProductType(_product_type_raw)
        else:
            product_type = _product_type_raw

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

        item_summary = cls(
            item_id=item_id,
            name=name,
            status=status,
            rate=rate,
            description=description,
            unit=unit,
            tax_id=tax_id,
            tax_name=tax_name,
            tax_percentage=tax_percentage,
            tax_type=tax_type,
            sku=sku,
            product_type=product_type,
            custom_fields=custom_fields,
        )

        item_summary.additional_properties = d
        return item_summary

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
