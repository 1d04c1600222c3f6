from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageSubscriptionAddon")


@_attrs_define
class HostedPageSubscriptionAddon:
    """One addon of a subscription produced by a hosted page.

    Attributes:
        addon_code (str | Unset): Code of the addon (as set when the addon was created), such as `Email-basic`.
        name (str | Unset): Name of the addon. Untyped in Zoho's file; a string here (errata `untyped-inline-
            properties`).
        description (str | Unset): Description of the addon for this subscription.
        quantity (int | Unset): How many units; Zoho's default is 1.
        price (Decimal | Unset): Price of one unit of the addon for this subscription.
        discount (Decimal | Unset): Discount on the addon. Untyped in Zoho's file (errata `untyped-inline-properties`).
        total (Decimal | Unset): Total amount for the addon. Untyped in Zoho's file (errata `untyped-inline-
            properties`).
        tax_id (str | Unset): ID of the tax applied to the addon. Untyped in Zoho's file (errata `untyped-inline-
            properties`).
        tags (list[HostedPageTag] | Unset): Reporting tags of the addon line.
        item_custom_fields (list[HostedPageItemCustomField] | Unset): Custom field values of the addon line.
    """

    addon_code: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    discount: Decimal | Unset = UNSET
    total: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    tags: list[HostedPageTag] | Unset = UNSET
    item_custom_fields: list[HostedPageItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_code = self.addon_code

        name = self.name

        description = self.description

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
                        tags_item_data.to_dict() if isinstance(tags_item_data, HostedPageTag) else tags_item_data
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
                        if isinstance(item_custom_fields_item_data, HostedPageItemCustomField)
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
        if description is not UNSET:
            field_dict["description"] = description
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

        description = d.pop("description", UNSET)

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
        tags: list[HostedPageTag] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: HostedPageTag
                if isinstance(_tags_item_raw, dict):
                    tags_item = HostedPageTag.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        _item_custom_fields = d.pop("item_custom_fields", UNSET)
        item_custom_fields: list[HostedPageItemCustomField] | Unset
        if isinstance(_item_custom_fields, list):
            item_custom_fields = []
            for item_custom_fields_item_data in _item_custom_fields:
                _item_custom_fields_item_raw = item_custom_fields_item_data
                item_custom_fields_item: HostedPageItemCustomField
                if isinstance(_item_custom_fields_item_raw, dict):
                    item_custom_fields_item = HostedPageItemCustomField.from_dict(_item_custom_fields_item_raw)
                else:
                    item_custom_fields_item = _item_custom_fields_item_raw

                item_custom_fields.append(item_custom_fields_item)
        else:
            item_custom_fields = _item_custom_fields

        hosted_page_subscription_addon = cls(
            addon_code=addon_code,
            name=name,
            description=description,
            quantity=quantity,
            price=price,
            discount=discount,
            total=total,
            tax_id=tax_id,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        hosted_page_subscription_addon.additional_properties = d
        return hosted_page_subscription_addon

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


from ..models.hosted_page_item_custom_field import HostedPageItemCustomField  # noqa: E402
from ..models.hosted_page_tag import HostedPageTag  # noqa: E402
