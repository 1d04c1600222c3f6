from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerResponse")


@_attrs_define
class CustomerResponse:
    """Success envelope holding one customer.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        customer (Customer): A customer as Zoho returns it from create, retrieve, update and the CRM-reference lookup.
            The operations return different subsets of these fields (see each operation). The required ones are those that
            every published example and every recorded live response carries and that Zoho sets itself or requires on create
            (see errata `required-response-fields`); the others may be absent. Fields sent on create or update but never
            returned (VAT treatment, taxability and exemption) are in the request schemas only. Fields marked `x-zoho-
            observed` are not in Zoho's documentation but were seen in recorded responses.
    """

    code: Literal[0]
    message: str
    customer: Customer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        customer = self.customer.to_dict() if isinstance(self.customer, Customer) else self.customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _customer_raw = d.pop("customer")
        customer: Customer
        if isinstance(_customer_raw, dict):
            customer = Customer.from_dict(_customer_raw)
        else:
            customer = _customer_raw

        customer_response = cls(
            code=code,
            message=message,
            customer=customer,
        )

        customer_response.additional_properties = d
        return customer_response

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


from ..models.customer import Customer  # noqa: E402
