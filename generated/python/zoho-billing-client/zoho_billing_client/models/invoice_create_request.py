from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_cfdi_usage import InvoiceCfdiUsage
from ..models.invoice_discount_type import InvoiceDiscountType
from ..models.invoice_gst_treatment import InvoiceGstTreatment
from ..models.invoice_tax_treatment import InvoiceTaxTreatment
from ..models.invoice_vat_treatment import InvoiceVatTreatment
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="InvoiceCreateRequest")


@_attrs_define
class InvoiceCreateRequest:
    """Body of "create an invoice". `customer_id`, `date` and at least one line are required.

    Attributes:
        customer_id (str): ID of the customer the invoice is raised to (a Customers `customer_id`).
        date (datetime.date): Date the invoice is raised on.
        invoice_items (list[InvoiceLineItemRequest]): The lines of the invoice.
        invoice_number (str | Unset): The invoice's number as printed on it and shown in the web app (Zoho's examples
            start with `INV-`). Zoho numbers invoices itself unless the create or update sets
            `ignore_auto_number_generation`; at most 100 characters.
        reference_number (str | Unset): Your reference for the invoice, at most 100 characters.
        due_date (datetime.date | Unset): Date by which the invoice is to be paid (else derived from `payment_terms`).
        payment_terms (int | Unset): Days from the invoice date until it is due (such as 15, 30 or 60); Zoho derives the
            due date from it.
        payment_terms_label (str | Unset): Text shown for the payment terms instead of Zoho's default (`Net 15` for 15
            days), at most 100 characters.
        contact_persons (list[InvoiceContactPerson] | Unset): IDs of the customer's contact persons to address the
            invoice to.
        discount (Decimal | Unset): Discount on the whole invoice. Zoho describes it as an amount (`190`) or a
            percentage (`12.5%`) but declares a number; this spec takes the number, the amount (errata `invoice-discount-
            percent`). At most 100 characters as text, per Zoho.
        is_discount_before_tax (bool | Unset): True to apply the discount before tax.
        discount_type (InvoiceDiscountType | Unset): Whether the discount is given on the whole invoice or per line.
        is_inclusive_tax (bool | Unset): True when the line prices include tax.
        exchange_rate (Decimal | Unset): Rate from the invoice's currency to the organization's base currency.
        shipping_charge (Decimal | Unset): Shipping charge to add.
        adjustment (Decimal | Unset): Amount to add to (or, negative, take off) the total.
        adjustment_description (str | Unset): Text to show for the adjustment.
        allow_partial_payments (bool | Unset): True to let the customer pay in parts.
        payment_options (InvoicePaymentOptions | Unset): The online payment gateways the customer may pay the invoice
            through.
        custom_fields (list[InvoiceCustomFieldValue] | Unset): Values of invoice custom fields, by label.
        notes (str | Unset): Text printed below the line items, such as a thank-you note.
        terms (str | Unset): Terms and conditions printed on the invoice.
        template_id (str | Unset): ID of the PDF template to print the invoice with.
        salesperson_name (str | Unset): Name of the salesperson.
        project_id (str | Unset): ID of the project the invoice bills.
        invoiced_estimate_id (str | Unset): ID of the quote (estimate) the invoice is made from.
        custom_subject (str | Unset): Subject of the email sent with the invoice (with `send=true`).
        custom_body (str | Unset): Body of the email sent with the invoice (with `send=true`).
        reason (str | Unset): Reason for the change, kept in the invoice's history.
        place_of_supply (str | Unset): Indian state code of the place of supply (such as `TN`); when not sent, the
            customer's place of contact is used.
        gst_no (str | Unset): The customer's 15-character GST identification number (GSTIN).
        gst_treatment (InvoiceGstTreatment | Unset): The customer's GST registration kind.
        tax_treatment (InvoiceTaxTreatment | Unset): The Mexican VAT treatment of the customer.
        cfdi_usage (InvoiceCfdiUsage | Unset): The Mexican CFDI use code of the invoice (SAT catalogue c_UsoCFDI, by
            Zoho's names).
        vat_treatment (InvoiceVatTreatment | Unset): Where a UK organization's customer is for VAT.
            `eu_vat_not_registered` and `non_eu` are the pre-Brexit split that older invoices may carry.
        tax_authority_id (str | Unset): ID of the tax authority (it depends on where the customer is).
        tax_exemption_id (str | Unset): ID of the tax exemption applied instead of a tax.
        avatax_use_code (str | Unset): Avalara use code of the customer, at most 25 characters.
        avatax_tax_code (str | Unset): Avalara tax code, at most 25 characters.
        avatax_exempt_no (str | Unset): Avalara exemption certificate number, at most 25 characters.
    """

    customer_id: str
    date: datetime.date
    invoice_items: list[InvoiceLineItemRequest]
    invoice_number: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    contact_persons: list[InvoiceContactPerson] | Unset = UNSET
    discount: Decimal | Unset = UNSET
    is_discount_before_tax: bool | Unset = UNSET
    discount_type: InvoiceDiscountType | Unset = UNSET
    is_inclusive_tax: bool | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    shipping_charge: Decimal | Unset = UNSET
    adjustment: Decimal | Unset = UNSET
    adjustment_description: str | Unset = UNSET
    allow_partial_payments: bool | Unset = UNSET
    payment_options: InvoicePaymentOptions | Unset = UNSET
    custom_fields: list[InvoiceCustomFieldValue] | Unset = UNSET
    notes: str | Unset = UNSET
    terms: str | Unset = UNSET
    template_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    invoiced_estimate_id: str | Unset = UNSET
    custom_subject: str | Unset = UNSET
    custom_body: str | Unset = UNSET
    reason: str | Unset = UNSET
    place_of_supply: str | Unset = UNSET
    gst_no: str | Unset = UNSET
    gst_treatment: InvoiceGstTreatment | Unset = UNSET
    tax_treatment: InvoiceTaxTreatment | Unset = UNSET
    cfdi_usage: InvoiceCfdiUsage | Unset = UNSET
    vat_treatment: InvoiceVatTreatment | Unset = UNSET
    tax_authority_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    avatax_use_code: str | Unset = UNSET
    avatax_tax_code: str | Unset = UNSET
    avatax_exempt_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        if isinstance(self.invoice_items, list):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = (
                    invoice_items_item_data.to_dict()
                    if isinstance(invoice_items_item_data, InvoiceLineItemRequest)
                    else invoice_items_item_data
                )
                invoice_items.append(invoice_items_item)
        else:
            invoice_items = self.invoice_items

        invoice_number = self.invoice_number

        reference_number = self.reference_number

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat() if isinstance(self.due_date, datetime.date) else self.due_date

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        contact_persons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_persons, Unset):
            if isinstance(self.contact_persons, list):
                contact_persons = []
                for contact_persons_item_data in self.contact_persons:
                    contact_persons_item = (
                        contact_persons_item_data.to_dict()
                        if isinstance(contact_persons_item_data, InvoiceContactPerson)
                        else contact_persons_item_data
                    )
                    contact_persons.append(contact_persons_item)
            else:
                contact_persons = self.contact_persons

        discount = self.discount

        is_discount_before_tax = self.is_discount_before_tax

        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = (
                self.discount_type.value if isinstance(self.discount_type, InvoiceDiscountType) else self.discount_type
            )

        is_inclusive_tax = self.is_inclusive_tax

        exchange_rate = self.exchange_rate

        shipping_charge = self.shipping_charge

        adjustment = self.adjustment

        adjustment_description = self.adjustment_description

        allow_partial_payments = self.allow_partial_payments

        payment_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_options, Unset):
            payment_options = (
                self.payment_options.to_dict()
                if isinstance(self.payment_options, InvoicePaymentOptions)
                else self.payment_options
            )

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, InvoiceCustomFieldValue)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        notes = self.notes

        terms = self.terms

        template_id = self.template_id

        salesperson_name = self.salesperson_name

        project_id = self.project_id

        invoiced_estimate_id = self.invoiced_estimate_id

        custom_subject = self.custom_subject

        custom_body = self.custom_body

        reason = self.reason

        place_of_supply = self.place_of_supply

        gst_no = self.gst_no

        gst_treatment: str | Unset = UNSET
        if not isinstance(self.gst_treatment, Unset):
            gst_treatment = (
                self.gst_treatment.value if isinstance(self.gst_treatment, InvoiceGstTreatment) else self.gst_treatment
            )

        tax_treatment: str | Unset = UNSET
        if not isinstance(self.tax_treatment, Unset):
            tax_treatment = (
                self.tax_treatment.value if isinstance(self.tax_treatment, InvoiceTaxTreatment) else self.tax_treatment
            )

        cfdi_usage: str | Unset = UNSET
        if not isinstance(self.cfdi_usage, Unset):
            cfdi_usage = self.cfdi_usage.value if isinstance(self.cfdi_usage, InvoiceCfdiUsage) else self.cfdi_usage

        vat_treatment: str | Unset = UNSET
        if not isinstance(self.vat_treatment, Unset):
            vat_treatment = (
                self.vat_treatment.value if isinstance(self.vat_treatment, InvoiceVatTreatment) else self.vat_treatment
            )

        tax_authority_id = self.tax_authority_id

        tax_exemption_id = self.tax_exemption_id

        avatax_use_code = self.avatax_use_code

        avatax_tax_code = self.avatax_tax_code

        avatax_exempt_no = self.avatax_exempt_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "date": date,
                "invoice_items": invoice_items,
            }
        )
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if contact_persons is not UNSET:
            field_dict["contact_persons"] = contact_persons
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_discount_before_tax is not UNSET:
            field_dict["is_discount_before_tax"] = is_discount_before_tax
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if is_inclusive_tax is not UNSET:
            field_dict["is_inclusive_tax"] = is_inclusive_tax
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if shipping_charge is not UNSET:
            field_dict["shipping_charge"] = shipping_charge
        if adjustment is not UNSET:
            field_dict["adjustment"] = adjustment
        if adjustment_description is not UNSET:
            field_dict["adjustment_description"] = adjustment_description
        if allow_partial_payments is not UNSET:
            field_dict["allow_partial_payments"] = allow_partial_payments
        if payment_options is not UNSET:
            field_dict["payment_options"] = payment_options
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if notes is not UNSET:
            field_dict["notes"] = notes
        if terms is not UNSET:
            field_dict["terms"] = terms
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if invoiced_estimate_id is not UNSET:
            field_dict["invoiced_estimate_id"] = invoiced_estimate_id
        if custom_subject is not UNSET:
            field_dict["custom_subject"] = custom_subject
        if custom_body is not UNSET:
            field_dict["custom_body"] = custom_body
        if reason is not UNSET:
            field_dict["reason"] = reason
        if place_of_supply is not UNSET:
            field_dict["place_of_supply"] = place_of_supply
        if gst_no is not UNSET:
            field_dict["gst_no"] = gst_no
        if gst_treatment is not UNSET:
            field_dict["gst_treatment"] = gst_treatment
        if tax_treatment is not UNSET:
            field_dict["tax_treatment"] = tax_treatment
        if cfdi_usage is not UNSET:
            field_dict["cfdi_usage"] = cfdi_usage
        if vat_treatment is not UNSET:
            field_dict["vat_treatment"] = vat_treatment
        if tax_authority_id is not UNSET:
            field_dict["tax_authority_id"] = tax_authority_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if avatax_use_code is not UNSET:
            field_dict["avatax_use_code"] = avatax_use_code
        if avatax_tax_code is not UNSET:
            field_dict["avatax_tax_code"] = avatax_tax_code
        if avatax_exempt_no is not UNSET:
            field_dict["avatax_exempt_no"] = avatax_exempt_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        date = as_date(d.pop("date"))

        _invoice_items = d.pop("invoice_items")
        invoice_items: list[InvoiceLineItemRequest]
        if isinstance(_invoice_items, list):
            invoice_items = []
            for invoice_items_item_data in _invoice_items:
                _invoice_items_item_raw = invoice_items_item_data
                invoice_items_item: InvoiceLineItemRequest
                if isinstance(_invoice_items_item_raw, dict):
                    invoice_items_item = InvoiceLineItemRequest.from_dict(_invoice_items_item_raw)
                else:
                    invoice_items_item = _invoice_items_item_raw

                invoice_items.append(invoice_items_item)
        else:
            invoice_items = _invoice_items

        invoice_number = d.pop("invoice_number", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        due_date = as_date(d.pop("due_date", UNSET))

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        _contact_persons = d.pop("contact_persons", UNSET)
        contact_persons: list[InvoiceContactPerson] | Unset
        if isinstance(_contact_persons, list):
            contact_persons = []
            for contact_persons_item_data in _contact_persons:
                _contact_persons_item_raw = contact_persons_item_data
                contact_persons_item: InvoiceContactPerson
                if isinstance(_contact_persons_item_raw, dict):
                    contact_persons_item = InvoiceContactPerson.from_dict(_contact_persons_item_raw)
                else:
                    contact_persons_item = _contact_persons_item_raw

                contact_persons.append(contact_persons_item)
        else:
            contact_persons = _contact_persons

        discount = d.pop("discount", UNSET)
        if discount.__class__ is not Decimal:
            discount = as_decimal(discount)

        is_discount_before_tax = d.pop("is_discount_before_tax", UNSET)

        _discount_type_raw = d.pop("discount_type", UNSET)
        discount_type: InvoiceDiscountType | Unset
        if isinstance(_discount_type_raw, str):
            discount_type = InvoiceDiscountType(_discount_type_raw)
        else:
            discount_type = _discount_type_raw

        is_inclusive_tax = d.pop("is_inclusive_tax", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        shipping_charge = d.pop("shipping_charge", UNSET)
        if shipping_charge.__class__ is not Decimal:
            shipping_charge = as_decimal(shipping_charge)

        adjustment = d.pop("adjustment", UNSET)
        if adjustment.__class__ is not Decimal:
            adjustment = as_decimal(adjustment)

        adjustment_description = d.pop("adjustment_description", UNSET)

        allow_partial_payments = d.pop("allow_partial_payments", UNSET)

        _payment_options_raw = d.pop("payment_options", UNSET)
        payment_options: InvoicePaymentOptions | Unset
        if isinstance(_payment_options_raw, dict):
            payment_options = InvoicePaymentOptions.from_dict(_payment_options_raw)
        else:
            payment_options = _payment_options_raw

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[InvoiceCustomFieldValue] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: InvoiceCustomFieldValue
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = InvoiceCustomFieldValue.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        notes = d.pop("notes", UNSET)

        terms = d.pop("terms", UNSET)

        template_id = d.pop("template_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        project_id = d.pop("project_id", UNSET)

        invoiced_estimate_id = d.pop("invoiced_estimate_id", UNSET)

        custom_subject = d.pop("custom_subject", UNSET)

        custom_body = d.pop("custom_body", UNSET)

        reason = d.pop("reason", UNSET)

        place_of_supply = d.pop("place_of_supply", UNSET)

        gst_no = d.pop("gst_no", UNSET)

        _gst_treatment_raw = d.pop("gst_treatment", UNSET)
        gst_treatment: InvoiceGstTreatment | Unset
        if isinstance(_gst_treatment_raw, str):
            gst_treatment = InvoiceGstTreatment(_gst_treatment_raw)
        else:
            gst_treatment = _gst_treatment_raw

        _tax_treatment_raw = d.pop("tax_treatment", UNSET)
        tax_treatment: InvoiceTaxTreatment | Unset
        if isinstance(_tax_treatment_raw, str):
            tax_treatment = InvoiceTaxTreatment(_tax_treatment_raw)
        else:
            tax_treatment = _tax_treatment_raw

        _cfdi_usage_raw = d.pop("cfdi_usage", UNSET)
        cfdi_usage: InvoiceCfdiUsage | Unset
        if isinstance(_cfdi_usage_raw, str):
            cfdi_usage = InvoiceCfdiUsage(_cfdi_usage_raw)
        else:
            cfdi_usage = _cfdi_usage_raw

        _vat_treatment_raw = d.pop("vat_treatment", UNSET)
        vat_treatment: InvoiceVatTreatment | Unset
        if isinstance(_vat_treatment_raw, str):
            vat_treatment = InvoiceVatTreatment(_vat_treatment_raw)
        else:
            vat_treatment = _vat_treatment_raw

        tax_authority_id = d.pop("tax_authority_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        avatax_use_code = d.pop("avatax_use_code", UNSET)

        avatax_tax_code = d.pop("avatax_tax_code", UNSET)

        avatax_exempt_no = d.pop("avatax_exempt_no", UNSET)

        invoice_create_request = cls(
            customer_id=customer_id,
            date=date,
            invoice_items=invoice_items,
            invoice_number=invoice_number,
            reference_number=reference_number,
            due_date=due_date,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            contact_persons=contact_persons,
            discount=discount,
            is_discount_before_tax=is_discount_before_tax,
            discount_type=discount_type,
            is_inclusive_tax=is_inclusive_tax,
            exchange_rate=exchange_rate,
            shipping_charge=shipping_charge,
            adjustment=adjustment,
            adjustment_description=adjustment_description,
            allow_partial_payments=allow_partial_payments,
            payment_options=payment_options,
            custom_fields=custom_fields,
            notes=notes,
            terms=terms,
            template_id=template_id,
            salesperson_name=salesperson_name,
            project_id=project_id,
            invoiced_estimate_id=invoiced_estimate_id,
            custom_subject=custom_subject,
            custom_body=custom_body,
            reason=reason,
            place_of_supply=place_of_supply,
            gst_no=gst_no,
            gst_treatment=gst_treatment,
            tax_treatment=tax_treatment,
            cfdi_usage=cfdi_usage,
            vat_treatment=vat_treatment,
            tax_authority_id=tax_authority_id,
            tax_exemption_id=tax_exemption_id,
            avatax_use_code=avatax_use_code,
            avatax_tax_code=avatax_tax_code,
            avatax_exempt_no=avatax_exempt_no,
        )

        invoice_create_request.additional_properties = d
        return invoice_create_request

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


from ..models.invoice_contact_person import InvoiceContactPerson  # noqa: E402
from ..models.invoice_custom_field_value import InvoiceCustomFieldValue  # noqa: E402
from ..models.invoice_line_item_request import InvoiceLineItemRequest  # noqa: E402
from ..models.invoice_payment_options import InvoicePaymentOptions  # noqa: E402
