from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="InvoicePendingLineItem")


@_attrs_define
class InvoicePendingLineItem:
    """A charge added to a pending invoice.

    Attributes:
        code (str | Unset): Code of the addon the charge is for.
        product_id (str | Unset): ID of the product the addon belongs to.
        name (str | Unset): Name of the line.
        description (str | Unset): Description of the line, such as the usage period.
        price (Decimal | Unset): Price of one unit.
        quantity (int | Unset): Number of units. Zoho declares an integer; fractional quantities are not documented.
        tax_id (str | Unset): ID of a tax or tax group (see the Settings taxes of the organization).
        tax_exemption_id (str | Unset): ID of the tax exemption applied instead of a tax.
    """

    code: str | Unset = UNSET
    product_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    quantity: int | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        product_id = self.product_id

        name = self.name

        description = self.description

        price = self.price

        quantity = self.quantity

        tax_id = self.tax_id

        tax_exemption_id = self.tax_exemption_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        product_id = d.pop("product_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        quantity = d.pop("quantity", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        invoice_pending_line_item = cls(
            code=code,
            product_id=product_id,
            name=name,
            description=description,
            price=price,
            quantity=quantity,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
        )

        invoice_pending_line_item.additional_properties = d
        return invoice_pending_line_item

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
