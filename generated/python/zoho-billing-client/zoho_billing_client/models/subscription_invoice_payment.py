from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_payment_mode import SubscriptionPaymentMode
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionInvoicePayment")


@_attrs_define
class SubscriptionInvoicePayment:
    """A payment applied to an invoice.

    Attributes:
        payment_id (str | Unset): ID of the payment.
        payment_mode (SubscriptionPaymentMode | Unset): How a payment was made.
        invoice_payment_id (str | Unset): ID of this payment's share of the invoice.
        gateway_transaction_id (str | Unset): Transaction ID from the gateway, for an automatic (`autotransaction`)
            payment.
        description (str | Unset): Description of the payment.
        date (str | Unset): Date of the payment.
        reference_number (str | Unset): Reference number of the payment.
        amount (Decimal | Unset): Amount of the payment applied.
        exchange_rate (Decimal | Unset): Rate from the organization's base currency to the customer's currency; the
            subscription's prices are the catalogue prices multiplied by it.
    """

    payment_id: str | Unset = UNSET
    payment_mode: SubscriptionPaymentMode | Unset = UNSET
    invoice_payment_id: str | Unset = UNSET
    gateway_transaction_id: str | Unset = UNSET
    description: str | Unset = UNSET
    date: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        payment_mode: str | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = (
                self.payment_mode.value if isinstance(self.payment_mode, SubscriptionPaymentMode) else self.payment_mode
            )

        invoice_payment_id = self.invoice_payment_id

        gateway_transaction_id = self.gateway_transaction_id

        description = self.description

        date = self.date

        reference_number = self.reference_number

        amount = self.amount

        exchange_rate = self.exchange_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if invoice_payment_id is not UNSET:
            field_dict["invoice_payment_id"] = invoice_payment_id
        if gateway_transaction_id is not UNSET:
            field_dict["gateway_transaction_id"] = gateway_transaction_id
        if description is not UNSET:
            field_dict["description"] = description
        if date is not UNSET:
            field_dict["date"] = date
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if amount is not UNSET:
            field_dict["amount"] = amount
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id = d.pop("payment_id", UNSET)

        _payment_mode_raw = d.pop("payment_mode", UNSET)
        payment_mode: SubscriptionPaymentMode | Unset
        if isinstance(_payment_mode_raw, str):
            payment_mode = SubscriptionPaymentMode(_payment_mode_raw)
        else:
            payment_mode = _payment_mode_raw

        invoice_payment_id = d.pop("invoice_payment_id", UNSET)

        gateway_transaction_id = d.pop("gateway_transaction_id", UNSET)

        description = d.pop("description", UNSET)

        date = d.pop("date", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        subscription_invoice_payment = cls(
            payment_id=payment_id,
            payment_mode=payment_mode,
            invoice_payment_id=invoice_payment_id,
            gateway_transaction_id=gateway_transaction_id,
            description=description,
            date=date,
            reference_number=reference_number,
            amount=amount,
            exchange_rate=exchange_rate,
        )

        subscription_invoice_payment.additional_properties = d
        return subscription_invoice_payment

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
