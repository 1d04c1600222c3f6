from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionOneTimeAddonInput")


@_attrs_define
class SubscriptionOneTimeAddonInput:
    """A one-time addon to buy, by `addon_code` (required; Zoho's `tax_id` requirement is conditional, as for recurring
    addons).

        Attributes:
            addon_code (str): Code of the addon, as in the Addons catalogue (`addon_code`).
            quantity (int | Unset): Number of units subscribed to.
            price (Decimal | Unset): Price of one unit for this subscription only. When omitted, the catalogue price (the
                plan's or addon's) applies.
            tax_id (str | Unset): ID of the tax or tax group to apply. Leave it empty to apply a tax exemption instead.
            tax_exemption_id (str | Unset): ID of the tax exemption to apply.
            tax_exemption_code (str | Unset): Code of the tax exemption to apply, such as `GST FREE`.
            product_type (ProductType | Unset): Whether the item is a good or a service. Fixed once the item has
                transactions (code 2076).
            tags (list[CustomerTagReference] | Unset): Reporting tags of the addon line.
            item_custom_fields (list[SubscriptionItemCustomField] | Unset): Custom field values of the addon line.
    """

    addon_code: str
    quantity: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    item_custom_fields: list[SubscriptionItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_code = self.addon_code

        quantity = self.quantity

        price = self.price

        tax_id = self.tax_id

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value if isinstance(self.product_type, ProductType) else self.product_type

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = (
                        tags_item_data.to_dict() if isinstance(tags_item_data, CustomerTagReference) else tags_item_data
                    )
                    tags.append(tags_item)
            else:
                tags = self.tags

        item_custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_custom_fields, Unset):
            if isinstance(self.item_custom_fields, list):
                item_custom_fields = []
                for item_custom_fields_item_data in self.item_custom_fields:
                    item_custom_fields_item = (
                        item_custom_fields_item_data.to_dict()
                        if isinstance(item_custom_fields_item_data, SubscriptionItemCustomField)
                        else item_custom_fields_item_data
                    )
                    item_custom_fields.append(item_custom_fields_item)
            else:
                item_custom_fields = self.item_custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addon_code": addon_code,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addon_code = d.pop("addon_code")

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        _product_type_raw = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type_raw, str):
            product_type = ProductType(_product_type_raw)
        else:
            product_type = _product_type_raw

        _tags = d.pop("tags", UNSET)
        tags: list[CustomerTagReference] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: CustomerTagReference
                if isinstance(_tags_item_raw, dict):
                    tags_item = CustomerTagReference.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        _item_custom_fields = d.pop("item_custom_fields", UNSET)
        item_custom_fields: list[SubscriptionItemCustomField] | Unset
        if isinstance(_item_custom_fields, list):
            item_custom_fields = []
            for item_custom_fields_item_data in _item_custom_fields:
                _item_custom_fields_item_raw = item_custom_fields_item_data
                item_custom_fields_item: SubscriptionItemCustomField
                if isinstance(_item_custom_fields_item_raw, dict):
                    item_custom_fields_item = SubscriptionItemCustomField.from_dict(_item_custom_fields_item_raw)
                else:
                    item_custom_fields_item = _item_custom_fields_item_raw

                item_custom_fields.append(item_custom_fields_item)
        else:
            item_custom_fields = _item_custom_fields

        subscription_one_time_addon_input = cls(
            addon_code=addon_code,
            quantity=quantity,
            price=price,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            product_type=product_type,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        subscription_one_time_addon_input.additional_properties = d
        return subscription_one_time_addon_input

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


from ..models.customer_tag_reference import CustomerTagReference  # noqa: E402
from ..models.subscription_item_custom_field import SubscriptionItemCustomField  # noqa: E402
