from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gst_treatment import GstTreatment
from ..models.vat_treatment import VatTreatment
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageNewCustomer")


@_attrs_define
class HostedPageNewCustomer:
    """The new customer a new-subscription page subscribes, created when the page is completed. `display_name` and `email`
    are required. Zoho's file also requires `tax_authority_id` and `tax_authority_name`, which only a tax exemption in a
    sales-tax edition needs (errata `impossible-required-sets`).

        Attributes:
            display_name (str): Name shown for the customer in Zoho Billing and on the documents sent to it.
            email (str): Email address of the customer's primary contact.
            salutation (str | Unset): Form of address, such as "Mr." or "Ms.".
            first_name (str | Unset): Given name of the customer's primary contact.
            last_name (str | Unset): Family name of the customer's primary contact.
            company_name (str | Unset): Registered name of the business the customer represents.
            billing_address (Address | Unset): A postal address of a customer (billing or shipping).
            shipping_address (Address | Unset): A postal address of a customer (billing or shipping).
            pricebook_id (str | Unset): ID of a price list in the customer's currency.
            payment_terms (int | Unset): Payment term for the customer's invoices, in days (0 means due on receipt).
            payment_terms_label (str | Unset): Label of the payment term, such as "Due On Receipt".
            exchange_rate (Decimal | Unset): Rate from the organization's currency to the customer's: the charged amounts
                are the prices multiplied by it. When omitted, the rate of the organization's currency settings applies.
            currency_code (str | Unset): ISO 4217 code of the currency to bill the customer in; the organization's currency
                when omitted (Zoho sets the currency ID and symbol from it).
            vat_treatment (VatTreatment | Unset): How UK VAT applies to the customer. Since Brexit Zoho uses `uk`,
                `eu_vat_registered` and `overseas`; the earlier split into `eu_vat_registered`, `eu_vat_not_registered` and
                `non_eu` is kept for records created before it, with the two retired values marked legacy.
            vat_reg_no (str | Unset): VAT registration number of a customer whose VAT treatment is `eu_vat_registered`, 2 to
                12 characters. Zoho's example is a JSON number; a string here (errata `property-examples-contradict-types`).
            country_code (str | Unset): Two-letter country code of a customer whose VAT treatment is `eu_vat_registered`,
                such as `DE`.
            is_taxable (bool | Unset): True when the customer's transactions are taxed. Zoho declares a string and shows
                `true` (errata `property-examples-contradict-types`).
            tax_id (str | Unset): ID of the tax or tax group to collect from the customer.
            tax_authority_id (str | Unset): ID of the tax authority of the customer's location (a customer in NY has the NY
                authority).
            tax_authority_name (str | Unset): Name of the tax authority of the customer's location.
            tax_exemption_id (str | Unset): ID of the tax exemption to apply instead of a tax.
            tax_exemption_code (str | Unset): Code of the tax exemption to apply instead of a tax, such as `GST FREE`.
            default_templates (DefaultTemplates | Unset): Templates used by default for this customer's documents. An object
                everywhere in Zoho's documentation except the update response, where it is shown as an array (see errata).
            place_of_contact (str | Unset): Indian state code of the customer's place of contact, such as `TN`.
            gst_no (str | Unset): GSTIN, the customer's 15-character Indian GST identification number.
            gst_treatment (GstTreatment | Unset): How Indian GST applies to the customer.
    """

    display_name: str
    email: str
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    pricebook_id: str | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    currency_code: str | Unset = UNSET
    vat_treatment: VatTreatment | Unset = UNSET
    vat_reg_no: str | Unset = UNSET
    country_code: str | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_authority_id: str | Unset = UNSET
    tax_authority_name: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    default_templates: DefaultTemplates | Unset = UNSET
    place_of_contact: str | Unset = UNSET
    gst_no: str | Unset = UNSET
    gst_treatment: GstTreatment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        salutation = self.salutation

        first_name = self.first_name

        last_name = self.last_name

        company_name = self.company_name

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

        pricebook_id = self.pricebook_id

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        exchange_rate = self.exchange_rate

        currency_code = self.currency_code

        vat_treatment: str | Unset = UNSET
        if not isinstance(self.vat_treatment, Unset):
            vat_treatment = (
                self.vat_treatment.value if isinstance(self.vat_treatment, VatTreatment) else self.vat_treatment
            )

        vat_reg_no = self.vat_reg_no

        country_code = self.country_code

        is_taxable = self.is_taxable

        tax_id = self.tax_id

        tax_authority_id = self.tax_authority_id

        tax_authority_name = self.tax_authority_name

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        default_templates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_templates, Unset):
            default_templates = (
                self.default_templates.to_dict()
                if isinstance(self.default_templates, DefaultTemplates)
                else self.default_templates
            )

        place_of_contact = self.place_of_contact

        gst_no = self.gst_no

        gst_treatment: str | Unset = UNSET
        if not isinstance(self.gst_treatment, Unset):
            gst_treatment = (
                self.gst_treatment.value if isinstance(self.gst_treatment, GstTreatment) else self.gst_treatment
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "email": email,
            }
        )
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if pricebook_id is not UNSET:
            field_dict["pricebook_id"] = pricebook_id
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if vat_treatment is not UNSET:
            field_dict["vat_treatment"] = vat_treatment
        if vat_reg_no is not UNSET:
            field_dict["vat_reg_no"] = vat_reg_no
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_authority_id is not UNSET:
            field_dict["tax_authority_id"] = tax_authority_id
        if tax_authority_name is not UNSET:
            field_dict["tax_authority_name"] = tax_authority_name
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code
        if default_templates is not UNSET:
            field_dict["default_templates"] = default_templates
        if place_of_contact is not UNSET:
            field_dict["place_of_contact"] = place_of_contact
        if gst_no is not UNSET:
            field_dict["gst_no"] = gst_no
        if gst_treatment is not UNSET:
            field_dict["gst_treatment"] = gst_treatment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        email = d.pop("email")

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        company_name = d.pop("company_name", UNSET)

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

        pricebook_id = d.pop("pricebook_id", UNSET)

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        currency_code = d.pop("currency_code", UNSET)

        _vat_treatment_raw = d.pop("vat_treatment", UNSET)
        vat_treatment: VatTreatment | Unset
        if isinstance(_vat_treatment_raw, str):
            vat_treatment = VatTreatment(_vat_treatment_raw)
        else:
            vat_treatment = _vat_treatment_raw

        vat_reg_no = d.pop("vat_reg_no", UNSET)

        country_code = d.pop("country_code", UNSET)

        is_taxable = d.pop("is_taxable", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        tax_authority_id = d.pop("tax_authority_id", UNSET)

        tax_authority_name = d.pop("tax_authority_name", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        _default_templates_raw = d.pop("default_templates", UNSET)
        default_templates: DefaultTemplates | Unset
        if isinstance(_default_templates_raw, dict):
            default_templates = DefaultTemplates.from_dict(_default_templates_raw)
        else:
            default_templates = _default_templates_raw

        place_of_contact = d.pop("place_of_contact", UNSET)

        gst_no = d.pop("gst_no", UNSET)

        _gst_treatment_raw = d.pop("gst_treatment", UNSET)
        gst_treatment: GstTreatment | Unset
        if isinstance(_gst_treatment_raw, str):
            gst_treatment = GstTreatment(_gst_treatment_raw)
        else:
            gst_treatment = _gst_treatment_raw

        hosted_page_new_customer = cls(
            display_name=display_name,
            email=email,
            salutation=salutation,
            first_name=first_name,
            last_name=last_name,
            company_name=company_name,
            billing_address=billing_address,
            shipping_address=shipping_address,
            pricebook_id=pricebook_id,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            exchange_rate=exchange_rate,
            currency_code=currency_code,
            vat_treatment=vat_treatment,
            vat_reg_no=vat_reg_no,
            country_code=country_code,
            is_taxable=is_taxable,
            tax_id=tax_id,
            tax_authority_id=tax_authority_id,
            tax_authority_name=tax_authority_name,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            default_templates=default_templates,
            place_of_contact=place_of_contact,
            gst_no=gst_no,
            gst_treatment=gst_treatment,
        )

        hosted_page_new_customer.additional_properties = d
        return hosted_page_new_customer

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
from ..models.default_templates import DefaultTemplates  # noqa: E402
