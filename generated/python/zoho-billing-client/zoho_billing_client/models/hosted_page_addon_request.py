from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageAddonRequest")


@_attrs_define
class HostedPageAddonRequest:
    """A recurring addon to include in the subscription, by its code.

    Attributes:
        addon_code (str): Code of the addon (as set when the addon was created), such as `Email-basic`.
        addon_description (str | Unset): Description of the addon for this subscription only, shown on its invoices
            instead of the addon name.
        price (Decimal | Unset): Price of one unit for this subscription; the addon's price when omitted.
        quantity (int | Unset): How many units of the addon. Untyped in Zoho's file (errata `untyped-inline-
            properties`).
        tags (list[HostedPageTag] | Unset): Reporting tags of the addon line.
        item_custom_fields (list[HostedPageItemCustomField] | Unset): Custom field values of the addon line, by label.
        tax_id (str | Unset): ID of the tax or tax group to apply. Leave it empty (or omit it) to apply a tax exemption
            instead.
        tax_exemption_id (str | Unset): ID of the tax exemption to apply instead of a tax.
        tax_exemption_code (str | Unset): Code of the tax exemption to apply instead of a tax, such as `GST FREE`.
    """

    addon_code: str
    addon_description: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    quantity: int | Unset = UNSET
    tags: list[HostedPageTag] | Unset = UNSET
    item_custom_fields: list[HostedPageItemCustomField] | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_code = self.addon_code

        addon_description = self.addon_description

        price = self.price

        quantity = self.quantity

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

        tax_id = self.tax_id

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addon_code": addon_code,
            }
        )
        if addon_description is not UNSET:
            field_dict["addon_description"] = addon_description
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addon_code = d.pop("addon_code")

        addon_description = d.pop("addon_description", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        quantity = d.pop("quantity", UNSET)

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

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        hosted_page_addon_request = cls(
            addon_code=addon_code,
            addon_description=addon_description,
            price=price,
            quantity=quantity,
            tags=tags,
            item_custom_fields=item_custom_fields,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
        )

        hosted_page_addon_request.additional_properties = d
        return hosted_page_addon_request

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
