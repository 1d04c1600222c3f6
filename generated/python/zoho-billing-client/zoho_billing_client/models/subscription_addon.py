from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionAddon")


@_attrs_define
class SubscriptionAddon:
    """An addon of a subscription, with the price and quantity this subscription pays.

    Attributes:
        addon_code (str | Unset): Code of the addon, as in the Addons catalogue (`addon_code`).
        name (str | Unset): Name of the addon.
        addon_description (str | Unset): Description of the addon for this subscription, shown on its invoices instead
            of the addon name.
        quantity (int | Unset): Number of units subscribed to.
        price (Decimal | Unset): Price of one unit of the addon for this subscription.
        discount (Decimal | Unset): Discount applied to the addon.
        total (Decimal | Unset): Total for the addon (price times quantity, less the discount).
        tax_id (str | Unset): ID of the tax applied to the addon.
        tags (list[CustomerTagReference] | Unset): Reporting tags of the addon line.
        item_custom_fields (list[SubscriptionItemCustomField] | Unset): Custom field values of the addon line.
    """

    addon_code: str | Unset = UNSET
    name: str | Unset = UNSET
    addon_description: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    discount: Decimal | Unset = UNSET
    total: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    item_custom_fields: list[SubscriptionItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_code = self.addon_code

        name = self.name

        addon_description = self.addon_description

        quantity = self.quantity

        price = self.price

        discount = self.discount

        total = self.total

        tax_id = self.tax_id

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
        field_dict.update({})
        if addon_code is not UNSET:
            field_dict["addon_code"] = addon_code
        if name is not UNSET:
            field_dict["name"] = name
        if addon_description is not UNSET:
            field_dict["addon_description"] = addon_description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addon_code = d.pop("addon_code", UNSET)

        name = d.pop("name", UNSET)

        addon_description = d.pop("addon_description", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        discount = d.pop("discount", UNSET)
        if discount.__class__ is not Decimal:
            discount = as_decimal(discount)

        total = d.pop("total", UNSET)
        if total.__class__ is not Decimal:
            total = as_decimal(total)

        tax_id = d.pop("tax_id", UNSET)

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

        subscription_addon = cls(
            addon_code=addon_code,
            name=name,
            addon_description=addon_description,
            quantity=quantity,
            price=price,
            discount=discount,
            total=total,
            tax_id=tax_id,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        subscription_addon.additional_properties = d
        return subscription_addon

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
