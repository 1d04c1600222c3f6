from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_mode import InvoicePaymentMode
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="InvoiceChargePayment")


@_attrs_define
class InvoiceChargePayment:
    """The customer payment a collected charge recorded, as the collect-charge response documents it (the Payments module's
    record, in the fields this operation lists).

        Attributes:
            payment_id (str): ID of the payment.
            payment_mode (InvoicePaymentMode | Unset): How a payment was made.
            amount (Decimal | Unset): Amount charged.
            amount_refunded (Decimal | Unset): Amount of it refunded.
            bank_charges (Decimal | Unset): Bank charges of the payment.
            date (datetime.date | Unset): Date of the payment.
            status (str | Unset): Status of the payment. Zoho's file refers here to the invoice status description; the
                values a payment takes are not documented on this page.
            reference_number (str | Unset): Reference number of the payment.
            due_date (datetime.date | Unset): Due date of the invoice paid.
            amount_due (Decimal | Unset): Balance still due on the invoice.
            description (str | Unset): Description of the payment.
            customer_id (str | Unset): ID of the customer who paid.
            customer_name (str | Unset): Name of the customer.
            email (str | Unset): Email address of the customer.
            autotransaction (InvoiceAutotransaction | Unset): The gateway transaction of an automatic payment
                (`payment_mode` `autotransaction`, or an ACH payment): the gateway, its transaction ID and error, and the card
                or bank account charged.
            invoices (list[InvoiceChargeApplication] | Unset): The invoices the payment was applied to.
            currency_code (str | Unset): ISO 4217 code of the payment's currency.
            currency_symbol (str | Unset): Symbol of the payment's currency.
            custom_fields (list[InvoiceCustomField] | Unset): Custom field values of the payment.
            created_time (str | Unset): When the payment was recorded.
            updated_time (str | Unset): When the payment was last changed.
    """

    payment_id: str
    payment_mode: InvoicePaymentMode | Unset = UNSET
    amount: Decimal | Unset = UNSET
    amount_refunded: Decimal | Unset = UNSET
    bank_charges: Decimal | Unset = UNSET
    date: datetime.date | Unset = UNSET
    status: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    amount_due: Decimal | Unset = UNSET
    description: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    email: str | Unset = UNSET
    autotransaction: InvoiceAutotransaction | Unset = UNSET
    invoices: list[InvoiceChargeApplication] | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    custom_fields: list[InvoiceCustomField] | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        payment_mode: str | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = (
                self.payment_mode.value if isinstance(self.payment_mode, InvoicePaymentMode) else self.payment_mode
            )

        amount = self.amount

        amount_refunded = self.amount_refunded

        bank_charges = self.bank_charges

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        status = self.status

        reference_number = self.reference_number

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat() if isinstance(self.due_date, datetime.date) else self.due_date

        amount_due = self.amount_due

        description = self.description

        customer_id = self.customer_id

        customer_name = self.customer_name

        email = self.email

        autotransaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autotransaction, Unset):
            autotransaction = (
                self.autotransaction.to_dict()
                if isinstance(self.autotransaction, InvoiceAutotransaction)
                else self.autotransaction
            )

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            if isinstance(self.invoices, list):
                invoices = []
                for invoices_item_data in self.invoices:
                    invoices_item = (
                        invoices_item_data.to_dict()
                        if isinstance(invoices_item_data, InvoiceChargeApplication)
                        else invoices_item_data
                    )
                    invoices.append(invoices_item)
            else:
                invoices = self.invoices

        currency_code = self.currency_code

        currency_symbol = self.currency_symbol

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, InvoiceCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_id": payment_id,
            }
        )
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_refunded is not UNSET:
            field_dict["amount_refunded"] = amount_refunded
        if bank_charges is not UNSET:
            field_dict["bank_charges"] = bank_charges
        if date is not UNSET:
            field_dict["date"] = date
        if status is not UNSET:
            field_dict["status"] = status
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if description is not UNSET:
            field_dict["description"] = description
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if email is not UNSET:
            field_dict["email"] = email
        if autotransaction is not UNSET:
            field_dict["autotransaction"] = autotransaction
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id = d.pop("payment_id")

        _payment_mode_raw = d.pop("payment_mode", UNSET)
        payment_mode: InvoicePaymentMode | Unset
        if isinstance(_payment_mode_raw, str):
            payment_mode = InvoicePaymentMode(_payment_mode_raw)
        else:
            payment_mode = _payment_mode_raw

        amount = d.pop("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        amount_refunded = d.pop("amount_refunded", UNSET)
        if amount_refunded.__class__ is not Decimal:
            amount_refunded = as_decimal(amount_refunded)

        bank_charges = d.pop("bank_charges", UNSET)
        if bank_charges.__class__ is not Decimal:
            bank_charges = as_decimal(bank_charges)

        date = as_date(d.pop("date", UNSET))

        status = d.pop("status", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        due_date = as_date(d.pop("due_date", UNSET))

        amount_due = d.pop("amount_due", UNSET)
        if amount_due.__class__ is not Decimal:
            amount_due = as_decimal(amount_due)

        description = d.pop("description", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        email = d.pop("email", UNSET)

        _autotransaction_raw = d.pop("autotransaction", UNSET)
        autotransaction: InvoiceAutotransaction | Unset
        if isinstance(_autotransaction_raw, dict):
            autotransaction = InvoiceAutotransaction.from_dict(_autotransaction_raw)
        else:
            autotransaction = _autotransaction_raw

        _invoices = d.pop("invoices", UNSET)
        invoices: list[InvoiceChargeApplication] | Unset
        if isinstance(_invoices, list):
            invoices = []
            for invoices_item_data in _invoices:
                _invoices_item_raw = invoices_item_data
                invoices_item: InvoiceChargeApplication
                if isinstance(_invoices_item_raw, dict):
                    invoices_item = InvoiceChargeApplication.from_dict(_invoices_item_raw)
                else:
                    invoices_item = _invoices_item_raw

                invoices.append(invoices_item)
        else:
            invoices = _invoices

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[InvoiceCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: InvoiceCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = InvoiceCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        invoice_charge_payment = cls(
            payment_id=payment_id,
            payment_mode=payment_mode,
            amount=amount,
            amount_refunded=amount_refunded,
            bank_charges=bank_charges,
            date=date,
            status=status,
            reference_number=reference_number,
            due_date=due_date,
            amount_due=amount_due,
            description=description,
            customer_id=customer_id,
            customer_name=customer_name,
            email=email,
            autotransaction=autotransaction,
            invoices=invoices,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
            custom_fields=custom_fields,
            created_time=created_time,
            updated_time=updated_time,
        )

        invoice_charge_payment.additional_properties = d
        return invoice_charge_payment

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
from ..models.invoice_charge_application import InvoiceChargeApplication  # noqa: E402
from ..models.invoice_custom_field import InvoiceCustomField  # noqa: E402
