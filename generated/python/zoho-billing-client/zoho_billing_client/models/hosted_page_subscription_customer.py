from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageSubscriptionCustomer")


@_attrs_define
class HostedPageSubscriptionCustomer:
    """The customer of a subscription produced by a hosted page, in the short form Zoho documents there.

    Attributes:
        customer_id (str | Unset): ID of the customer. Untyped in Zoho's file (errata `untyped-inline-properties`).
        display_name (str | Unset): Name shown for the customer.
        first_name (str | Unset): Given name of the customer's primary contact.
        last_name (str | Unset): Family name of the customer's primary contact.
        email (str | Unset): Email address of the customer's primary contact.
        company_name (str | Unset): Registered name of the business the customer represents.
        billing_address (Address | Unset): A postal address of a customer (billing or shipping).
        shipping_address (Address | Unset): A postal address of a customer (billing or shipping).
        is_taxable (bool | Unset): True when the customer's transactions are taxed. Zoho declares a string and shows
            `true` (errata `flags-as-booleans`).
        tax_authority_name (str | Unset): Name of the tax authority of the customer's location.
        tax_exemption_id (str | Unset): ID of the tax exemption to apply instead of a tax.
        payment_terms (int | Unset): Payment term of the customer's invoices, in days.
        payment_terms_label (str | Unset): Label of the payment term.
    """

    customer_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    tax_authority_name: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        display_name = self.display_name

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

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

        is_taxable = self.is_taxable

        tax_authority_name = self.tax_authority_name

        tax_exemption_id = self.tax_exemption_id

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if tax_authority_name is not UNSET:
            field_dict["tax_authority_name"] = tax_authority_name
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id", UNSET)

        display_name = d.pop("display_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

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

        is_taxable = d.pop("is_taxable", UNSET)

        tax_authority_name = d.pop("tax_authority_name", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        hosted_page_subscription_customer = cls(
            customer_id=customer_id,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            company_name=company_name,
            billing_address=billing_address,
            shipping_address=shipping_address,
            is_taxable=is_taxable,
            tax_authority_name=tax_authority_name,
            tax_exemption_id=tax_exemption_id,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
        )

        hosted_page_subscription_customer.additional_properties = d
        return hosted_page_subscription_customer

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
