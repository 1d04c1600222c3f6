from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_product_type import InvoiceProductType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="InvoiceLineItemRequest")


@_attrs_define
class InvoiceLineItemRequest:
    """One line sent with a create or update. Zoho's file requires `product_id`, `rate` and `quantity`, but declares no
    `rate`: the documented unit price is `price` (errata `invoice-line-rate-not-declared`), so `product_id` and
    `quantity` are required here and `price` is optional (Zoho then takes the product's price; inferred).

        Attributes:
            product_id (str): ID of the product (or item) billed on the line.
            quantity (int): Number of units. Zoho declares an integer; fractional quantities are not documented.
            name (str | Unset): Name of the line.
            description (str | Unset): Description of the line.
            item_order (int | Unset): Position of the line on the invoice.
            price (Decimal | Unset): Price of one unit.
            unit (str | Unset): Unit the quantity counts, at most 100 characters.
            discount (Decimal | Unset): Discount of the line, as an amount.
            tax_id (str | Unset): ID of a tax or tax group (see the Settings taxes of the organization).
            tax_exemption_id (str | Unset): ID of the tax exemption applied instead of a tax.
            tds_tax_id (str | Unset): ID of the TDS tax.
            avatax_use_code (str | Unset): Avalara use code of the line, at most 25 characters.
            avatax_exempt_no (str | Unset): Avalara exemption certificate number, at most 25 characters.
            product_type (InvoiceProductType | Unset): Whether a line is for goods or a service (VAT and GST editions).
            hsn_or_sac (str | Unset): Indian HSN or SAC code of the line.
            sat_item_key_code (str | Unset): Mexican SAT product or service key of the line.
            unitkey_code (str | Unset): Mexican SAT unit key of the line.
            project_id (str | Unset): ID of the project the line bills.
            time_entry_ids (list[str] | Unset): IDs of the project's time entries the line bills.
            expense_id (str | Unset): ID of the expense the line bills.
            tax_name (str | Unset): Name of the applied tax (computed by Zoho).
            tax_type (str | Unset): Type of the applied tax (computed by Zoho).
            tax_percentage (Decimal | Unset): Rate of the applied tax in percent (computed by Zoho).
            item_total (Decimal | Unset): Total of the line (computed by Zoho).
    """

    product_id: str
    quantity: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    item_order: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    unit: str | Unset = UNSET
    discount: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tds_tax_id: str | Unset = UNSET
    avatax_use_code: str | Unset = UNSET
    avatax_exempt_no: str | Unset = UNSET
    product_type: InvoiceProductType | Unset = UNSET
    hsn_or_sac: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    project_id: str | Unset = UNSET
    time_entry_ids: list[str] | Unset = UNSET
    expense_id: str | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_type: str | Unset = UNSET
    tax_percentage: Decimal | Unset = UNSET
    item_total: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        quantity = self.quantity

        name = self.name

        description = self.description

        item_order = self.item_order

        price = self.price

        unit = self.unit

        discount = self.discount

        tax_id = self.tax_id

        tax_exemption_id = self.tax_exemption_id

        tds_tax_id = self.tds_tax_id

        avatax_use_code = self.avatax_use_code

        avatax_exempt_no = self.avatax_exempt_no

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = (
                self.product_type.value if isinstance(self.product_type, InvoiceProductType) else self.product_type
            )

        hsn_or_sac = self.hsn_or_sac

        sat_item_key_code = self.sat_item_key_code

        unitkey_code = self.unitkey_code

        project_id = self.project_id

        time_entry_ids: list[str] | Unset = UNSET
        if not isinstance(self.time_entry_ids, Unset):
            time_entry_ids = self.time_entry_ids

        expense_id = self.expense_id

        tax_name = self.tax_name

        tax_type = self.tax_type

        tax_percentage = self.tax_percentage

        item_total = self.item_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "quantity": quantity,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if item_order is not UNSET:
            field_dict["item_order"] = item_order
        if price is not UNSET:
            field_dict["price"] = price
        if unit is not UNSET:
            field_dict["unit"] = unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tds_tax_id is not UNSET:
            field_dict["tds_tax_id"] = tds_tax_id
        if avatax_use_code is not UNSET:
            field_dict["avatax_use_code"] = avatax_use_code
        if avatax_exempt_no is not UNSET:
            field_dict["avatax_exempt_no"] = avatax_exempt_no
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if hsn_or_sac is not UNSET:
            field_dict["hsn_or_sac"] = hsn_or_sac
        if sat_item_key_code is not UNSET:
            field_dict["sat_item_key_code"] = sat_item_key_code
        if unitkey_code is not UNSET:
            field_dict["unitkey_code"] = unitkey_code
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if time_entry_ids is not UNSET:
            field_dict["time_entry_ids"] = time_entry_ids
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_type is not UNSET:
            field_dict["tax_type"] = tax_type
        if tax_percentage is not UNSET:
            field_dict["tax_percentage"] = tax_percentage
        if item_total is not UNSET:
            field_dict["item_total"] = item_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        quantity = d.pop("quantity")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        item_order = d.pop("item_order", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        unit = d.pop("unit", UNSET)

        discount = d.pop("discount", UNSET)
        if discount.__class__ is not Decimal:
            discount = as_decimal(discount)

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tds_tax_id = d.pop("tds_tax_id", UNSET)

        avatax_use_code = d.pop("avatax_use_code", UNSET)

        avatax_exempt_no = d.pop("avatax_exempt_no", UNSET)

        _product_type_raw = d.pop("product_type", UNSET)
        product_type: InvoiceProductType | Unset
        if isinstance(_product_type_raw, str):
            product_type = InvoiceProductType(_product_type_raw)
        else:
            product_type = _product_type_raw

        hsn_or_sac = d.pop("hsn_or_sac", UNSET)

        sat_item_key_code = d.pop("sat_item_key_code", UNSET)

        unitkey_code = d.pop("unitkey_code", UNSET)

        project_id = d.pop("project_id", UNSET)

        time_entry_ids = cast(list[str], d.pop("time_entry_ids", UNSET))

        expense_id = d.pop("expense_id", UNSET)

        tax_name = d.pop("tax_name", UNSET)

        tax_type = d.pop("tax_type", UNSET)

        tax_percentage = d.pop("tax_percentage", UNSET)
        if tax_percentage.__class__ is not Decimal:
            tax_percentage = as_decimal(tax_percentage)

        item_total = d.pop("item_total", UNSET)
        if item_total.__class__ is not Decimal:
            item_total = as_decimal(item_total)

        invoice_line_item_request = cls(
            product_id=product_id,
            quantity=quantity,
            name=name,
            description=description,
            item_order=item_order,
            price=price,
            unit=unit,
            discount=discount,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
            tds_tax_id=tds_tax_id,
            avatax_use_code=avatax_use_code,
            avatax_exempt_no=avatax_exempt_no,
            product_type=product_type,
            hsn_or_sac=hsn_or_sac,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            project_id=project_id,
            time_entry_ids=time_entry_ids,
            expense_id=expense_id,
            tax_name=tax_name,
            tax_type=tax_type,
            tax_percentage=tax_percentage,
            item_total=item_total,
        )

        invoice_line_item_request.additional_properties = d
        return invoice_line_item_request

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
