from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_product_type import InvoiceProductType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """One line of an invoice: a plan, addon, product or one-time charge, its price, quantity, discount and tax.
    `item_total` is the price times the quantity.

        Attributes:
            item_id (str | Unset): ID of the line. Zoho's file describes it both as the line's ID and as the ID of the item
                billed; this is the value the delete-a-line-item path takes.
            product_id (str | Unset): ID of the product the line belongs to.
            code (str | Unset): Code of the plan or addon billed (such as `basic-monthly`).
            name (str | Unset): Name of the line.
            description (str | Unset): Description of the line, such as the period it charges for.
            item_order (int | Unset): Position of the line on the invoice.
            price (Decimal | Unset): Price of one unit.
            bcy_rate (Decimal | Unset): Price of one unit in the organization's base currency.
            quantity (int | Unset): Number of units. Zoho declares an integer; fractional quantities are not documented.
            unit (str | Unset): Unit the quantity counts, at most 100 characters.
            discount_amount (Decimal | Unset): Discount the line received (from a coupon or a line discount).
            discount (Decimal | Unset): Discount of the line, as an amount.
            item_total (Decimal | Unset): Total of the line, price times quantity.
            tax_id (str | Unset): ID of a tax or tax group (see the Settings taxes of the organization).
            tax_name (str | Unset): Name of the applied tax.
            tax_type (str | Unset): Type of the applied tax, such as `tax` or `tax_group`.
            tax_percentage (Decimal | Unset): Rate of the applied tax, in percent.
            tax_exemption_id (str | Unset): ID of the tax exemption applied instead of a tax.
            tax_exemption_code (str | Unset): Code of the tax exemption, such as `NGO`.
            tds_tax_id (str | Unset): ID of the TDS (tax deducted at source) tax.
            product_type (InvoiceProductType | Unset): Whether a line is for goods or a service (VAT and GST editions).
            hsn_or_sac (str | Unset): Indian HSN (goods) or SAC (services) code of the line.
            sat_item_key_code (str | Unset): Mexican SAT product or service key of the line.
            unitkey_code (str | Unset): Mexican SAT unit key of the line.
            project_id (str | Unset): ID of the project the line bills.
            project_name (str | Unset): Name of that project.
            time_entry_ids (list[str] | Unset): IDs of the project's time entries the line bills.
            expense_id (str | Unset): ID of the expense the line bills.
            item_type (str | Unset): Whether the line is for goods or services.
            tags (list[InvoiceItemTag] | Unset): Reporting tags of the line.
            item_custom_fields (list[InvoiceItemCustomField] | Unset): Custom field values of the line.
    """

    item_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    item_order: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    bcy_rate: Decimal | Unset = UNSET
    quantity: int | Unset = UNSET
    unit: str | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    discount: Decimal | Unset = UNSET
    item_total: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_type: str | Unset = UNSET
    tax_percentage: Decimal | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    tds_tax_id: str | Unset = UNSET
    product_type: InvoiceProductType | Unset = UNSET
    hsn_or_sac: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    project_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    time_entry_ids: list[str] | Unset = UNSET
    expense_id: str | Unset = UNSET
    item_type: str | Unset = UNSET
    tags: list[InvoiceItemTag] | Unset = UNSET
    item_custom_fields: list[InvoiceItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        product_id = self.product_id

        code = self.code

        name = self.name

        description = self.description

        item_order = self.item_order

        price = self.price

        bcy_rate = self.bcy_rate

        quantity = self.quantity

        unit = self.unit

        discount_amount = self.discount_amount

        discount = self.discount

        item_total = self.item_total

        tax_id = self.tax_id

        tax_name = self.tax_name

        tax_type = self.tax_type

        tax_percentage = self.tax_percentage

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        tds_tax_id = self.tds_tax_id

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = (
                self.product_type.value if isinstance(self.product_type, InvoiceProductType) else self.product_type
            )

        hsn_or_sac = self.hsn_or_sac

        sat_item_key_code = self.sat_item_key_code

        unitkey_code = self.unitkey_code

        project_id = self.project_id

        project_name = self.project_name

        time_entry_ids: list[str] | Unset = UNSET
        if not isinstance(self.time_entry_ids, Unset):
            time_entry_ids = self.time_entry_ids

        expense_id = self.expense_id

        item_type = self.item_type

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = (
                        tags_item_data.to_dict() if isinstance(tags_item_data, InvoiceItemTag) else tags_item_data
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
                        if isinstance(item_custom_fields_item_data, InvoiceItemCustomField)
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
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if item_order is not UNSET:
            field_dict["item_order"] = item_order
        if price is not UNSET:
            field_dict["price"] = price
        if bcy_rate is not UNSET:
            field_dict["bcy_rate"] = bcy_rate
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit is not UNSET:
            field_dict["unit"] = unit
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if discount is not UNSET:
            field_dict["discount"] = discount
        if item_total is not UNSET:
            field_dict["item_total"] = item_total
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_type is not UNSET:
            field_dict["tax_type"] = tax_type
        if tax_percentage is not UNSET:
            field_dict["tax_percentage"] = tax_percentage
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code
        if tds_tax_id is not UNSET:
            field_dict["tds_tax_id"] = tds_tax_id
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
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if time_entry_ids is not UNSET:
            field_dict["time_entry_ids"] = time_entry_ids
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id", UNSET)

        product_id = d.pop("product_id", UNSET)

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        item_order = d.pop("item_order", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        bcy_rate = d.pop("bcy_rate", UNSET)
        if bcy_rate.__class__ is not Decimal:
            bcy_rate = as_decimal(bcy_rate)

        quantity = d.pop("quantity", UNSET)

        unit = d.pop("unit", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = as_decimal(discount_amount)

        discount = d.pop("discount", UNSET)
        if discount.__class__ is not Decimal:
            discount = as_decimal(discount)

        item_total = d.pop("item_total", UNSET)
        if item_total.__class__ is not Decimal:
            item_total = as_decimal(item_total)

        tax_id = d.pop("tax_id", UNSET)

        tax_name = d.pop("tax_name", UNSET)

        tax_type = d.pop("tax_type", UNSET)

        tax_percentage = d.pop("tax_percentage", UNSET)
        if tax_percentage.__class__ is not Decimal:
            tax_percentage = as_decimal(tax_percentage)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        tds_tax_id = d.pop("tds_tax_id", UNSET)

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

        project_name = d.pop("project_name", UNSET)

        time_entry_ids = cast(list[str], d.pop("time_entry_ids", UNSET))

        expense_id = d.pop("expense_id", UNSET)

        item_type = d.pop("item_type", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[InvoiceItemTag] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: InvoiceItemTag
                if isinstance(_tags_item_raw, dict):
                    tags_item = InvoiceItemTag.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        _item_custom_fields = d.pop("item_custom_fields", UNSET)
        item_custom_fields: list[InvoiceItemCustomField] | Unset
        if isinstance(_item_custom_fields, list):
            item_custom_fields = []
            for item_custom_fields_item_data in _item_custom_fields:
                _item_custom_fields_item_raw = item_custom_fields_item_data
                item_custom_fields_item: InvoiceItemCustomField
                if isinstance(_item_custom_fields_item_raw, dict):
                    item_custom_fields_item = InvoiceItemCustomField.from_dict(_item_custom_fields_item_raw)
                else:
                    item_custom_fields_item = _item_custom_fields_item_raw

                item_custom_fields.append(item_custom_fields_item)
        else:
            item_custom_fields = _item_custom_fields

        invoice_line_item = cls(
            item_id=item_id,
            product_id=product_id,
            code=code,
            name=name,
            description=description,
            item_order=item_order,
            price=price,
            bcy_rate=bcy_rate,
            quantity=quantity,
            unit=unit,
            discount_amount=discount_amount,
            discount=discount,
            item_total=item_total,
            tax_id=tax_id,
            tax_name=tax_name,
            tax_type=tax_type,
            tax_percentage=tax_percentage,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            tds_tax_id=tds_tax_id,
            product_type=product_type,
            hsn_or_sac=hsn_or_sac,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            project_id=project_id,
            project_name=project_name,
            time_entry_ids=time_entry_ids,
            expense_id=expense_id,
            item_type=item_type,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        invoice_line_item.additional_properties = d
        return invoice_line_item

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


from ..models.invoice_item_custom_field import InvoiceItemCustomField  # noqa: E402
from ..models.invoice_item_tag import InvoiceItemTag  # noqa: E402
