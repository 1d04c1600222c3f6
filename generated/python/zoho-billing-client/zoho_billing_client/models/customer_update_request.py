from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gst_treatment import GstTreatment
from ..models.tax_regime import TaxRegime
from ..models.tax_treatment import TaxTreatment
from ..models.vat_treatment import VatTreatment
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerUpdateRequest")


@_attrs_define
class CustomerUpdateRequest:
    """Body of "update a customer". Zoho requires `display_name` and `email` on update as well, so send them even when they
    do not change. Zoho documents department, designation, website, payment terms, ACH support and notes for create
    only, and `status` changes only through mark active / mark inactive, so none of them is listed here (errata `update-
    customer-fields`). It adds a top-level `fax`.

        Attributes:
            display_name (str): Name shown for the customer in Zoho Billing and on the documents sent to it.
            email (str): Email address of the customer's primary contact.
            salutation (str | Unset): Form of address, such as "Mr." or "Ms.".
            first_name (str | Unset): Given name of the customer's primary contact.
            last_name (str | Unset): Family name of the customer's primary contact.
            tags (list[CustomerTagReference] | Unset): Reporting tags to set, as tag and option IDs.
            company_name (str | Unset): Registered name of the business the customer represents.
            phone (str | Unset): Landline number. A string, since phone numbers may start with `+` or `0`.
            mobile (str | Unset): Mobile number. A string, since phone numbers may start with `+` or `0`.
            billing_address (Address | Unset): A postal address of a customer (billing or shipping).
            shipping_address (Address | Unset): A postal address of a customer (billing or shipping).
            fax (str | Unset): Fax number of the customer.
            currency_code (str | Unset): ISO 4217 code of the currency to bill the customer in.
            twitter (str | Unset): Twitter (X) handle of the customer.
            facebook (str | Unset): Facebook profile of the customer.
            skype (str | Unset): Skype name of the customer.
            is_portal_enabled (bool | Unset): True to let the customer sign in to the client portal.
            gst_no (str | Unset): GSTIN, the customer's 15-character Indian GST identification number.
            gst_treatment (GstTreatment | Unset): How Indian GST applies to the customer.
            place_of_contact (str | Unset): Indian state code of the customer's place of contact (place of supply), such as
                `TN`.
            vat_treatment (VatTreatment | Unset): How UK VAT applies to the customer. Since Brexit Zoho uses `uk`,
                `eu_vat_registered` and `overseas`; the earlier split into `eu_vat_registered`, `eu_vat_not_registered` and
                `non_eu` is kept for records created before it, with the two retired values marked legacy.
            vat_reg_no (str | Unset): VAT registration number of the customer, 2 to 12 characters.
            is_taxable (bool | Unset): True when the customer's transactions are taxable. Zoho declares it a string but
                sends and shows a boolean (see errata).
            tax_id (str | Unset): ID of the tax or tax group charged to the customer.
            tax_authority_id (str | Unset): ID of the tax authority of the customer's location (a New York customer has the
                New York authority). Needed to apply a tax exemption; give it or `tax_authority_name`.
            tax_authority_name (str | Unset): Name of the tax authority of the customer's location; an alternative to
                `tax_authority_id`.
            tax_exemption_id (str | Unset): ID of the tax exemption applied to the customer.
            tax_exemption_code (str | Unset): Code of the tax exemption applied to the customer, such as `GST FREE`.
            default_templates (DefaultTemplates | Unset): Templates used by default for this customer's documents. An object
                everywhere in Zoho's documentation except the update response, where it is shown as an array (see errata).
            tax_reg_no (str | Unset): Mexican tax registration number (RFC). Zoho calls it a 12-digit number, yet its
                generic RFCs are 13 characters (`XAXX010101000` for consumers, `XEXX010101000` for overseas customers) and its
                examples have 14 digits, so no length is enforced here.
            tds_tax_id (str | Unset): ID of the tax withheld at source (TDS) for the customer.
            tax_treatment (TaxTreatment | Unset): How Mexican VAT (IVA) applies to the customer.
            tax_regime (TaxRegime | Unset): Mexican SAT tax regime of the customer. Zoho lists 21 values of which two
                (`resident_abroad`, `simplified_trust`) appear twice, leaving 19 distinct values; it gives no meaning for them.
                `divident_income` is spelt as Zoho sends it.
            is_tds_registered (bool | Unset): True when the customer is registered for tax withheld at source.
            custom_fields (list[CustomerCustomFieldUpdate] | Unset): Custom field values to set, each identified by its
                index.
    """

    display_name: str
    email: str
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    company_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    fax: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    twitter: str | Unset = UNSET
    facebook: str | Unset = UNSET
    skype: str | Unset = UNSET
    is_portal_enabled: bool | Unset = UNSET
    gst_no: str | Unset = UNSET
    gst_treatment: GstTreatment | Unset = UNSET
    place_of_contact: str | Unset = UNSET
    vat_treatment: VatTreatment | Unset = UNSET
    vat_reg_no: str | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_authority_id: str | Unset = UNSET
    tax_authority_name: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    default_templates: DefaultTemplates | Unset = UNSET
    tax_reg_no: str | Unset = UNSET
    tds_tax_id: str | Unset = UNSET
    tax_treatment: TaxTreatment | Unset = UNSET
    tax_regime: TaxRegime | Unset = UNSET
    is_tds_registered: bool | Unset = UNSET
    custom_fields: list[CustomerCustomFieldUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        salutation = self.salutation

        first_name = self.first_name

        last_name = self.last_name

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

        company_name = self.company_name

        phone = self.phone

        mobile = self.mobile

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

        fax = self.fax

        currency_code = self.currency_code

        twitter = self.twitter

        facebook = self.facebook

        skype = self.skype

        is_portal_enabled = self.is_portal_enabled

        gst_no = self.gst_no

        gst_treatment: str | Unset = UNSET
        if not isinstance(self.gst_treatment, Unset):
            gst_treatment = (
                self.gst_treatment.value if isinstance(self.gst_treatment, GstTreatment) else self.gst_treatment
            )

        place_of_contact = self.place_of_contact

        vat_treatment: str | Unset = UNSET
        if not isinstance(self.vat_treatment, Unset):
            vat_treatment = (
                self.vat_treatment.value if isinstance(self.vat_treatment, VatTreatment) else self.vat_treatment
            )

        vat_reg_no = self.vat_reg_no

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

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, CustomerCustomFieldUpdate)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

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
        if tags is not UNSET:
            field_dict["tags"] = tags
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if fax is not UNSET:
            field_dict["fax"] = fax
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if skype is not UNSET:
            field_dict["skype"] = skype
        if is_portal_enabled is not UNSET:
            field_dict["is_portal_enabled"] = is_portal_enabled
        if gst_no is not UNSET:
            field_dict["gst_no"] = gst_no
        if gst_treatment is not UNSET:
            field_dict["gst_treatment"] = gst_treatment
        if place_of_contact is not UNSET:
            field_dict["place_of_contact"] = place_of_contact
        if vat_treatment is not UNSET:
            field_dict["vat_treatment"] = vat_treatment
        if vat_reg_no is not UNSET:
            field_dict["vat_reg_no"] = vat_reg_no
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
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        email = d.pop("email")

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

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

        company_name = d.pop("company_name", UNSET)

        phone = d.pop("phone", UNSET)

        mobile = d.pop("mobile", UNSET)

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

        fax = d.pop("fax", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        twitter = d.pop("twitter", UNSET)

        facebook = d.pop("facebook", UNSET)

        skype = d.pop("skype", UNSET)

        is_portal_enabled = d.pop("is_portal_enabled", UNSET)

        gst_no = d.pop("gst_no", UNSET)

        _gst_treatment_raw = d.pop("gst_treatment", UNSET)
        gst_treatment: GstTreatment | Unset
        if isinstance(_gst_treatment_raw, str):
            gst_treatment = GstTreatment(_gst_treatment_raw)
        else:
            gst_treatment = _gst_treatment_raw

        place_of_contact = d.pop("place_of_contact", UNSET)

        _vat_treatment_raw = d.pop("vat_treatment", UNSET)
        vat_treatment: VatTreatment | Unset
        if isinstance(_vat_treatment_raw, str):
            vat_treatment = VatTreatment(_vat_treatment_raw)
        else:
            vat_treatment = _vat_treatment_raw

        vat_reg_no = d.pop("vat_reg_no", UNSET)

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

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomerCustomFieldUpdate] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: CustomerCustomFieldUpdate
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = CustomerCustomFieldUpdate.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        customer_update_request = cls(
            display_name=display_name,
            email=email,
            salutation=salutation,
            first_name=first_name,
            last_name=last_name,
            tags=tags,
            company_name=company_name,
            phone=phone,
            mobile=mobile,
            billing_address=billing_address,
            shipping_address=shipping_address,
            fax=fax,
            currency_code=currency_code,
            twitter=twitter,
            facebook=facebook,
            skype=skype,
            is_portal_enabled=is_portal_enabled,
            gst_no=gst_no,
            gst_treatment=gst_treatment,
            place_of_contact=place_of_contact,
            vat_treatment=vat_treatment,
            vat_reg_no=vat_reg_no,
            is_taxable=is_taxable,
            tax_id=tax_id,
            tax_authority_id=tax_authority_id,
            tax_authority_name=tax_authority_name,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            default_templates=default_templates,
            tax_reg_no=tax_reg_no,
            tds_tax_id=tds_tax_id,
            tax_treatment=tax_treatment,
            tax_regime=tax_regime,
            is_tds_registered=is_tds_registered,
            custom_fields=custom_fields,
        )

        customer_update_request.additional_properties = d
        return customer_update_request

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
from ..models.customer_custom_field_update import CustomerCustomFieldUpdate  # noqa: E402
from ..models.customer_tag_reference import CustomerTagReference  # noqa: E402
from ..models.default_templates import DefaultTemplates  # noqa: E402
