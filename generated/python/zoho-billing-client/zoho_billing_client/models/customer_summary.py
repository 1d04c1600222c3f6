from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

if TYPE_CHECKING:
    from ..models.customer_tag_reference import CustomerTagReference


T = TypeVar("T", bound="CustomerSummary")


@_attrs_define
class CustomerSummary:
    """The shorter form of a customer that the list operation returns.

    Attributes:
        customer_id (str): Unique ID Zoho assigns to the customer.
        display_name (str): Name shown for the customer in Zoho Billing and on the documents sent to it.
        salutation (str | Unset): Form of address, such as "Mr." or "Ms.".
        first_name (str | Unset): Given name of the customer's primary contact.
        last_name (str | Unset): Family name of the customer's primary contact.
        email (str | Unset): Email address of the customer's primary contact.
        tags (list[CustomerTagReference] | Unset): Reporting tags set on the customer, as tag and option IDs.
        company_name (str | Unset): Registered name of the business the customer represents.
        phone (str | Unset): Landline number. A string, since phone numbers may start with `+` or `0`.
        mobile (str | Unset): Mobile number. A string, since phone numbers may start with `+` or `0`.
        website (str | Unset): Website of the customer.
        department (str | Unset): Department the primary contact works in.
        designation (str | Unset): Job title of the primary contact.
        currency_code (str | Unset): ISO 4217 code of the currency the customer is billed in.
        unused_credits (Decimal | Unset): Credit the customer holds and has not yet applied, in the customer's currency.
        outstanding (Decimal | Unset): Amount outstanding on the customer's account, in the customer's currency.
        is_gapps_customer (bool | Unset): True when the customer was imported from Google Apps (G Suite).
        updated_time (str | Unset): When the customer was last changed.
        created_time (str | Unset): When the customer was created.
        has_attachment (bool | Unset): True when files are attached to the customer.
    """

    customer_id: str
    display_name: str
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    company_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    website: str | Unset = UNSET
    department: str | Unset = UNSET
    designation: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    unused_credits: Decimal | Unset = UNSET
    outstanding: Decimal | Unset = UNSET
    is_gapps_customer: bool | Unset = UNSET
    updated_time: str | Unset = UNSET
    created_time: str | Unset = UNSET
    has_attachment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_tag_reference import CustomerTagReference  # noqa: PLC0415

        customer_id = self.customer_id

        display_name = self.display_name

        salutation = self.salutation

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

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

        website = self.website

        department = self.department

        designation = self.designation

        currency_code = self.currency_code

        unused_credits = self.unused_credits

        outstanding = self.outstanding

        is_gapps_customer = self.is_gapps_customer

        updated_time = self.updated_time

        created_time = self.created_time

        has_attachment = self.has_attachment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "display_name": display_name,
            }
        )
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
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
        if department is not UNSET:
            field_dict["department"] = department
        if designation is not UNSET:
            field_dict["designation"] = designation
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if unused_credits is not UNSET:
            field_dict["unused_credits"] = unused_credits
        if outstanding is not UNSET:
            field_dict["outstanding"] = outstanding
        if is_gapps_customer is not UNSET:
            field_dict["is_gapps_customer"] = is_gapps_customer
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if has_attachment is not UNSET:
            field_dict["has_attachment"] = has_attachment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_tag_reference import CustomerTagReference  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        display_name = d.pop("display_name")

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

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

        website = d.pop("website", UNSET)

        department = d.pop("department", UNSET)

        designation = d.pop("designation", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        unused_credits = as_decimal(d.pop("unused_credits", UNSET))

        outstanding = as_decimal(d.pop("outstanding", UNSET))

        is_gapps_customer = d.pop("is_gapps_customer", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        created_time = d.pop("created_time", UNSET)

        has_attachment = d.pop("has_attachment", UNSET)

        customer_summary = cls(
            customer_id=customer_id,
            display_name=display_name,
            salutation=salutation,
            first_name=first_name,
            last_name=last_name,
            email=email,
            tags=tags,
            company_name=company_name,
            phone=phone,
            mobile=mobile,
            website=website,
            department=department,
            designation=designation,
            currency_code=currency_code,
            unused_credits=unused_credits,
            outstanding=outstanding,
            is_gapps_customer=is_gapps_customer,
            updated_time=updated_time,
            created_time=created_time,
            has_attachment=has_attachment,
        )

        customer_summary.additional_properties = d
        return customer_summary

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
