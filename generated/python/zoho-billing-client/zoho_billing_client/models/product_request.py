from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductRequest")


@_attrs_define
class ProductRequest:
    """Body of "create a product" and "update a product" (Zoho documents the same fields for both). `name` is required on
    both.

        Attributes:
            name (str): Name of the product as the Zoho Billing interface and the hosted pages show it. Zoho gives no length
                limit.
            description (str | Unset): A short text about the product.
            email_ids (str | Unset): Addresses that receive the notifications about this product, several separated by
                commas (one string, not an array).
            redirect_url (str | Unset): Where a customer is sent after subscribing to the product through a hosted page.
                Recorded responses show an empty string when none is set.
    """

    name: str
    description: str | Unset = UNSET
    email_ids: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        email_ids = self.email_ids

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if email_ids is not UNSET:
            field_dict["email_ids"] = email_ids
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        email_ids = d.pop("email_ids", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        product_request = cls(
            name=name,
            description=description,
            email_ids=email_ids,
            redirect_url=redirect_url,
        )

        product_request.additional_properties = d
        return product_request

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
