from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_status import CustomerStatus
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="CustomerSummary")


@_attrs_define
class CustomerSummary:
    """The shorter form of a customer that the list operation returns. Required are the fields that every published example
    and every recorded live response carries and that Zoho sets itself or requires on create (see errata `required-
    response-fields`). Fields marked `x-zoho-observed` are not in Zoho's documentation but were seen in recorded list
    responses.

        Attributes:
            customer_id (str): Unique ID Zoho assigns to the customer: a string of digits, with the same pattern as the
                `customer_id` path parameter, so a value read here can be sent back there.
            display_name (str): Name shown for the customer in Zoho Billing and on the documents sent to it.
            email (str): Email address of the customer's primary contact.
            currency_code (str): ISO 4217 code of the currency the customer is billed in.
            unused_credits (Decimal): Credit the customer holds and has not yet applied, in the customer's currency.
            outstanding (Decimal): Amount outstanding on the customer's account, in the customer's currency.
            is_gapps_customer (bool): True when the customer was imported from Google Apps (G Suite).
            updated_time (str): When the customer was last changed.
            created_time (str): When the customer was created.
            salutation (str | Unset): Form of address, such as "Mr." or "Ms.".
            first_name (str | Unset): Given name of the customer's primary contact.
            last_name (str | Unset): Family name of the customer's primary contact.
            tags (list[CustomerTagReference] | Unset): Reporting tags set on the customer, as tag and option IDs.
            company_name (str | Unset): Registered name of the business the customer represents.
            phone (str | Unset): Landline number. A string, since phone numbers may start with `+` or `0`.
            mobile (str | Unset): Mobile number. A string, since phone numbers may start with `+` or `0`.
            website (str | Unset): Website of the customer.
            department (str | Unset): Department the primary contact works in.
            designation (str | Unset): Job title of the primary contact.
            has_attachment (bool | Unset): True when files are attached to the customer.
            status (CustomerStatus | Unset): Whether the customer is active.
            currency_symbol (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Symbol of the
                customer's currency, such as `$`.
            outstanding_receivable_amount (Decimal | Unset): Not in Zoho's documentation; seen in recorded live responses.
                Amount the customer owes, in the customer's currency (recorded beside `outstanding`, with the same value).
            outstanding_receivable_amount_bcy (Decimal | Unset): Not in Zoho's documentation; seen in recorded live
                responses. `outstanding_receivable_amount` in the organization's base currency (Zoho's `_bcy` suffix).
            unused_credits_receivable_amount_bcy (Decimal | Unset): Not in Zoho's documentation; seen in recorded live
                responses. Unused credit of the customer in the organization's base currency (Zoho's `_bcy` suffix).
            payment_terms (int | Unset): Not in Zoho's documentation; seen in recorded live responses. Payment term applied
                to the customer's invoices (0 means due on receipt).
            payment_terms_label (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Label of the
                payment term, such as "Due on receipt".
            created_by (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Name of the user who
                created the customer (inferred; Zoho does not document it).
            is_portal_invitation_accepted (bool | str | Unset): Not in Zoho's documentation; seen in recorded live
                responses. True when the customer accepted the invitation to the client portal. Recorded both as a boolean and
                as an empty string (no invitation, presumably), so both are accepted.
            contact_id (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Zoho's contact ID of the
                customer (Zoho Billing shares its contacts with other Zoho finance apps, where customers are contacts); inferred
                to equal `customer_id`, unconfirmed.
            customer_name (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Name of the customer
                (inferred to repeat `display_name`, unconfirmed).
    """

    customer_id: str
    display_name: str
    email: str
    currency_code: str
    unused_credits: Decimal
    outstanding: Decimal
    is_gapps_customer: bool
    updated_time: str
    created_time: str
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    company_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    website: str | Unset = UNSET
    department: str | Unset = UNSET
    designation: str | Unset = UNSET
    has_attachment: bool | Unset = UNSET
    status: CustomerStatus | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    outstanding_receivable_amount: Decimal | Unset = UNSET
    outstanding_receivable_amount_bcy: Decimal | Unset = UNSET
    unused_credits_receivable_amount_bcy: Decimal | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    created_by: str | Unset = UNSET
    is_portal_invitation_accepted: bool | str | Unset = UNSET
    contact_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        display_name = self.display_name

        email = self.email

        currency_code = self.currency_code

        unused_credits = self.unused_credits

        outstanding = self.outstanding

        is_gapps_customer = self.is_gapps_customer

        updated_time = self.updated_time

        created_time = self.created_time

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

        website = self.website

        department = self.department

        designation = self.designation

        has_attachment = self.has_attachment

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value if isinstance(self.status, CustomerStatus) else self.status

        currency_symbol = self.currency_symbol

        outstanding_receivable_amount = self.outstanding_receivable_amount

        outstanding_receivable_amount_bcy = self.outstanding_receivable_amount_bcy

        unused_credits_receivable_amount_bcy = self.unused_credits_receivable_amount_bcy

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        created_by = self.created_by

        is_portal_invitation_accepted: bool | str | Unset
        if isinstance(self.is_portal_invitation_accepted, Unset):
            is_portal_invitation_accepted = UNSET
        else:
            is_portal_invitation_accepted = self.is_portal_invitation_accepted

        contact_id = self.contact_id

        customer_name = self.customer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "display_name": display_name,
                "email": email,
                "currency_code": currency_code,
                "unused_credits": unused_credits,
                "outstanding": outstanding,
                "is_gapps_customer": is_gapps_customer,
                "updated_time": updated_time,
                "created_time": created_time,
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
        if department is not UNSET:
            field_dict["department"] = department
        if designation is not UNSET:
            field_dict["designation"] = designation
        if has_attachment is not UNSET:
            field_dict["has_attachment"] = has_attachment
        if status is not UNSET:
            field_dict["status"] = status
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if outstanding_receivable_amount is not UNSET:
            field_dict["outstanding_receivable_amount"] = outstanding_receivable_amount
        if outstanding_receivable_amount_bcy is not UNSET:
            field_dict["outstanding_receivable_amount_bcy"] = outstanding_receivable_amount_bcy
        if unused_credits_receivable_amount_bcy is not UNSET:
            field_dict["unused_credits_receivable_amount_bcy"] = unused_credits_receivable_amount_bcy
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if is_portal_invitation_accepted is not UNSET:
            field_dict["is_portal_invitation_accepted"] = is_portal_invitation_accepted
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        display_name = d.pop("display_name")

        email = d.pop("email")

        currency_code = d.pop("currency_code")

        unused_credits = d.pop("unused_credits")
        if unused_credits.__class__ is not Decimal:
            unused_credits = as_decimal(unused_credits)

        outstanding = d.pop("outstanding")
        if outstanding.__class__ is not Decimal:
            outstanding = as_decimal(outstanding)

        is_gapps_customer = d.pop("is_gapps_customer")

        updated_time = d.pop("updated_time")

        created_time = d.pop("created_time")

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

        website = d.pop("website", UNSET)

        department = d.pop("department", UNSET)

        designation = d.pop("designation", UNSET)

        has_attachment = d.pop("has_attachment", UNSET)

        _status_raw = d.pop("status", UNSET)
        status: CustomerStatus | Unset
        if isinstance(_status_raw, str):
            status = CustomerStatus(_status_raw)
        else:
            status = _status_raw

        currency_symbol = d.pop("currency_symbol", UNSET)

        outstanding_receivable_amount = d.pop("outstanding_receivable_amount", UNSET)
        if outstanding_receivable_amount.__class__ is not Decimal:
            outstanding_receivable_amount = as_decimal(outstanding_receivable_amount)

        outstanding_receivable_amount_bcy = d.pop("outstanding_receivable_amount_bcy", UNSET)
        if outstanding_receivable_amount_bcy.__class__ is not Decimal:
            outstanding_receivable_amount_bcy = as_decimal(outstanding_receivable_amount_bcy)

        unused_credits_receivable_amount_bcy = d.pop("unused_credits_receivable_amount_bcy", UNSET)
        if unused_credits_receivable_amount_bcy.__class__ is not Decimal:
            unused_credits_receivable_amount_bcy = as_decimal(unused_credits_receivable_amount_bcy)

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        created_by = d.pop("created_by", UNSET)

        def _parse_is_portal_invitation_accepted(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_portal_invitation_accepted = _parse_is_portal_invitation_accepted(
            d.pop("is_portal_invitation_accepted", UNSET)
        )

        contact_id = d.pop("contact_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        customer_summary = cls(
            customer_id=customer_id,
            display_name=display_name,
            email=email,
            currency_code=currency_code,
            unused_credits=unused_credits,
            outstanding=outstanding,
            is_gapps_customer=is_gapps_customer,
            updated_time=updated_time,
            created_time=created_time,
            salutation=salutation,
            first_name=first_name,
            last_name=last_name,
            tags=tags,
            company_name=company_name,
            phone=phone,
            mobile=mobile,
            website=website,
            department=department,
            designation=designation,
            has_attachment=has_attachment,
            status=status,
            currency_symbol=currency_symbol,
            outstanding_receivable_amount=outstanding_receivable_amount,
            outstanding_receivable_amount_bcy=outstanding_receivable_amount_bcy,
            unused_credits_receivable_amount_bcy=unused_credits_receivable_amount_bcy,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            created_by=created_by,
            is_portal_invitation_accepted=is_portal_invitation_accepted,
            contact_id=contact_id,
            customer_name=customer_name,
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


from ..models.customer_tag_reference import CustomerTagReference  # noqa: E402
