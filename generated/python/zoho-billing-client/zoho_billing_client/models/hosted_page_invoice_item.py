from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageInvoiceItem")


@_attrs_define
class HostedPageInvoiceItem:
    """One line of an invoice raised by a hosted page.

    Attributes:
        item_id (str | Unset): ID of the item billed.
        name (str | Unset): Name of the line.
        description (str | Unset): Description of the line, such as the period it charges. Untyped in Zoho's file
            (errata `untyped-inline-properties`).
        code (str | Unset): Code of the plan or addon billed.
        price (Decimal | Unset): Price of one unit.
        quantity (int | Unset): How many units; Zoho's default is 1.
        discount_amount (Decimal | Unset): Discount on the line.
        item_total (Decimal | Unset): Total of the line, price times quantity. Zoho declares an integer; an exact
            decimal here, as every amount (errata `item-total-as-decimal`).
        tax_id (str | Unset): ID of the tax applied to the line.
        tax_exemption_id (str | Unset): ID of the tax exemption to apply instead of a tax.
        tax_exemption_code (str | Unset): Code of the tax exemption to apply instead of a tax, such as `GST FREE`.
    """

    item_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    code: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    quantity: int | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    item_total: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
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

        discount_amount = d.pop("discount_amount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = as_decimal(discount_amount)

        item_total = d.pop("item_total", UNSET)
        if item_total.__class__ is not Decimal:
            item_total = as_decimal(item_total)

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        hosted_page_invoice_item = cls(
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
        )

        hosted_page_invoice_item.additional_properties = d
        return hosted_page_invoice_item

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
