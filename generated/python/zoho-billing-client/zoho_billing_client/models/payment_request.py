from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_mode import PaymentMode
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="PaymentRequest")


@_attrs_define
class PaymentRequest:
    """Body of "create a payment" and "update a payment" (Zoho documents the same fields for both). `customer_id`,
    `payment_mode` and `amount` are required on create. The sum of the `amount_applied` of `invoices` cannot exceed
    `amount`; what is not applied stays with the customer as excess payment (inferred from Zoho's accounting; not stated
    on the Billing page).

        Attributes:
            customer_id (str): ID of the customer who paid.
            payment_mode (PaymentMode): How the customer paid.
            amount (Decimal): Amount received, in the customer's currency. Exact decimal (Zoho declares a double; money is
                never a binary float here).
            date (datetime.date | Unset): Date the payment was made, `yyyy-mm-dd`.
            reference_number (str | Unset): Reference of the payment: one Zoho generates, or any text of your choice (a
                cheque number, a bank transfer reference).
            description (str | Unset): Free text about the payment.
            invoices (list[PaymentInvoiceApplication] | Unset): The invoices to apply the payment to, each with the amount
                applied.
            exchange_rate (Decimal | Unset): Rate from the customer's currency to the organization's base currency; Zoho
                takes 1 when it is not sent (its documented default).
            bank_charges (Decimal | Unset): Bank charges deducted for the payment, if any.
            tax_account_id (str | Unset): ID of the account used for tax withheld on the payment.
            account_id (str | Unset): ID of the account (such as a bank or cash account) the payment is deposited to.
            custom_fields (list[PaymentCustomFieldValue] | Unset): Custom field values to set.
    """

    customer_id: str
    payment_mode: PaymentMode
    amount: Decimal
    date: datetime.date | Unset = UNSET
    reference_number: str | Unset = UNSET
    description: str | Unset = UNSET
    invoices: list[PaymentInvoiceApplication] | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    bank_charges: Decimal | Unset = UNSET
    tax_account_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    custom_fields: list[PaymentCustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        payment_mode = self.payment_mode.value if isinstance(self.payment_mode, PaymentMode) else self.payment_mode

        amount = self.amount

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        reference_number = self.reference_number

        description = self.description

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            if isinstance(self.invoices, list):
                invoices = []
                for invoices_item_data in self.invoices:
                    invoices_item = (
                        invoices_item_data.to_dict()
                        if isinstance(invoices_item_data, PaymentInvoiceApplication)
                        else invoices_item_data
                    )
                    invoices.append(invoices_item)
            else:
                invoices = self.invoices

        exchange_rate = self.exchange_rate

        bank_charges = self.bank_charges

        tax_account_id = self.tax_account_id

        account_id = self.account_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, PaymentCustomFieldValue)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "payment_mode": payment_mode,
                "amount": amount,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if description is not UNSET:
            field_dict["description"] = description
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if bank_charges is not UNSET:
            field_dict["bank_charges"] = bank_charges
        if tax_account_id is not UNSET:
            field_dict["tax_account_id"] = tax_account_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        _payment_mode_raw = d.pop("payment_mode")
        payment_mode: PaymentMode
        if isinstance(_payment_mode_raw, str):
            payment_mode = PaymentMode(_payment_mode_raw)
        else:
            payment_mode = _payment_mode_raw

        amount = d.pop("amount")
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        date = as_date(d.pop("date", UNSET))

        reference_number = d.pop("reference_number", UNSET)

        description = d.pop("description", UNSET)

        _invoices = d.pop("invoices", UNSET)
        invoices: list[PaymentInvoiceApplication] | Unset
        if isinstance(_invoices, list):
            invoices = []
            for invoices_item_data in _invoices:
                _invoices_item_raw = invoices_item_data
                invoices_item: PaymentInvoiceApplication
                if isinstance(_invoices_item_raw, dict):
                    invoices_item = PaymentInvoiceApplication.from_dict(_invoices_item_raw)
                else:
                    invoices_item = _invoices_item_raw

                invoices.append(invoices_item)
        else:
            invoices = _invoices

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        bank_charges = d.pop("bank_charges", UNSET)
        if bank_charges.__class__ is not Decimal:
            bank_charges = as_decimal(bank_charges)

        tax_account_id = d.pop("tax_account_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[PaymentCustomFieldValue] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: PaymentCustomFieldValue
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = PaymentCustomFieldValue.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        payment_request = cls(
            customer_id=customer_id,
            payment_mode=payment_mode,
            amount=amount,
            date=date,
            reference_number=reference_number,
            description=description,
            invoices=invoices,
            exchange_rate=exchange_rate,
            bank_charges=bank_charges,
            tax_account_id=tax_account_id,
            account_id=account_id,
            custom_fields=custom_fields,
        )

        payment_request.additional_properties = d
        return payment_request

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


from ..models.payment_custom_field_value import PaymentCustomFieldValue  # noqa: E402
from ..models.payment_invoice_application import PaymentInvoiceApplication  # noqa: E402
