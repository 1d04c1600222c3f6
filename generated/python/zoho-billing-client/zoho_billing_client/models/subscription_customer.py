from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCustomer")


@_attrs_define
class SubscriptionCustomer:
    """The customer a subscription bills, as the subscription shows it.

    Attributes:
        customer_id (str | Unset): Unique ID Zoho assigns to the customer: a string of digits, with the same pattern as
            the `customer_id` path parameter, so a value read here can be sent back there.
        display_name (str | Unset): Name shown for the customer in Zoho Billing and on its documents.
        salutation (str | Unset): Form of address, such as "Mr.".
        first_name (str | Unset): Given name of the customer's primary contact.
        last_name (str | Unset): Family name of the customer's primary contact.
        email (str | Unset): Email address of the customer.
        company_name (str | Unset): Registered name of the customer's company.
        billing_address (Address | Unset): A postal address of a customer (billing or shipping).
        shipping_address (Address | Unset): A postal address of a customer (billing or shipping).
        payment_terms (int | Unset): Days after the invoice date by which invoices of the subscription are due (0 - due
            on receipt).
        payment_terms_label (str | Unset): Label of the payment terms, such as `Due On Receipt`.
    """

    customer_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        display_name = self.display_name

        salutation = self.salutation

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

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
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

        salutation = d.pop("salutation", UNSET)

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

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        subscription_customer = cls(
            customer_id=customer_id,
            display_name=display_name,
            salutation=salutation,
            first_name=first_name,
            last_name=last_name,
            email=email,
            company_name=company_name,
            billing_address=billing_address,
            shipping_address=shipping_address,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
        )

        subscription_customer.additional_properties = d
        return subscription_customer

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
