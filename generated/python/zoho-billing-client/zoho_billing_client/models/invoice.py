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
from ..models.invoice_status import InvoiceStatus
from ..models.invoice_tax_treatment import InvoiceTaxTreatment
from ..models.invoice_transaction_type import InvoiceTransactionType
from ..models.invoice_vat_treatment import InvoiceVatTreatment
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice as Zoho returns it from create, retrieve and update: what a customer owes, line by line, and what has
    been paid, credited or written off against it. `invoice_id`, `customer_id` and `status` are always present (Zoho
    sets the ID and the status, and requires the customer on create; errata `required-response-fields`). Zoho's retrieve
    documents the number as `number` and the date as `invoice_date`; its create and update document `invoice_number` and
    `date`: both pairs are listed, and a response may carry either.

        Attributes:
            invoice_id (str): Unique ID Zoho assigns to the invoice: a string of digits, with the pattern of the
                `invoice_id` path parameter, so a value read here can be sent back there.
            status (InvoiceStatus): Where the invoice stands. Zoho's reference names `paid`, `sent`, `overdue`,
                `partially_paid` and `void`; `draft` and `unpaid` are the states its list filter selects, and `pending` the
                state of a metered subscription's renewal invoice before its usage is added (Zoho's metered-billing help); Zoho
                may return others.
            customer_id (str): ID of the customer the invoice is raised to (a Customers `customer_id`).
            number (str | Unset): The invoice's number as printed on it and shown in the web app (Zoho's examples start with
                `INV-`). Zoho numbers invoices itself unless the create or update sets `ignore_auto_number_generation`; at most
                100 characters.
            invoice_number (str | Unset): The invoice's number as printed on it and shown in the web app (Zoho's examples
                start with `INV-`). Zoho numbers invoices itself unless the create or update sets
                `ignore_auto_number_generation`; at most 100 characters.
            invoice_date (datetime.date | Unset): Date the invoice was raised (the retrieve rendering of `date`).
            date (datetime.date | Unset): Date the invoice was raised.
            due_date (datetime.date | Unset): Date by which the invoice is to be paid. An invoice not fully paid by then
                becomes `overdue`.
            payment_expected_date (datetime.date | Unset): Date the payment is expected on, when one was set.
            last_payment_date (datetime.date | Unset): Date of the last payment recorded against the invoice.
            payment_terms (int | Unset): Days from the invoice date until it is due (such as 15, 30 or 60); Zoho derives the
                due date from it.
            payment_terms_label (str | Unset): Text shown for the payment terms instead of Zoho's default (`Net 15` for 15
                days), at most 100 characters.
            reference_number (str | Unset): Your reference for the invoice, such as a purchase order number.
            ach_payment_initiated (bool | Unset): True while an ACH bank payment for the invoice has been started and not
                yet settled.
            transaction_type (InvoiceTransactionType | Unset): What raised the invoice. Zoho documents only the example
                `renewal`; the other values are not listed, so this enum is open.
            customer_name (str | Unset): Display name of the customer.
            email (str | Unset): Email address of the customer.
            contact_persons (list[InvoiceContactPerson] | Unset): Contact persons of the customer the invoice is addressed
                to.
            subscriptions (list[InvoiceSubscriptionLink] | Unset): The subscriptions the invoice bills. Not in Zoho's
                Billing invoice reference (inferred: subscription invoices name their subscription, and the list operation
                filters by `subscription_id`); absent on one-time invoices.
            currency_id (str | Unset): ID of the invoice's currency.
            currency_code (str | Unset): ISO 4217 code of the invoice's currency (the customer's currency).
            currency_symbol (str | Unset): Symbol of the invoice's currency.
            exchange_rate (Decimal | Unset): Rate from the invoice's currency to the organization's base currency.
            invoice_items (list[InvoiceLineItem] | Unset): The lines of the invoice.
            coupons (list[InvoiceCoupon] | Unset): Coupons applied to the invoice, each with the discount it gave.
            credits_ (list[InvoiceCredit] | Unset): Credit notes applied to the invoice.
            discount (Decimal | Unset): Discount on the whole invoice. Zoho describes it as an amount (`190`) or a
                percentage (`12.5%`) but declares a number; this spec takes the number, the amount (errata `invoice-discount-
                percent`). At most 100 characters as text, per Zoho.
            is_discount_before_tax (bool | Unset): True when the discount is applied before tax.
            discount_type (InvoiceDiscountType | Unset): Whether the discount is given on the whole invoice or per line.
            is_inclusive_tax (bool | Unset): True when the line prices include tax.
            shipping_charge (Decimal | Unset): Shipping charge added to the invoice.
            adjustment (Decimal | Unset): Amount added to (or, negative, taken off) the total, such as a rounding.
            adjustment_description (str | Unset): Text shown for the adjustment, such as "Rounding off".
            sub_total (Decimal | Unset): Sum of the line totals, before tax, shipping and adjustment.
            tax_total (Decimal | Unset): Total tax of the invoice.
            total (Decimal | Unset): Amount the invoice is for, after discounts, coupons, tax, shipping and adjustment.
            taxes (list[InvoiceTax] | Unset): The taxes levied, one entry per tax.
            payment_made (Decimal | Unset): Amount paid against the invoice so far.
            credits_applied (Decimal | Unset): Amount of credit notes applied to the invoice.
            tax_amount_withheld (Decimal | Unset): Tax withheld by the customer from its payments.
            balance (Decimal | Unset): Amount still unpaid (total less payments, credits and write-off).
            write_off_amount (Decimal | Unset): Unpaid amount that has been written off.
            payments (list[InvoicePaymentApplied] | Unset): Payments applied to the invoice.
            allow_partial_payments (bool | Unset): True when the customer may pay the invoice in parts.
            price_precision (int | Unset): Number of decimal places prices are shown with.
            payment_options (InvoicePaymentOptions | Unset): The online payment gateways the customer may pay the invoice
                through.
            payment_reminder_enabled (bool | Unset): True when payment reminders are sent for the invoice.
            is_emailed (bool | Unset): True once the invoice has been emailed.
            reminders_sent (int | Unset): Number of payment reminders sent.
            last_reminder_sent_date (str | Unset): Date the last reminder was sent (Zoho's example is blank when none was).
            is_viewed_by_client (bool | Unset): True once the customer has viewed the invoice.
            client_viewed_time (str | Unset): When the customer viewed the invoice (blank when not yet).
            has_attachment (bool | Unset): True when files are attached to the invoice.
            attachment_name (str | Unset): Name of the attached file.
            can_send_in_mail (bool | Unset): True when every attachment may be sent with the invoice's email.
            documents (list[InvoiceDocument] | Unset): Files attached to the invoice.
            billing_address (InvoiceAddress | Unset): A billing or shipping address printed on the invoice.
            shipping_address (InvoiceAddress | Unset): A billing or shipping address printed on the invoice.
            notes (str | Unset): Text printed below the line items, such as a thank-you note.
            terms (str | Unset): Terms and conditions printed on the invoice.
            custom_fields (list[InvoiceCustomField] | Unset): Values of the organization's invoice custom fields.
            comments (list[InvoiceComment] | Unset): Comments and history entries, added by users or by the system.
            template_id (str | Unset): ID of the PDF template the invoice is printed with.
            template_name (str | Unset): Name of the PDF template.
            salesperson_id (str | Unset): ID of the salesperson of the invoice.
            salesperson_name (str | Unset): Name of the salesperson.
            invoice_url (str | Unset): Link to the invoice's page for the customer.
            is_pre_gst (bool | Unset): True for a transaction dated before 1 July 2017, before GST.
            place_of_supply (str | Unset): Indian state code of the place of supply (such as `TN`); when not sent, the
                customer's place of contact is used.
            gst_no (str | Unset): The customer's 15-character GST identification number (GSTIN).
            gst_treatment (InvoiceGstTreatment | Unset): The customer's GST registration kind.
            tax_treatment (InvoiceTaxTreatment | Unset): The Mexican VAT treatment of the customer.
            cfdi_usage (InvoiceCfdiUsage | Unset): The Mexican CFDI use code of the invoice (SAT catalogue c_UsoCFDI, by
                Zoho's names).
            vat_treatment (InvoiceVatTreatment | Unset): Where a UK organization's customer is for VAT.
                `eu_vat_not_registered` and `non_eu` are the pre-Brexit split that older invoices may carry.
            vat_reg_no (str | Unset): VAT registration number of the customer.
            created_time (str | Unset): When the invoice was created.
            updated_time (str | Unset): When the invoice was last changed.
            last_modified_time (str | Unset): When the invoice was last changed (the create rendering of `updated_time`).
    """

    invoice_id: str
    status: InvoiceStatus
    customer_id: str
    number: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: datetime.date | Unset = UNSET
    date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    payment_expected_date: datetime.date | Unset = UNSET
    last_payment_date: datetime.date | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    ach_payment_initiated: bool | Unset = UNSET
    transaction_type: InvoiceTransactionType | Unset = UNSET
    customer_name: str | Unset = UNSET
    email: str | Unset = UNSET
    contact_persons: list[InvoiceContactPerson] | Unset = UNSET
    subscriptions: list[InvoiceSubscriptionLink] | Unset = UNSET
    currency_id: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    invoice_items: list[InvoiceLineItem] | Unset = UNSET
    coupons: list[InvoiceCoupon] | Unset = UNSET
    credits_: list[InvoiceCredit] | Unset = UNSET
    discount: Decimal | Unset = UNSET
    is_discount_before_tax: bool | Unset = UNSET
    discount_type: InvoiceDiscountType | Unset = UNSET
    is_inclusive_tax: bool | Unset = UNSET
    shipping_charge: Decimal | Unset = UNSET
    adjustment: Decimal | Unset = UNSET
    adjustment_description: str | Unset = UNSET
    sub_total: Decimal | Unset = UNSET
    tax_total: Decimal | Unset = UNSET
    total: Decimal | Unset = UNSET
    taxes: list[InvoiceTax] | Unset = UNSET
    payment_made: Decimal | Unset = UNSET
    credits_applied: Decimal | Unset = UNSET
    tax_amount_withheld: Decimal | Unset = UNSET
    balance: Decimal | Unset = UNSET
    write_off_amount: Decimal | Unset = UNSET
    payments: list[InvoicePaymentApplied] | Unset = UNSET
    allow_partial_payments: bool | Unset = UNSET
    price_precision: int | Unset = UNSET
    payment_options: InvoicePaymentOptions | Unset = UNSET
    payment_reminder_enabled: bool | Unset = UNSET
    is_emailed: bool | Unset = UNSET
    reminders_sent: int | Unset = UNSET
    last_reminder_sent_date: str | Unset = UNSET
    is_viewed_by_client: bool | Unset = UNSET
    client_viewed_time: str | Unset = UNSET
    has_attachment: bool | Unset = UNSET
    attachment_name: str | Unset = UNSET
    can_send_in_mail: bool | Unset = UNSET
    documents: list[InvoiceDocument] | Unset = UNSET
    billing_address: InvoiceAddress | Unset = UNSET
    shipping_address: InvoiceAddress | Unset = UNSET
    notes: str | Unset = UNSET
    terms: str | Unset = UNSET
    custom_fields: list[InvoiceCustomField] | Unset = UNSET
    comments: list[InvoiceComment] | Unset = UNSET
    template_id: str | Unset = UNSET
    template_name: str | Unset = UNSET
    salesperson_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    invoice_url: str | Unset = UNSET
    is_pre_gst: bool | Unset = UNSET
    place_of_supply: str | Unset = UNSET
    gst_no: str | Unset = UNSET
    gst_treatment: InvoiceGstTreatment | Unset = UNSET
    tax_treatment: InvoiceTaxTreatment | Unset = UNSET
    cfdi_usage: InvoiceCfdiUsage | Unset = UNSET
    vat_treatment: InvoiceVatTreatment | Unset = UNSET
    vat_reg_no: str | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    last_modified_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        status = self.status.value if isinstance(self.status, InvoiceStatus) else self.status

        customer_id = self.customer_id

        number = self.number

        invoice_number = self.invoice_number

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = (
                self.invoice_date.isoformat() if isinstance(self.invoice_date, datetime.date) else self.invoice_date
            )

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat() if isinstance(self.due_date, datetime.date) else self.due_date

        payment_expected_date: str | Unset = UNSET
        if not isinstance(self.payment_expected_date, Unset):
            payment_expected_date = (
                self.payment_expected_date.isoformat()
                if isinstance(self.payment_expected_date, datetime.date)
                else self.payment_expected_date
            )

        last_payment_date: str | Unset = UNSET
        if not isinstance(self.last_payment_date, Unset):
            last_payment_date = (
                self.last_payment_date.isoformat()
                if isinstance(self.last_payment_date, datetime.date)
                else self.last_payment_date
            )

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        reference_number = self.reference_number

        ach_payment_initiated = self.ach_payment_initiated

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = (
                self.transaction_type.value
                if isinstance(self.transaction_type, InvoiceTransactionType)
                else self.transaction_type
            )

        customer_name = self.customer_name

        email = self.email

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

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            if isinstance(self.subscriptions, list):
                subscriptions = []
                for subscriptions_item_data in self.subscriptions:
                    subscriptions_item = (
                        subscriptions_item_data.to_dict()
                        if isinstance(subscriptions_item_data, InvoiceSubscriptionLink)
                        else subscriptions_item_data
                    )
                    subscriptions.append(subscriptions_item)
            else:
                subscriptions = self.subscriptions

        currency_id = self.currency_id

        currency_code = self.currency_code

        currency_symbol = self.currency_symbol

        exchange_rate = self.exchange_rate

        invoice_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items, Unset):
            if isinstance(self.invoice_items, list):
                invoice_items = []
                for invoice_items_item_data in self.invoice_items:
                    invoice_items_item = (
                        invoice_items_item_data.to_dict()
                        if isinstance(invoice_items_item_data, InvoiceLineItem)
                        else invoice_items_item_data
                    )
                    invoice_items.append(invoice_items_item)
            else:
                invoice_items = self.invoice_items

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            if isinstance(self.coupons, list):
                coupons = []
                for coupons_item_data in self.coupons:
                    coupons_item = (
                        coupons_item_data.to_dict()
                        if isinstance(coupons_item_data, InvoiceCoupon)
                        else coupons_item_data
                    )
                    coupons.append(coupons_item)
            else:
                coupons = self.coupons

        credits_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            if isinstance(self.credits_, list):
                credits_ = []
                for credits_item_data in self.credits_:
                    credits_item = (
                        credits_item_data.to_dict()
                        if isinstance(credits_item_data, InvoiceCredit)
                        else credits_item_data
                    )
                    credits_.append(credits_item)
            else:
                credits_ = self.credits_

        discount = self.discount

        is_discount_before_tax = self.is_discount_before_tax

        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = (
                self.discount_type.value if isinstance(self.discount_type, InvoiceDiscountType) else self.discount_type
            )

        is_inclusive_tax = self.is_inclusive_tax

        shipping_charge = self.shipping_charge

        adjustment = self.adjustment

        adjustment_description = self.adjustment_description

        sub_total = self.sub_total

        tax_total = self.tax_total

        total = self.total

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            if isinstance(self.taxes, list):
                taxes = []
                for taxes_item_data in self.taxes:
                    taxes_item = (
                        taxes_item_data.to_dict() if isinstance(taxes_item_data, InvoiceTax) else taxes_item_data
                    )
                    taxes.append(taxes_item)
            else:
                taxes = self.taxes

        payment_made = self.payment_made

        credits_applied = self.credits_applied

        tax_amount_withheld = self.tax_amount_withheld

        balance = self.balance

        write_off_amount = self.write_off_amount

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            if isinstance(self.payments, list):
                payments = []
                for payments_item_data in self.payments:
                    payments_item = (
                        payments_item_data.to_dict()
                        if isinstance(payments_item_data, InvoicePaymentApplied)
                        else payments_item_data
                    )
                    payments.append(payments_item)
            else:
                payments = self.payments

        allow_partial_payments = self.allow_partial_payments

        price_precision = self.price_precision

        payment_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_options, Unset):
            payment_options = (
                self.payment_options.to_dict()
                if isinstance(self.payment_options, InvoicePaymentOptions)
                else self.payment_options
            )

        payment_reminder_enabled = self.payment_reminder_enabled

        is_emailed = self.is_emailed

        reminders_sent = self.reminders_sent

        last_reminder_sent_date = self.last_reminder_sent_date

        is_viewed_by_client = self.is_viewed_by_client

        client_viewed_time = self.client_viewed_time

        has_attachment = self.has_attachment

        attachment_name = self.attachment_name

        can_send_in_mail = self.can_send_in_mail

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            if isinstance(self.documents, list):
                documents = []
                for documents_item_data in self.documents:
                    documents_item = (
                        documents_item_data.to_dict()
                        if isinstance(documents_item_data, InvoiceDocument)
                        else documents_item_data
                    )
                    documents.append(documents_item)
            else:
                documents = self.documents

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = (
                self.billing_address.to_dict()
                if isinstance(self.billing_address, InvoiceAddress)
                else self.billing_address
            )

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = (
                self.shipping_address.to_dict()
                if isinstance(self.shipping_address, InvoiceAddress)
                else self.shipping_address
            )

        notes = self.notes

        terms = self.terms

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, InvoiceCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            if isinstance(self.comments, list):
                comments = []
                for comments_item_data in self.comments:
                    comments_item = (
                        comments_item_data.to_dict()
                        if isinstance(comments_item_data, InvoiceComment)
                        else comments_item_data
                    )
                    comments.append(comments_item)
            else:
                comments = self.comments

        template_id = self.template_id

        template_name = self.template_name

        salesperson_id = self.salesperson_id

        salesperson_name = self.salesperson_name

        invoice_url = self.invoice_url

        is_pre_gst = self.is_pre_gst

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

        vat_reg_no = self.vat_reg_no

        created_time = self.created_time

        updated_time = self.updated_time

        last_modified_time = self.last_modified_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "status": status,
                "customer_id": customer_id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if payment_expected_date is not UNSET:
            field_dict["payment_expected_date"] = payment_expected_date
        if last_payment_date is not UNSET:
            field_dict["last_payment_date"] = last_payment_date
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if ach_payment_initiated is not UNSET:
            field_dict["ach_payment_initiated"] = ach_payment_initiated
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if email is not UNSET:
            field_dict["email"] = email
        if contact_persons is not UNSET:
            field_dict["contact_persons"] = contact_persons
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if invoice_items is not UNSET:
            field_dict["invoice_items"] = invoice_items
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_discount_before_tax is not UNSET:
            field_dict["is_discount_before_tax"] = is_discount_before_tax
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if is_inclusive_tax is not UNSET:
            field_dict["is_inclusive_tax"] = is_inclusive_tax
        if shipping_charge is not UNSET:
            field_dict["shipping_charge"] = shipping_charge
        if adjustment is not UNSET:
            field_dict["adjustment"] = adjustment
        if adjustment_description is not UNSET:
            field_dict["adjustment_description"] = adjustment_description
        if sub_total is not UNSET:
            field_dict["sub_total"] = sub_total
        if tax_total is not UNSET:
            field_dict["tax_total"] = tax_total
        if total is not UNSET:
            field_dict["total"] = total
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if payment_made is not UNSET:
            field_dict["payment_made"] = payment_made
        if credits_applied is not UNSET:
            field_dict["credits_applied"] = credits_applied
        if tax_amount_withheld is not UNSET:
            field_dict["tax_amount_withheld"] = tax_amount_withheld
        if balance is not UNSET:
            field_dict["balance"] = balance
        if write_off_amount is not UNSET:
            field_dict["write_off_amount"] = write_off_amount
        if payments is not UNSET:
            field_dict["payments"] = payments
        if allow_partial_payments is not UNSET:
            field_dict["allow_partial_payments"] = allow_partial_payments
        if price_precision is not UNSET:
            field_dict["price_precision"] = price_precision
        if payment_options is not UNSET:
            field_dict["payment_options"] = payment_options
        if payment_reminder_enabled is not UNSET:
            field_dict["payment_reminder_enabled"] = payment_reminder_enabled
        if is_emailed is not UNSET:
            field_dict["is_emailed"] = is_emailed
        if reminders_sent is not UNSET:
            field_dict["reminders_sent"] = reminders_sent
        if last_reminder_sent_date is not UNSET:
            field_dict["last_reminder_sent_date"] = last_reminder_sent_date
        if is_viewed_by_client is not UNSET:
            field_dict["is_viewed_by_client"] = is_viewed_by_client
        if client_viewed_time is not UNSET:
            field_dict["client_viewed_time"] = client_viewed_time
        if has_attachment is not UNSET:
            field_dict["has_attachment"] = has_attachment
        if attachment_name is not UNSET:
            field_dict["attachment_name"] = attachment_name
        if can_send_in_mail is not UNSET:
            field_dict["can_send_in_mail"] = can_send_in_mail
        if documents is not UNSET:
            field_dict["documents"] = documents
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if notes is not UNSET:
            field_dict["notes"] = notes
        if terms is not UNSET:
            field_dict["terms"] = terms
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if comments is not UNSET:
            field_dict["comments"] = comments
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if salesperson_id is not UNSET:
            field_dict["salesperson_id"] = salesperson_id
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name
        if invoice_url is not UNSET:
            field_dict["invoice_url"] = invoice_url
        if is_pre_gst is not UNSET:
            field_dict["is_pre_gst"] = is_pre_gst
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
        if vat_reg_no is not UNSET:
            field_dict["vat_reg_no"] = vat_reg_no
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if last_modified_time is not UNSET:
            field_dict["last_modified_time"] = last_modified_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        _status_raw = d.pop("status")
        status: InvoiceStatus
        if isinstance(_status_raw, str):
            status = InvoiceStatus(_status_raw)
        else:
            status = _status_raw

        customer_id = d.pop("customer_id")

        number = d.pop("number", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        invoice_date = as_date(d.pop("invoice_date", UNSET))

        date = as_date(d.pop("date", UNSET))

        due_date = as_date(d.pop("due_date", UNSET))

        payment_expected_date = as_date(d.pop("payment_expected_date", UNSET))

        last_payment_date = as_date(d.pop("last_payment_date", UNSET))

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        ach_payment_initiated = d.pop("ach_payment_initiated", UNSET)

        _transaction_type_raw = d.pop("transaction_type", UNSET)
        transaction_type: InvoiceTransactionType | Unset
        if isinstance(_transaction_type_raw, str):
            transaction_type = InvoiceTransactionType(_transaction_type_raw)
        else:
            transaction_type = _transaction_type_raw

        customer_name = d.pop("customer_name", UNSET)

        email = d.pop("email", UNSET)

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

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[InvoiceSubscriptionLink] | Unset
        if isinstance(_subscriptions, list):
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                _subscriptions_item_raw = subscriptions_item_data
                subscriptions_item: InvoiceSubscriptionLink
                if isinstance(_subscriptions_item_raw, dict):
                    subscriptions_item = InvoiceSubscriptionLink.from_dict(_subscriptions_item_raw)
                else:
                    subscriptions_item = _subscriptions_item_raw

                subscriptions.append(subscriptions_item)
        else:
            subscriptions = _subscriptions

        currency_id = d.pop("currency_id", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        _invoice_items = d.pop("invoice_items", UNSET)
        invoice_items: list[InvoiceLineItem] | Unset
        if isinstance(_invoice_items, list):
            invoice_items = []
            for invoice_items_item_data in _invoice_items:
                _invoice_items_item_raw = invoice_items_item_data
                invoice_items_item: InvoiceLineItem
                if isinstance(_invoice_items_item_raw, dict):
                    invoice_items_item = InvoiceLineItem.from_dict(_invoice_items_item_raw)
                else:
                    invoice_items_item = _invoice_items_item_raw

                invoice_items.append(invoice_items_item)
        else:
            invoice_items = _invoice_items

        _coupons = d.pop("coupons", UNSET)
        coupons: list[InvoiceCoupon] | Unset
        if isinstance(_coupons, list):
            coupons = []
            for coupons_item_data in _coupons:
                _coupons_item_raw = coupons_item_data
                coupons_item: InvoiceCoupon
                if isinstance(_coupons_item_raw, dict):
                    coupons_item = InvoiceCoupon.from_dict(_coupons_item_raw)
                else:
                    coupons_item = _coupons_item_raw

                coupons.append(coupons_item)
        else:
            coupons = _coupons

        _credits_ = d.pop("credits", UNSET)
        credits_: list[InvoiceCredit] | Unset
        if isinstance(_credits_, list):
            credits_ = []
            for credits_item_data in _credits_:
                _credits_item_raw = credits_item_data
                credits_item: InvoiceCredit
                if isinstance(_credits_item_raw, dict):
                    credits_item = InvoiceCredit.from_dict(_credits_item_raw)
                else:
                    credits_item = _credits_item_raw

                credits_.append(credits_item)
        else:
            credits_ = _credits_

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

        shipping_charge = d.pop("shipping_charge", UNSET)
        if shipping_charge.__class__ is not Decimal:
            shipping_charge = as_decimal(shipping_charge)

        adjustment = d.pop("adjustment", UNSET)
        if adjustment.__class__ is not Decimal:
            adjustment = as_decimal(adjustment)

        adjustment_description = d.pop("adjustment_description", UNSET)

        sub_total = d.pop("sub_total", UNSET)
        if sub_total.__class__ is not Decimal:
            sub_total = as_decimal(sub_total)

        tax_total = d.pop("tax_total", UNSET)
        if tax_total.__class__ is not Decimal:
            tax_total = as_decimal(tax_total)

        total = d.pop("total", UNSET)
        if total.__class__ is not Decimal:
            total = as_decimal(total)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[InvoiceTax] | Unset
        if isinstance(_taxes, list):
            taxes = []
            for taxes_item_data in _taxes:
                _taxes_item_raw = taxes_item_data
                taxes_item: InvoiceTax
                if isinstance(_taxes_item_raw, dict):
                    taxes_item = InvoiceTax.from_dict(_taxes_item_raw)
                else:
                    taxes_item = _taxes_item_raw

                taxes.append(taxes_item)
        else:
            taxes = _taxes

        payment_made = d.pop("payment_made", UNSET)
        if payment_made.__class__ is not Decimal:
            payment_made = as_decimal(payment_made)

        credits_applied = d.pop("credits_applied", UNSET)
        if credits_applied.__class__ is not Decimal:
            credits_applied = as_decimal(credits_applied)

        tax_amount_withheld = d.pop("tax_amount_withheld", UNSET)
        if tax_amount_withheld.__class__ is not Decimal:
            tax_amount_withheld = as_decimal(tax_amount_withheld)

        balance = d.pop("balance", UNSET)
        if balance.__class__ is not Decimal:
            balance = as_decimal(balance)

        write_off_amount = d.pop("write_off_amount", UNSET)
        if write_off_amount.__class__ is not Decimal:
            write_off_amount = as_decimal(write_off_amount)

        _payments = d.pop("payments", UNSET)
        payments: list[InvoicePaymentApplied] | Unset
        if isinstance(_payments, list):
            payments = []
            for payments_item_data in _payments:
                _payments_item_raw = payments_item_data
                payments_item: InvoicePaymentApplied
                if isinstance(_payments_item_raw, dict):
                    payments_item = InvoicePaymentApplied.from_dict(_payments_item_raw)
                else:
                    payments_item = _payments_item_raw

                payments.append(payments_item)
        else:
            payments = _payments

        allow_partial_payments = d.pop("allow_partial_payments", UNSET)

        price_precision = d.pop("price_precision", UNSET)

        _payment_options_raw = d.pop("payment_options", UNSET)
        payment_options: InvoicePaymentOptions | Unset
        if isinstance(_payment_options_raw, dict):
            payment_options = InvoicePaymentOptions.from_dict(_payment_options_raw)
        else:
            payment_options = _payment_options_raw

        payment_reminder_enabled = d.pop("payment_reminder_enabled", UNSET)

        is_emailed = d.pop("is_emailed", UNSET)

        reminders_sent = d.pop("reminders_sent", UNSET)

        last_reminder_sent_date = d.pop("last_reminder_sent_date", UNSET)

        is_viewed_by_client = d.pop("is_viewed_by_client", UNSET)

        client_viewed_time = d.pop("client_viewed_time", UNSET)

        has_attachment = d.pop("has_attachment", UNSET)

        attachment_name = d.pop("attachment_name", UNSET)

        can_send_in_mail = d.pop("can_send_in_mail", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[InvoiceDocument] | Unset
        if isinstance(_documents, list):
            documents = []
            for documents_item_data in _documents:
                _documents_item_raw = documents_item_data
                documents_item: InvoiceDocument
                if isinstance(_documents_item_raw, dict):
                    documents_item = InvoiceDocument.from_dict(_documents_item_raw)
                else:
                    documents_item = _documents_item_raw

                documents.append(documents_item)
        else:
            documents = _documents

        _billing_address_raw = d.pop("billing_address", UNSET)
        billing_address: InvoiceAddress | Unset
        if isinstance(_billing_address_raw, dict):
            billing_address = InvoiceAddress.from_dict(_billing_address_raw)
        else:
            billing_address = _billing_address_raw

        _shipping_address_raw = d.pop("shipping_address", UNSET)
        shipping_address: InvoiceAddress | Unset
        if isinstance(_shipping_address_raw, dict):
            shipping_address = InvoiceAddress.from_dict(_shipping_address_raw)
        else:
            shipping_address = _shipping_address_raw

        notes = d.pop("notes", UNSET)

        terms = d.pop("terms", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[InvoiceCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: InvoiceCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = InvoiceCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        _comments = d.pop("comments", UNSET)
        comments: list[InvoiceComment] | Unset
        if isinstance(_comments, list):
            comments = []
            for comments_item_data in _comments:
                _comments_item_raw = comments_item_data
                comments_item: InvoiceComment
                if isinstance(_comments_item_raw, dict):
                    comments_item = InvoiceComment.from_dict(_comments_item_raw)
                else:
                    comments_item = _comments_item_raw

                comments.append(comments_item)
        else:
            comments = _comments

        template_id = d.pop("template_id", UNSET)

        template_name = d.pop("template_name", UNSET)

        salesperson_id = d.pop("salesperson_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        invoice_url = d.pop("invoice_url", UNSET)

        is_pre_gst = d.pop("is_pre_gst", UNSET)

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

        vat_reg_no = d.pop("vat_reg_no", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        last_modified_time = d.pop("last_modified_time", UNSET)

        invoice = cls(
            invoice_id=invoice_id,
            status=status,
            customer_id=customer_id,
            number=number,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            date=date,
            due_date=due_date,
            payment_expected_date=payment_expected_date,
            last_payment_date=last_payment_date,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            reference_number=reference_number,
            ach_payment_initiated=ach_payment_initiated,
            transaction_type=transaction_type,
            customer_name=customer_name,
            email=email,
            contact_persons=contact_persons,
            subscriptions=subscriptions,
            currency_id=currency_id,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
            exchange_rate=exchange_rate,
            invoice_items=invoice_items,
            coupons=coupons,
            credits_=credits_,
            discount=discount,
            is_discount_before_tax=is_discount_before_tax,
            discount_type=discount_type,
            is_inclusive_tax=is_inclusive_tax,
            shipping_charge=shipping_charge,
            adjustment=adjustment,
            adjustment_description=adjustment_description,
            sub_total=sub_total,
            tax_total=tax_total,
            total=total,
            taxes=taxes,
            payment_made=payment_made,
            credits_applied=credits_applied,
            tax_amount_withheld=tax_amount_withheld,
            balance=balance,
            write_off_amount=write_off_amount,
            payments=payments,
            allow_partial_payments=allow_partial_payments,
            price_precision=price_precision,
            payment_options=payment_options,
            payment_reminder_enabled=payment_reminder_enabled,
            is_emailed=is_emailed,
            reminders_sent=reminders_sent,
            last_reminder_sent_date=last_reminder_sent_date,
            is_viewed_by_client=is_viewed_by_client,
            client_viewed_time=client_viewed_time,
            has_attachment=has_attachment,
            attachment_name=attachment_name,
            can_send_in_mail=can_send_in_mail,
            documents=documents,
            billing_address=billing_address,
            shipping_address=shipping_address,
            notes=notes,
            terms=terms,
            custom_fields=custom_fields,
            comments=comments,
            template_id=template_id,
            template_name=template_name,
            salesperson_id=salesperson_id,
            salesperson_name=salesperson_name,
            invoice_url=invoice_url,
            is_pre_gst=is_pre_gst,
            place_of_supply=place_of_supply,
            gst_no=gst_no,
            gst_treatment=gst_treatment,
            tax_treatment=tax_treatment,
            cfdi_usage=cfdi_usage,
            vat_treatment=vat_treatment,
            vat_reg_no=vat_reg_no,
            created_time=created_time,
            updated_time=updated_time,
            last_modified_time=last_modified_time,
        )

        invoice.additional_properties = d
        return invoice

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


from ..models.invoice_address import InvoiceAddress  # noqa: E402
from ..models.invoice_comment import InvoiceComment  # noqa: E402
from ..models.invoice_contact_person import InvoiceContactPerson  # noqa: E402
from ..models.invoice_coupon import InvoiceCoupon  # noqa: E402
from ..models.invoice_credit import InvoiceCredit  # noqa: E402
from ..models.invoice_custom_field import InvoiceCustomField  # noqa: E402
from ..models.invoice_document import InvoiceDocument  # noqa: E402
from ..models.invoice_line_item import InvoiceLineItem  # noqa: E402
from ..models.invoice_payment_applied import InvoicePaymentApplied  # noqa: E402
from ..models.invoice_payment_options import InvoicePaymentOptions  # noqa: E402
from ..models.invoice_subscription_link import InvoiceSubscriptionLink  # noqa: E402
from ..models.invoice_tax import InvoiceTax  # noqa: E402
