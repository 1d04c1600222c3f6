from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceAddressResponse")


@_attrs_define
class InvoiceAddressResponse:
    """Success envelope of "update address", holding the invoice's addresses.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `Invoice address updated`.
        invoice_address (InvoiceAddresses): The billing and shipping addresses of an invoice.
    """

    code: Literal[0]
    message: str
    invoice_address: InvoiceAddresses
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        invoice_address = (
            self.invoice_address.to_dict()
            if isinstance(self.invoice_address, InvoiceAddresses)
            else self.invoice_address
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "invoice_address": invoice_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _invoice_address_raw = d.pop("invoice_address")
        invoice_address: InvoiceAddresses
        if isinstance(_invoice_address_raw, dict):
            invoice_address = InvoiceAddresses.from_dict(_invoice_address_raw)
        else:
            invoice_address = _invoice_address_raw

        invoice_address_response = cls(
            code=code,
            message=message,
            invoice_address=invoice_address,
        )

        invoice_address_response.additional_properties = d
        return invoice_address_response

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


from ..models.invoice_addresses import InvoiceAddresses  # noqa: E402
