from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceAddresses")


@_attrs_define
class InvoiceAddresses:
    """The billing and shipping addresses of an invoice.

    Attributes:
        billing_address (InvoiceAddress | Unset): A billing or shipping address printed on the invoice.
        shipping_address (InvoiceAddress | Unset): A billing or shipping address printed on the invoice.
    """

    billing_address: InvoiceAddress | Unset = UNSET
    shipping_address: InvoiceAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = (
                self.billing_address.to_dict()
                if isinstance(self.billing_address, InvoiceAddress)
                else self.billing_address
            )

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = (
                self.shipping_address.to_dict()
                if isinstance(self.shipping_address, InvoiceAddress)
                else self.shipping_address
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _billing_address_raw = d.pop("billing_address", UNSET)
        billing_address: InvoiceAddress | Unset
        if isinstance(_billing_address_raw, dict):
            billing_address = InvoiceAddress.from_dict(_billing_address_raw)
        else:
            billing_address = _billing_address_raw

        _shipping_address_raw = d.pop("shipping_address", UNSET)
        shipping_address: InvoiceAddress | Unset
        if isinstance(_shipping_address_raw, dict):
            shipping_address = InvoiceAddress.from_dict(_shipping_address_raw)
        else:
            shipping_address = _shipping_address_raw

        invoice_addresses = cls(
            billing_address=billing_address,
            shipping_address=shipping_address,
        )

        invoice_addresses.additional_properties = d
        return invoice_addresses

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


from ..models.invoice_address import InvoiceAddress  # noqa: E402
