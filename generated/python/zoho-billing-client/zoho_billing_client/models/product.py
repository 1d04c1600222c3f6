from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """A product as Zoho returns it from every product operation (the list returns the same fields). `product_id`, `name`
    and `status` are always present: Zoho's example and every recorded response carry them, Zoho sets the ID and the
    status itself, and the name is required on create and update. The other fields may be absent.

        Attributes:
            product_id (str): Unique ID Zoho assigns to the product: a string of digits, with the same pattern as the
                `product_id` path parameter, so a value read here can be sent back there.
            name (str): Name of the product as the Zoho Billing interface and the hosted pages show it. Zoho gives no length
                limit.
            status (ProductStatus): Whether plans and addons of the product can be sold in new subscriptions.
            description (str | Unset): A short text about the product.
            email_ids (str | Unset): Addresses that receive the notifications about this product, several separated by
                commas (one string, not an array).
            redirect_url (str | Unset): Where a customer is sent after subscribing to the product through a hosted page.
                Recorded responses show an empty string when none is set.
            created_time (str | Unset): When the product was created, in Zoho's timestamp form.
            updated_time (str | Unset): When the product was last changed, in Zoho's timestamp form.
    """

    product_id: str
    name: str
    status: ProductStatus
    description: str | Unset = UNSET
    email_ids: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        name = self.name

        status = self.status.value if isinstance(self.status, ProductStatus) else self.status

        description = self.description

        email_ids = self.email_ids

        redirect_url = self.redirect_url

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "name": name,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if email_ids is not UNSET:
            field_dict["email_ids"] = email_ids
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        name = d.pop("name")

        _status_raw = d.pop("status")
        status: ProductStatus
        if isinstance(_status_raw, str):
            status = ProductStatus(_status_raw)
        else:
            status = _status_raw

        description = d.pop("description", UNSET)

        email_ids = d.pop("email_ids", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        product = cls(
            product_id=product_id,
            name=name,
            status=status,
            description=description,
            email_ids=email_ids,
            redirect_url=redirect_url,
            created_time=created_time,
            updated_time=updated_time,
        )

        product.additional_properties = d
        return product

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
