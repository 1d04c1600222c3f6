from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionInvoiceItem")


@_attrs_define
class SubscriptionInvoiceItem:
    """A line of the invoice of a one-time addon or charge.

    Attributes:
        item_id (str | Unset): ID of the item invoiced.
        name (str | Unset): Name of the line, such as `One-time charge`.
        description (str | Unset): Description of the line.
        code (str | Unset): Code of the plan or addon invoiced.
        price (Decimal | Unset): Price of one unit.
        quantity (Decimal | Unset): Number of units.
        discount_amount (Decimal | Unset): Discount on the line.
        item_total (Decimal | Unset): Total of the line (price times quantity).
        tax_id (str | Unset): ID of the tax on the line.
        tax_exemption_id (str | Unset): ID of the tax exemption to apply.
        tax_exemption_code (str | Unset): Code of the tax exemption to apply, such as `GST FREE`.
        account_id (str | Unset): ID of the income account the line is booked to.
        account_name (str | Unset): Name of the income account, such as `General Income`.
        tags (list[CustomerTagReference] | Unset): Reporting tags of the line.
        item_custom_fields (list[SubscriptionItemCustomField] | Unset): Custom field values of the line.
    """

    item_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    code: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    item_total: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    account_id: str | Unset = UNSET
    account_name: str | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    item_custom_fields: list[SubscriptionItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        name = self.name

        description = self.description

        code = self.code

        price = self.price

        quantity = self.quantity

        discount_amount = self.discount_amount

        item_total = self.item_total

        tax_id = self.tax_id

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        account_id = self.account_id

        account_name = self.account_name

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
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if code is not UNSET:
            field_dict["code"] = code
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if item_total is not UNSET:
            field_dict["item_total"] = item_total
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        code = d.pop("code", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        quantity = d.pop("quantity", UNSET)
        if quantity.__class__ is not Decimal:
            quantity = as_decimal(quantity)

        discount_amount = d.pop("discount_amount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = as_decimal(discount_amount)

        item_total = d.pop("item_total", UNSET)
        if item_total.__class__ is not Decimal:
            item_total = as_decimal(item_total)

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        account_id = d.pop("account_id", UNSET)

        account_name = d.pop("account_name", UNSET)

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

        subscription_invoice_item = cls(
            item_id=item_id,
            name=name,
            description=description,
            code=code,
            price=price,
            quantity=quantity,
            discount_amount=discount_amount,
            item_total=item_total,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            account_id=account_id,
            account_name=account_name,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        subscription_invoice_item.additional_properties = d
        return subscription_invoice_item

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
