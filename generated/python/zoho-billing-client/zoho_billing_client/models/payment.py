from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_mode import PaymentMode
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """A payment as Zoho returns it from create, retrieve and update. `payment_id`, `customer_id`, `payment_mode`, `amount`
    and `date` are always present: Zoho sets the ID and the date (today when none is sent) and requires the others on
    create (errata `required-response-fields`). The other fields may be absent.

        Attributes:
            payment_id (str): Unique ID Zoho assigns to the payment: a string of digits, with the same pattern as the
                `payment_id` path parameter.
            payment_mode (PaymentMode): How the customer paid.
            amount (Decimal): Amount received, in the customer's currency. Exact decimal (Zoho declares a double; money is
                never a binary float here).
            date (datetime.date): Date the payment was made, `yyyy-mm-dd`.
            customer_id (str): ID of the customer who paid.
            amount_refunded (Decimal | Unset): Part of the payment refunded so far. Zoho refunds only payments whose mode is
                `autotransaction`, to the card they were charged to.
            bank_charges (Decimal | Unset): Bank charges deducted for the payment, if any.
            status (PaymentStatus | Unset): Whether the payment went through.
            reference_number (str | Unset): Reference of the payment: one Zoho generates, or any text of your choice (a
                cheque number, a bank transfer reference).
            description (str | Unset): Free text about the payment.
            customer_name (str | Unset): Name of the customer who paid.
            email (str | Unset): Email address of the customer who paid.
            autotransaction (PaymentAutotransaction | Unset): The gateway charge behind a payment whose mode is
                `autotransaction` (a charge of a stored card or bank account); absent for other modes.
            invoices (list[PaymentInvoice] | Unset): The invoices the payment is applied to, with the amount applied to
                each.
            currency_code (str | Unset): ISO code of the currency the payment was made in, such as `USD`.
            currency_symbol (str | Unset): Symbol of the customer's currency, such as `$`.
            custom_fields (list[PaymentCustomField] | Unset): Values of the organization's custom fields for payments.
    """

    payment_id: str
    payment_mode: PaymentMode
    amount: Decimal
    date: datetime.date
    customer_id: str
    amount_refunded: Decimal | Unset = UNSET
    bank_charges: Decimal | Unset = UNSET
    status: PaymentStatus | Unset = UNSET
    reference_number: str | Unset = UNSET
    description: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    email: str | Unset = UNSET
    autotransaction: PaymentAutotransaction | Unset = UNSET
    invoices: list[PaymentInvoice] | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    custom_fields: list[PaymentCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        payment_mode = self.payment_mode.value if isinstance(self.payment_mode, PaymentMode) else self.payment_mode

        amount = self.amount

        date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        customer_id = self.customer_id

        amount_refunded = self.amount_refunded

        bank_charges = self.bank_charges

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value if isinstance(self.status, PaymentStatus) else self.status

        reference_number = self.reference_number

        description = self.description

        customer_name = self.customer_name

        email = self.email

        autotransaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autotransaction, Unset):
            autotransaction = (
                self.autotransaction.to_dict()
                if isinstance(self.autotransaction, PaymentAutotransaction)
                else self.autotransaction
            )

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            if isinstance(self.invoices, list):
                invoices = []
                for invoices_item_data in self.invoices:
                    invoices_item = (
                        invoices_item_data.to_dict()
                        if isinstance(invoices_item_data, PaymentInvoice)
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
                        if isinstance(custom_fields_item_data, PaymentCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_id": payment_id,
                "payment_mode": payment_mode,
                "amount": amount,
                "date": date,
                "customer_id": customer_id,
            }
        )
        if amount_refunded is not UNSET:
            field_dict["amount_refunded"] = amount_refunded
        if bank_charges is not UNSET:
            field_dict["bank_charges"] = bank_charges
        if status is not UNSET:
            field_dict["status"] = status
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if description is not UNSET:
            field_dict["description"] = description
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id = d.pop("payment_id")

        _payment_mode_raw = d.pop("payment_mode")
        payment_mode: PaymentMode
        if isinstance(_payment_mode_raw, str):
            payment_mode = PaymentMode(_payment_mode_raw)
        else:
            payment_mode = _payment_mode_raw

        amount = d.pop("amount")
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        date = as_date(d.pop("date"))

        customer_id = d.pop("customer_id")

        amount_refunded = d.pop("amount_refunded", UNSET)
        if amount_refunded.__class__ is not Decimal:
            amount_refunded = as_decimal(amount_refunded)

        bank_charges = d.pop("bank_charges", UNSET)
        if bank_charges.__class__ is not Decimal:
            bank_charges = as_decimal(bank_charges)

        _status_raw = d.pop("status", UNSET)
        status: PaymentStatus | Unset
        if isinstance(_status_raw, str):
            status = PaymentStatus(_status_raw)
        else:
            status = _status_raw

        reference_number = d.pop("reference_number", UNSET)

        description = d.pop("description", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        email = d.pop("email", UNSET)

        _autotransaction_raw = d.pop("autotransaction", UNSET)
        autotransaction: PaymentAutotransaction | Unset
        if isinstance(_autotransaction_raw, dict):
            autotransaction = PaymentAutotransaction.from_dict(_autotransaction_raw)
        else:
            autotransaction = _autotransaction_raw

        _invoices = d.pop("invoices", UNSET)
        invoices: list[PaymentInvoice] | Unset
        if isinstance(_invoices, list):
            invoices = []
            for invoices_item_data in _invoices:
                _invoices_item_raw = invoices_item_data
                invoices_item: PaymentInvoice
                if isinstance(_invoices_item_raw, dict):
                    invoices_item = PaymentInvoice.from_dict(_invoices_item_raw)
                else:
                    invoices_item = _invoices_item_raw

                invoices.append(invoices_item)
        else:
            invoices = _invoices

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[PaymentCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: PaymentCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = PaymentCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        payment = cls(
            payment_id=payment_id,
            payment_mode=payment_mode,
            amount=amount,
            date=date,
            customer_id=customer_id,
            amount_refunded=amount_refunded,
            bank_charges=bank_charges,
            status=status,
            reference_number=reference_number,
            description=description,
            customer_name=customer_name,
            email=email,
            autotransaction=autotransaction,
            invoices=invoices,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
            custom_fields=custom_fields,
        )

        payment.additional_properties = d
        return payment

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


from ..models.payment_autotransaction import PaymentAutotransaction  # noqa: E402
from ..models.payment_custom_field import PaymentCustomField  # noqa: E402
from ..models.payment_invoice import PaymentInvoice  # noqa: E402
