from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gst_treatment import GstTreatment
from ..models.vat_treatment import VatTreatment
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionNewCustomer")


@_attrs_define
class SubscriptionNewCustomer:
    """A new customer created together with the subscription. `display_name` and `email` are required; the tax fields apply
    only in the editions named by `x-zoho-availability`.

        Attributes:
            display_name (str): Name shown for the customer in Zoho Billing and on its documents.
            email (str): Email address of the customer.
            salutation (str | Unset): Form of address, such as "Mr.".
            first_name (str | Unset): Given name of the customer's primary contact.
            last_name (str | Unset): Family name of the customer's primary contact.
            company_name (str | Unset): Registered name of the customer's company.
            billing_address (Address | Unset): A postal address of a customer (billing or shipping).
            shipping_address (Address | Unset): A postal address of a customer (billing or shipping).
            payment_terms (int | Unset): Days after the invoice date by which invoices of the subscription are due (0 - due
                on receipt).
            payment_terms_label (str | Unset): Label of the payment terms, such as `Due On Receipt`.
            custom_fields (list[SubscriptionCustomFieldInput] | Unset): Custom field values of the new customer, each named
                by its label.
            place_of_contact (str | Unset): Indian state code of the customer's place of contact, such as `TN`.
            gst_no (str | Unset): GSTIN of the customer.
            gst_treatment (GstTreatment | Unset): How Indian GST applies to the customer.
            vat_treatment (VatTreatment | Unset): How UK VAT applies to the customer. Since Brexit Zoho uses `uk`,
                `eu_vat_registered` and `overseas`; the earlier split into `eu_vat_registered`, `eu_vat_not_registered` and
                `non_eu` is kept for records created before it, with the two retired values marked legacy.
            vat_reg_no (str | Unset): VAT registration number, 2 to 12 characters. Zoho's example is a JSON number; it is
                text (errata).
            country_code (str | Unset): Two-letter country code, for a customer whose VAT treatment is `eu_vat_registered`.
            is_taxable (bool | Unset): True when the customer's transactions are taxed. Zoho declares a string but shows a
                boolean (errata).
            tax_id (str | Unset): ID of the tax or tax group to charge the customer.
            tax_authority_id (str | Unset): ID of the tax authority of the customer's location (such as the NY authority).
            tax_authority_name (str | Unset): Name of the tax authority, instead of its ID.
            tax_exemption_id (str | Unset): ID of the tax exemption to apply.
            tax_exemption_code (str | Unset): Code of the tax exemption to apply, such as `GST FREE`.
    """

    display_name: str
    email: str
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    custom_fields: list[SubscriptionCustomFieldInput] | Unset = UNSET
    place_of_contact: str | Unset = UNSET
    gst_no: str | Unset = UNSET
    gst_treatment: GstTreatment | Unset = UNSET
    vat_treatment: VatTreatment | Unset = UNSET
    vat_reg_no: str | Unset = UNSET
    country_code: str | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_authority_id: str | Unset = UNSET
    tax_authority_name: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
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

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, SubscriptionCustomFieldInput)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        place_of_contact = self.place_of_contact

        gst_no = self.gst_no

        gst_treatment: str | Unset = UNSET
        if not isinstance(self.gst_treatment, Unset):
            gst_treatment = (
                self.gst_treatment.value if isinstance(self.gst_treatment, GstTreatment) else self.gst_treatment
            )

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
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if place_of_contact is not UNSET:
            field_dict["place_of_contact"] = place_of_contact
        if gst_no is not UNSET:
            field_dict["gst_no"] = gst_no
        if gst_treatment is not UNSET:
            field_dict["gst_treatment"] = gst_treatment
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

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[SubscriptionCustomFieldInput] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: SubscriptionCustomFieldInput
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = SubscriptionCustomFieldInput.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        place_of_contact = d.pop("place_of_contact", UNSET)

        gst_no = d.pop("gst_no", UNSET)

        _gst_treatment_raw = d.pop("gst_treatment", UNSET)
        gst_treatment: GstTreatment | Unset
        if isinstance(_gst_treatment_raw, str):
            gst_treatment = GstTreatment(_gst_treatment_raw)
        else:
            gst_treatment = _gst_treatment_raw

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

        subscription_new_customer = cls(
            display_name=display_name,
            email=email,
            salutation=salutation,
            first_name=first_name,
            last_name=last_name,
            company_name=company_name,
            billing_address=billing_address,
            shipping_address=shipping_address,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            custom_fields=custom_fields,
            place_of_contact=place_of_contact,
            gst_no=gst_no,
            gst_treatment=gst_treatment,
            vat_treatment=vat_treatment,
            vat_reg_no=vat_reg_no,
            country_code=country_code,
            is_taxable=is_taxable,
            tax_id=tax_id,
            tax_authority_id=tax_authority_id,
            tax_authority_name=tax_authority_name,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
        )

        subscription_new_customer.additional_properties = d
        return subscription_new_customer

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
from ..models.subscription_custom_field_input import SubscriptionCustomFieldInput  # noqa: E402
