from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_status import CustomerStatus
from ..models.gst_treatment import GstTreatment
from ..models.tax_regime import TaxRegime
from ..models.tax_treatment import TaxTreatment
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer as Zoho returns it from create, retrieve, update and the CRM-reference lookup. The operations return
    different subsets of these fields (see each operation). The required ones are those that every published example and
    every recorded live response carries and that Zoho sets itself or requires on create (see errata `required-response-
    fields`); the others may be absent. Fields sent on create or update but never returned (VAT treatment, taxability
    and exemption) are in the request schemas only. Fields marked `x-zoho-observed` are not in Zoho's documentation but
    were seen in recorded responses.

        Attributes:
            customer_id (str): Unique ID Zoho assigns to the customer: a string of digits, with the same pattern as the
                `customer_id` path parameter, so a value read here can be sent back there.
            display_name (str): Name shown for the customer in Zoho Billing and on the documents sent to it.
            email (str): Email address of the customer's primary contact.
            currency_code (str): ISO 4217 code of the currency the customer is billed in.
            currency_id (str): Zoho's ID for the customer's currency.
            price_precision (int): Number of decimal places used for prices in the customer's currency.
            unused_credits (Decimal): Credit the customer holds and has not yet applied, in the customer's currency.
            outstanding (Decimal): Amount outstanding on the customer's account, in the customer's currency. (Zoho's text
                says it is owed "to" the customer; read as the receivable balance.)
            status (CustomerStatus): Whether the customer is active.
            updated_time (str): When the customer was last changed.
            created_time (str): When the customer was created.
            source (str): How the customer came to exist. Zoho's example shows `user` (created by a user); recorded
                responses show `api` for customers created through the API. Zoho lists no values.
            is_linked_with_zohocrm (bool): True when the customer is synced with Zoho CRM.
            can_add_card (bool): True when a card can be stored for the customer.
            can_add_bank_account (bool): True when a bank account can be stored for the customer.
            salutation (str | Unset): Form of address, such as "Mr." or "Ms.".
            first_name (str | Unset): Given name of the customer's primary contact.
            last_name (str | Unset): Family name of the customer's primary contact.
            tags (list[CustomerTag] | Unset): Reporting tags set on the customer, one entry per tag.
            company_name (str | Unset): Registered name of the business the customer represents.
            phone (str | Unset): Landline number. A string, since phone numbers may start with `+` or `0`.
            mobile (str | Unset): Mobile number. A string, since phone numbers may start with `+` or `0`.
            website (str | Unset): Website of the customer.
            is_portal_enabled (bool | Unset): True when the customer may sign in to the client portal.
            department (str | Unset): Department the primary contact works in.
            designation (str | Unset): Job title of the primary contact.
            billing_address (Address | Unset): A postal address of a customer (billing or shipping).
            shipping_address (Address | Unset): A postal address of a customer (billing or shipping).
            ach_supported (bool | Unset): True when the customer can pay by ACH bank transfer.
            twitter (str | Unset): Twitter (X) handle of the customer.
            facebook (str | Unset): Facebook profile of the customer.
            skype (str | Unset): Skype name of the customer.
            notes (str | Unset): Free-text note about the customer.
            gst_no (str | Unset): GSTIN, the customer's 15-character Indian GST identification number.
            gst_treatment (GstTreatment | Unset): How Indian GST applies to the customer.
            tax_reg_no (str | Unset): Mexican tax registration number (RFC). Zoho calls it a 12-digit number, yet its
                generic RFCs are 13 characters (`XAXX010101000` for consumers, `XEXX010101000` for overseas customers) and its
                examples have 14 digits, so no length is enforced here.
            tds_tax_id (str | Unset): ID of the tax withheld at source (TDS) for the customer.
            tax_treatment (TaxTreatment | Unset): How Mexican VAT (IVA) applies to the customer.
            tax_regime (TaxRegime | Unset): Mexican SAT tax regime of the customer. Zoho lists 21 values of which two
                (`resident_abroad`, `simplified_trust`) appear twice, leaving 19 distinct values; it gives no meaning for them.
                `divident_income` is spelt as Zoho sends it.
            is_tds_registered (bool | Unset): True when the customer is registered for tax withheld at source.
            place_of_contact (str | Unset): Indian state code of the customer's place of contact (place of supply), such as
                `TN`.
            custom_fields (list[CustomerCustomField] | Unset): Values of the organization's custom fields for customers.
            zcrm_account_id (str | Unset): ID of the Zoho CRM account this customer is synced with; an empty string when
                there is none (as recorded responses show). Pass it as `reference_id` to the CRM-reference lookup.
            zcrm_contact_id (str | Unset): ID of the Zoho CRM contact this customer is synced with; an empty string when
                there is none (as recorded responses show). Pass it as `reference_id` to the CRM-reference lookup.
            payment_terms (int | Unset): Payment term applied to the customer's invoices (0 means due on receipt).
            payment_terms_label (str | Unset): Label of the payment term, such as "Due on receipt".
            primary_contactperson_id (str | Unset): ID of the customer's primary contact person.
            default_templates (DefaultTemplates | Unset): Templates used by default for this customer's documents. An object
                everywhere in Zoho's documentation except the update response, where it is shown as an array (see errata).
            documents (list[CustomerDocument] | Unset): Files attached to the customer.
            currency_symbol (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Symbol of the
                customer's currency, such as `$`.
            is_gapps_customer (bool | Unset): Not in Zoho's documentation of the customer object (only of the list form);
                seen in recorded live responses. True when the customer was imported from Google Apps (G Suite).
            outstanding_receivable_amount (Decimal | Unset): Not in Zoho's documentation; seen in recorded live responses.
                Amount the customer owes, in the customer's currency (recorded beside `outstanding`, with the same value).
            payment_reminder_enabled (bool | Unset): Not in Zoho's documentation; seen in recorded live responses. True when
                payment reminders are sent to the customer. Zoho's own OpenAPI file defines this field but uses it in no
                operation.
            pricebook_id (str | Unset): Not in Zoho's documentation; seen in recorded live responses. ID of the price list
                applied to the customer.
            unused_credits_receivable_amount (Decimal | Unset): Not in Zoho's documentation; seen in recorded live
                responses. Credit the customer holds and has not yet applied, in the customer's currency.
            unused_credits_receivable_amount_bcy (Decimal | Unset): Not in Zoho's documentation; seen in recorded live
                responses. `unused_credits_receivable_amount` in the organization's base currency (Zoho's `_bcy` suffix).
            unused_credits_payable_amount (Decimal | Unset): Not in Zoho's documentation; seen in recorded live responses.
                Credit the organization holds with the customer and has not yet applied, in the customer's currency (inferred
                from the name; recorded as 0 only).
            unused_credits_payable_amount_bcy (Decimal | Unset): Not in Zoho's documentation; seen in recorded live
                responses. `unused_credits_payable_amount` in the organization's base currency (Zoho's `_bcy` suffix).
    """

    customer_id: str
    display_name: str
    email: str
    currency_code: str
    currency_id: str
    price_precision: int
    unused_credits: Decimal
    outstanding: Decimal
    status: CustomerStatus
    updated_time: str
    created_time: str
    source: str
    is_linked_with_zohocrm: bool
    can_add_card: bool
    can_add_bank_account: bool
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    tags: list[CustomerTag] | Unset = UNSET
    company_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    website: str | Unset = UNSET
    is_portal_enabled: bool | Unset = UNSET
    department: str | Unset = UNSET
    designation: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    ach_supported: bool | Unset = UNSET
    twitter: str | Unset = UNSET
    facebook: str | Unset = UNSET
    skype: str | Unset = UNSET
    notes: str | Unset = UNSET
    gst_no: str | Unset = UNSET
    gst_treatment: GstTreatment | Unset = UNSET
    tax_reg_no: str | Unset = UNSET
    tds_tax_id: str | Unset = UNSET
    tax_treatment: TaxTreatment | Unset = UNSET
    tax_regime: TaxRegime | Unset = UNSET
    is_tds_registered: bool | Unset = UNSET
    place_of_contact: str | Unset = UNSET
    custom_fields: list[CustomerCustomField] | Unset = UNSET
    zcrm_account_id: str | Unset = UNSET
    zcrm_contact_id: str | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    primary_contactperson_id: str | Unset = UNSET
    default_templates: DefaultTemplates | Unset = UNSET
    documents: list[CustomerDocument] | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    is_gapps_customer: bool | Unset = UNSET
    outstanding_receivable_amount: Decimal | Unset = UNSET
    payment_reminder_enabled: bool | Unset = UNSET
    pricebook_id: str | Unset = UNSET
    unused_credits_receivable_amount: Decimal | Unset = UNSET
    unused_credits_receivable_amount_bcy: Decimal | Unset = UNSET
    unused_credits_payable_amount: Decimal | Unset = UNSET
    unused_credits_payable_amount_bcy: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        display_name = self.display_name

        email = self.email

        currency_code = self.currency_code

        currency_id = self.currency_id

        price_precision = self.price_precision

        unused_credits = self.unused_credits

        outstanding = self.outstanding

        status = self.status.value if isinstance(self.status, CustomerStatus) else self.status

        updated_time = self.updated_time

        created_time = self.created_time

        source = self.source

        is_linked_with_zohocrm = self.is_linked_with_zohocrm

        can_add_card = self.can_add_card

        can_add_bank_account = self.can_add_bank_account

        salutation = self.salutation

        first_name = self.first_name

        last_name = self.last_name

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = tags_item_data.to_dict() if isinstance(tags_item_data, CustomerTag) else tags_item_data
                    tags.append(tags_item)
            else:
                tags = self.tags

        company_name = self.company_name

        phone = self.phone

        mobile = self.mobile

        website = self.website

        is_portal_enabled = self.is_portal_enabled

        department = self.department

        designation = self.designation

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = (
                self.billing_address.to_dict() if isinstance(self.billing_address, Address) else self.billing_address
            )

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = (
                self.shipping_address.to_dict() if isinstance(self.shipping_address, Address) else self.shipping_address
            )

        ach_supported = self.ach_supported

        twitter = self.twitter

        facebook = self.facebook

        skype = self.skype

        notes = self.notes

        gst_no = self.gst_no

        gst_treatment: str | Unset = UNSET
        if not isinstance(self.gst_treatment, Unset):
            gst_treatment = (
                self.gst_treatment.value if isinstance(self.gst_treatment, GstTreatment) else self.gst_treatment
            )

        tax_reg_no = self.tax_reg_no

        tds_tax_id = self.tds_tax_id

        tax_treatment: str | Unset = UNSET
        if not isinstance(self.tax_treatment, Unset):
            tax_treatment = (
                self.tax_treatment.value if isinstance(self.tax_treatment, TaxTreatment) else self.tax_treatment
            )

        tax_regime: str | Unset = UNSET
        if not isinstance(self.tax_regime, Unset):
            tax_regime = self.tax_regime.value if isinstance(self.tax_regime, TaxRegime) else self.tax_regime

        is_tds_registered = self.is_tds_registered

        place_of_contact = self.place_of_contact

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, CustomerCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        zcrm_account_id = self.zcrm_account_id

        zcrm_contact_id = self.zcrm_contact_id

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        primary_contactperson_id = self.primary_contactperson_id

        default_templates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_templates, Unset):
            default_templates = (
                self.default_templates.to_dict()
                if isinstance(self.default_templates, DefaultTemplates)
                else self.default_templates
            )

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            if isinstance(self.documents, list):
                documents = []
                for documents_item_data in self.documents:
                    documents_item = (
                        documents_item_data.to_dict()
                        if isinstance(documents_item_data, CustomerDocument)
                        else documents_item_data
                    )
                    documents.append(documents_item)
            else:
                documents = self.documents

        currency_symbol = self.currency_symbol

        is_gapps_customer = self.is_gapps_customer

        outstanding_receivable_amount = self.outstanding_receivable_amount

        payment_reminder_enabled = self.payment_reminder_enabled

        pricebook_id = self.pricebook_id

        unused_credits_receivable_amount = self.unused_credits_receivable_amount

        unused_credits_receivable_amount_bcy = self.unused_credits_receivable_amount_bcy

        unused_credits_payable_amount = self.unused_credits_payable_amount

        unused_credits_payable_amount_bcy = self.unused_credits_payable_amount_bcy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "display_name": display_name,
                "email": email,
                "currency_code": currency_code,
                "currency_id": currency_id,
                "price_precision": price_precision,
                "unused_credits": unused_credits,
                "outstanding": outstanding,
                "status": status,
                "updated_time": updated_time,
                "created_time": created_time,
                "source": source,
                "is_linked_with_zohocrm": is_linked_with_zohocrm,
                "can_add_card": can_add_card,
                "can_add_bank_account": can_add_bank_account,
            }
        )
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if website is not UNSET:
            field_dict["website"] = website
        if is_portal_enabled is not UNSET:
            field_dict["is_portal_enabled"] = is_portal_enabled
        if department is not UNSET:
            field_dict["department"] = department
        if designation is not UNSET:
            field_dict["designation"] = designation
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if ach_supported is not UNSET:
            field_dict["ach_supported"] = ach_supported
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if skype is not UNSET:
            field_dict["skype"] = skype
        if notes is not UNSET:
            field_dict["notes"] = notes
        if gst_no is not UNSET:
            field_dict["gst_no"] = gst_no
        if gst_treatment is not UNSET:
            field_dict["gst_treatment"] = gst_treatment
        if tax_reg_no is not UNSET:
            field_dict["tax_reg_no"] = tax_reg_no
        if tds_tax_id is not UNSET:
            field_dict["tds_tax_id"] = tds_tax_id
        if tax_treatment is not UNSET:
            field_dict["tax_treatment"] = tax_treatment
        if tax_regime is not UNSET:
            field_dict["tax_regime"] = tax_regime
        if is_tds_registered is not UNSET:
            field_dict["is_tds_registered"] = is_tds_registered
        if place_of_contact is not UNSET:
            field_dict["place_of_contact"] = place_of_contact
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if zcrm_account_id is not UNSET:
            field_dict["zcrm_account_id"] = zcrm_account_id
        if zcrm_contact_id is not UNSET:
            field_dict["zcrm_contact_id"] = zcrm_contact_id
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if primary_contactperson_id is not UNSET:
            field_dict["primary_contactperson_id"] = primary_contactperson_id
        if default_templates is not UNSET:
            field_dict["default_templates"] = default_templates
        if documents is not UNSET:
            field_dict["documents"] = documents
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if is_gapps_customer is not UNSET:
            field_dict["is_gapps_customer"] = is_gapps_customer
        if outstanding_receivable_amount is not UNSET:
            field_dict["outstanding_receivable_amount"] = outstanding_receivable_amount
        if payment_reminder_enabled is not UNSET:
            field_dict["payment_reminder_enabled"] = payment_reminder_enabled
        if pricebook_id is not UNSET:
            field_dict["pricebook_id"] = pricebook_id
        if unused_credits_receivable_amount is not UNSET:
            field_dict["unused_credits_receivable_amount"] = unused_credits_receivable_amount
        if unused_credits_receivable_amount_bcy is not UNSET:
            field_dict["unused_credits_receivable_amount_bcy"] = unused_credits_receivable_amount_bcy
        if unused_credits_payable_amount is not UNSET:
            field_dict["unused_credits_payable_amount"] = unused_credits_payable_amount
        if unused_credits_payable_amount_bcy is not UNSET:
            field_dict["unused_credits_payable_amount_bcy"] = unused_credits_payable_amount_bcy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        display_name = d.pop("display_name")

        email = d.pop("email")

        currency_code = d.pop("currency_code")

        currency_id = d.pop("currency_id")

        price_precision = d.pop("price_precision")

        unused_credits = d.pop("unused_credits")
        if unused_credits.__class__ is not Decimal:
            unused_credits = as_decimal(unused_credits)

        outstanding = d.pop("outstanding")
        if outstanding.__class__ is not Decimal:
            outstanding = as_decimal(outstanding)

        _status_raw = d.pop("status")
        status: CustomerStatus
        if isinstance(_status_raw, str):
            status = CustomerStatus(_status_raw)
        else:
            status = _status_raw

        updated_time = d.pop("updated_time")

        created_time = d.pop("created_time")

        source = d.pop("source")

        is_linked_with_zohocrm = d.pop("is_linked_with_zohocrm")

        can_add_card = d.pop("can_add_card")

        can_add_bank_account = d.pop("can_add_bank_account")

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[CustomerTag] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: CustomerTag
                if isinstance(_tags_item_raw, dict):
                    tags_item = CustomerTag.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        company_name = d.pop("company_name", UNSET)

        phone = d.pop("phone", UNSET)

        mobile = d.pop("mobile", UNSET)

        website = d.pop("website", UNSET)

        is_portal_enabled = d.pop("is_portal_enabled", UNSET)

        department = d.pop("department", UNSET)

        designation = d.pop("designation", UNSET)

        _billing_address_raw = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address_raw, dict):
            billing_address = Address.from_dict(_billing_address_raw)
        else:
            billing_address = _billing_address_raw

        _shipping_address_raw = d.pop("shipping_address", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address_raw, dict):
            shipping_address = Address.from_dict(_shipping_address_raw)
        else:
            shipping_address = _shipping_address_raw

        ach_supported = d.pop("ach_supported", UNSET)

        twitter = d.pop("twitter", UNSET)

        facebook = d.pop("facebook", UNSET)

        skype = d.pop("skype", UNSET)

        notes = d.pop("notes", UNSET)

        gst_no = d.pop("gst_no", UNSET)

        _gst_treatment_raw = d.pop("gst_treatment", UNSET)
        gst_treatment: GstTreatment | Unset
        if isinstance(_gst_treatment_raw, str):
            gst_treatment = GstTreatment(_gst_treatment_raw)
        else:
            gst_treatment = _gst_treatment_raw

        tax_reg_no = d.pop("tax_reg_no", UNSET)

        tds_tax_id = d.pop("tds_tax_id", UNSET)

        _tax_treatment_raw = d.pop("tax_treatment", UNSET)
        tax_treatment: TaxTreatment | Unset
        if isinstance(_tax_treatment_raw, str):
            tax_treatment = TaxTreatment(_tax_treatment_raw)
        else:
            tax_treatment = _tax_treatment_raw

        _tax_regime_raw = d.pop("tax_regime", UNSET)
        tax_regime: TaxRegime | Unset
        if isinstance(_tax_regime_raw, str):
            tax_regime = TaxRegime(_tax_regime_raw)
        else:
            tax_regime = _tax_regime_raw

        is_tds_registered = d.pop("is_tds_registered", UNSET)

        place_of_contact = d.pop("place_of_contact", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomerCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: CustomerCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = CustomerCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        zcrm_account_id = d.pop("zcrm_account_id", UNSET)

        zcrm_contact_id = d.pop("zcrm_contact_id", UNSET)

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        primary_contactperson_id = d.pop("primary_contactperson_id", UNSET)

        _default_templates_raw = d.pop("default_templates", UNSET)
        default_templates: DefaultTemplates | Unset
        if isinstance(_default_templates_raw, dict):
            default_templates = DefaultTemplates.from_dict(_default_templates_raw)
        else:
            default_templates = _default_templates_raw

        _documents = d.pop("documents", UNSET)
        documents: list[CustomerDocument] | Unset
        if isinstance(_documents, list):
            documents = []
            for documents_item_data in _documents:
                _documents_item_raw = documents_item_data
                documents_item: CustomerDocument
                if isinstance(_documents_item_raw, dict):
                    documents_item = CustomerDocument.from_dict(_documents_item_raw)
                else:
                    documents_item = _documents_item_raw

                documents.append(documents_item)
        else:
            documents = _documents

        currency_symbol = d.pop("currency_symbol", UNSET)

        is_gapps_customer = d.pop("is_gapps_customer", UNSET)

        outstanding_receivable_amount = d.pop("outstanding_receivable_amount", UNSET)
        if outstanding_receivable_amount.__class__ is not Decimal:
            outstanding_receivable_amount = as_decimal(outstanding_receivable_amount)

        payment_reminder_enabled = d.pop("payment_reminder_enabled", UNSET)

        pricebook_id = d.pop("pricebook_id", UNSET)

        unused_credits_receivable_amount = d.pop("unused_credits_receivable_amount", UNSET)
        if unused_credits_receivable_amount.__class__ is not Decimal:
            unused_credits_receivable_amount = as_decimal(unused_credits_receivable_amount)

        unused_credits_receivable_amount_bcy = d.pop("unused_credits_receivable_amount_bcy", UNSET)
        if unused_credits_receivable_amount_bcy.__class__ is not Decimal:
            unused_credits_receivable_amount_bcy = as_decimal(unused_credits_receivable_amount_bcy)

        unused_credits_payable_amount = d.pop("unused_credits_payable_amount", UNSET)
        if unused_credits_payable_amount.__class__ is not Decimal:
            unused_credits_payable_amount = as_decimal(unused_credits_payable_amount)

        unused_credits_payable_amount_bcy = d.pop("unused_credits_payable_amount_bcy", UNSET)
        if unused_credits_payable_amount_bcy.__class__ is not Decimal:
            unused_credits_payable_amount_bcy = as_decimal(unused_credits_payable_amount_bcy)

        customer = cls(
            customer_id=customer_id,
            display_name=display_name,
            email=email,
            currency_code=currency_code,
            currency_id=currency_id,
            price_precision=price_precision,
            unused_credits=unused_credits,
            outstanding=outstanding,
            status=status,
            updated_time=updated_time,
            created_time=created_time,
            source=source,
            is_linked_with_zohocrm=is_linked_with_zohocrm,
            can_add_card=can_add_card,
            can_add_bank_account=can_add_bank_account,
            salutation=salutation,
            first_name=first_name,
            last_name=last_name,
            tags=tags,
            company_name=company_name,
            phone=phone,
            mobile=mobile,
            website=website,
            is_portal_enabled=is_portal_enabled,
            department=department,
            designation=designation,
            billing_address=billing_address,
            shipping_address=shipping_address,
            ach_supported=ach_supported,
            twitter=twitter,
            facebook=facebook,
            skype=skype,
            notes=notes,
            gst_no=gst_no,
            gst_treatment=gst_treatment,
            tax_reg_no=tax_reg_no,
            tds_tax_id=tds_tax_id,
            tax_treatment=tax_treatment,
            tax_regime=tax_regime,
            is_tds_registered=is_tds_registered,
            place_of_contact=place_of_contact,
            custom_fields=custom_fields,
            zcrm_account_id=zcrm_account_id,
            zcrm_contact_id=zcrm_contact_id,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            primary_contactperson_id=primary_contactperson_id,
            default_templates=default_templates,
            documents=documents,
            currency_symbol=currency_symbol,
            is_gapps_customer=is_gapps_customer,
            outstanding_receivable_amount=outstanding_receivable_amount,
            payment_reminder_enabled=payment_reminder_enabled,
            pricebook_id=pricebook_id,
            unused_credits_receivable_amount=unused_credits_receivable_amount,
            unused_credits_receivable_amount_bcy=unused_credits_receivable_amount_bcy,
            unused_credits_payable_amount=unused_credits_payable_amount,
            unused_credits_payable_amount_bcy=unused_credits_payable_amount_bcy,
        )

        customer.additional_properties = d
        return customer

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


from ..models.address import Address  # noqa: E402
from ..models.customer_custom_field import CustomerCustomField  # noqa: E402
from ..models.customer_document import CustomerDocument  # noqa: E402
from ..models.customer_tag import CustomerTag  # noqa: E402
from ..models.default_templates import DefaultTemplates  # noqa: E402
