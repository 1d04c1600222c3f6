from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_mode import InvoicePaymentMode
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="InvoicePaymentApplied")


@_attrs_define
class InvoicePaymentApplied:
    """A payment applied to the invoice (one instalment of it).

    Attributes:
        payment_id (str | Unset): ID of the customer payment.
        payment_mode (InvoicePaymentMode | Unset): How a payment was made.
        invoice_payment_id (str | Unset): ID of this payment's application to the invoice.
        amount_refunded (Decimal | Unset): Amount of the payment refunded (refunds apply to `autotransaction` payments
            only).
        gateway_transaction_id (str | Unset): The payment gateway's ID of the transaction (`autotransaction` payments).
        description (str | Unset): Description of the payment.
        date (datetime.date | Unset): Date of the payment.
        reference_number (str | Unset): Reference number of the payment.
        amount (Decimal | Unset): Amount of the payment applied to the invoice.
        bank_charges (Decimal | Unset): Bank charges of the payment.
        exchange_rate (Decimal | Unset): Exchange rate of the payment.
        autotransaction (InvoiceAutotransaction | Unset): The gateway transaction of an automatic payment
            (`payment_mode` `autotransaction`, or an ACH payment): the gateway, its transaction ID and error, and the card
            or bank account charged.
    """

    payment_id: str | Unset = UNSET
    payment_mode: InvoicePaymentMode | Unset = UNSET
    invoice_payment_id: str | Unset = UNSET
    amount_refunded: Decimal | Unset = UNSET
    gateway_transaction_id: str | Unset = UNSET
    description: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    reference_number: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    bank_charges: Decimal | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    autotransaction: InvoiceAutotransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        payment_mode: str | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = (
                self.payment_mode.value if isinstance(self.payment_mode, InvoicePaymentMode) else self.payment_mode
            )

        invoice_payment_id = self.invoice_payment_id

        amount_refunded = self.amount_refunded

        gateway_transaction_id = self.gateway_transaction_id

        description = self.description

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        reference_number = self.reference_number

        amount = self.amount

        bank_charges = self.bank_charges

        exchange_rate = self.exchange_rate

        autotransaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autotransaction, Unset):
            autotransaction = (
                self.autotransaction.to_dict()
                if isinstance(self.autotransaction, InvoiceAutotransaction)
                else self.autotransaction
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if invoice_payment_id is not UNSET:
            field_dict["invoice_payment_id"] = invoice_payment_id
        if amount_refunded is not UNSET:
            field_dict["amount_refunded"] = amount_refunded
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
        if bank_charges is not UNSET:
            field_dict["bank_charges"] = bank_charges
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if autotransaction is not UNSET:
            field_dict["autotransaction"] = autotransaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id = d.pop("payment_id", UNSET)

        _payment_mode_raw = d.pop("payment_mode", UNSET)
        payment_mode: InvoicePaymentMode | Unset
        if isinstance(_payment_mode_raw, str):
            payment_mode = InvoicePaymentMode(_payment_mode_raw)
        else:
            payment_mode = _payment_mode_raw

        invoice_payment_id = d.pop("invoice_payment_id", UNSET)

        amount_refunded = d.pop("amount_refunded", UNSET)
        if amount_refunded.__class__ is not Decimal:
            amount_refunded = as_decimal(amount_refunded)

        gateway_transaction_id = d.pop("gateway_transaction_id", UNSET)

        description = d.pop("description", UNSET)

        date = as_date(d.pop("date", UNSET))

        reference_number = d.pop("reference_number", UNSET)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        bank_charges = d.pop("bank_charges", UNSET)
        if bank_charges.__class__ is not Decimal:
            bank_charges = as_decimal(bank_charges)

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        _autotransaction_raw = d.pop("autotransaction", UNSET)
        autotransaction: InvoiceAutotransaction | Unset
        if isinstance(_autotransaction_raw, dict):
            autotransaction = InvoiceAutotransaction.from_dict(_autotransaction_raw)
        else:
            autotransaction = _autotransaction_raw

        invoice_payment_applied = cls(
            payment_id=payment_id,
            payment_mode=payment_mode,
            invoice_payment_id=invoice_payment_id,
            amount_refunded=amount_refunded,
            gateway_transaction_id=gateway_transaction_id,
            description=description,
            date=date,
            reference_number=reference_number,
            amount=amount,
            bank_charges=bank_charges,
            exchange_rate=exchange_rate,
            autotransaction=autotransaction,
        )

        invoice_payment_applied.additional_properties = d
        return invoice_payment_applied

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


from ..models.invoice_autotransaction import InvoiceAutotransaction  # noqa: E402
