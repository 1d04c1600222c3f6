from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_gateway_name import InvoiceGatewayName
from ..models.invoice_paypal_method import InvoicePaypalMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentGateway")


@_attrs_define
class InvoicePaymentGateway:
    """An online payment gateway offered on the invoice.

    Attributes:
        configured (bool | Unset): True when the gateway is set up for the organization.
        additional_field1 (InvoicePaypalMethod | Unset): The PayPal payment method (the gateway's `additional_field1`).
        gateway_name (InvoiceGatewayName | Unset): A payment gateway Zoho supports on invoices.
    """

    configured: bool | Unset = UNSET
    additional_field1: InvoicePaypalMethod | Unset = UNSET
    gateway_name: InvoiceGatewayName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configured = self.configured

        additional_field1: str | Unset = UNSET
        if not isinstance(self.additional_field1, Unset):
            additional_field1 = (
                self.additional_field1.value
                if isinstance(self.additional_field1, InvoicePaypalMethod)
                else self.additional_field1
            )

        gateway_name: str | Unset = UNSET
        if not isinstance(self.gateway_name, Unset):
            gateway_name = (
                self.gateway_name.value if isinstance(self.gateway_name, InvoiceGatewayName) else self.gateway_name
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configured is not UNSET:
            field_dict["configured"] = configured
        if additional_field1 is not UNSET:
            field_dict["additional_field1"] = additional_field1
        if gateway_name is not UNSET:
            field_dict["gateway_name"] = gateway_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configured = d.pop("configured", UNSET)

        _additional_field1_raw = d.pop("additional_field1", UNSET)
        additional_field1: InvoicePaypalMethod | Unset
        if isinstance(_additional_field1_raw, str):
            additional_field1 = InvoicePaypalMethod(_additional_field1_raw)
        else:
            additional_field1 = _additional_field1_raw

        _gateway_name_raw = d.pop("gateway_name", UNSET)
        gateway_name: InvoiceGatewayName | Unset
        if isinstance(_gateway_name_raw, str):
            gateway_name = InvoiceGatewayName(_gateway_name_raw)
        else:
            gateway_name = _gateway_name_raw

        invoice_payment_gateway = cls(
            configured=configured,
            additional_field1=additional_field1,
            gateway_name=gateway_name,
        )

        invoice_payment_gateway.additional_properties = d
        return invoice_payment_gateway

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
