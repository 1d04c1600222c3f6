from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionInvoice")


@_attrs_define
class SubscriptionInvoice:
    """The invoice issued for a one-time addon or a one-time charge of a subscription, as the Subscriptions page documents
    it (the full invoice is the Invoices module's).

        Attributes:
            invoice_id (str | Unset): ID of the invoice.
            number (str | Unset): Number of the invoice, such as `INV-384`.
            status (str | Unset): Status of the invoice (the Invoices module lists its values; this page's example shows
                `live`).
            invoice_date (str | Unset): Date of the invoice.
            due_date (str | Unset): Date the payment is due.
            payment_expected_date (str | Unset): Date the payment is expected; Zoho's example writes it `10-05-2016`, not
                `yyyy-mm-dd`.
            ach_payment_initiated (bool | Unset): True when an ACH payment was started for the invoice.
            invoice_items (list[SubscriptionInvoiceItem] | Unset): Lines of the invoice.
            transaction_type (str | Unset): Kind of transaction, `invoice`.
            customer_id (str | Unset): ID of the customer billed.
            customer_name (str | Unset): Name of the customer billed.
            email (str | Unset): Email address of the customer.
            total (Decimal | Unset): Total of the invoice.
            payment_made (Decimal | Unset): Amount paid so far.
            balance (Decimal | Unset): Amount still unpaid.
            credits_applied (Decimal | Unset): Credits applied to the invoice.
            write_off_amount (Decimal | Unset): Amount written off.
            coupons (list[SubscriptionInvoiceCoupon] | Unset): Coupons applied to the invoice.
            credits_ (list[SubscriptionInvoiceCredit] | Unset): Credit notes applied to the invoice.
            taxes (list[SubscriptionTax] | Unset): Taxes of the invoice.
            custom_fields (list[SubscriptionCustomField] | Unset): Custom field values of the invoice.
            salesperson_id (str | Unset): ID of the salesperson.
            salesperson_name (str | Unset): Name of the salesperson.
            payments (list[SubscriptionInvoicePayment] | Unset): Payments applied to the invoice.
            currency_code (str | Unset): ISO 4217 code of the subscription's currency, such as `USD`.
            currency_symbol (str | Unset): Symbol of the invoice's currency.
            created_time (str | Unset): Time the invoice was created.
            updated_time (str | Unset): Time the invoice was last changed.
            billing_address (Address | Unset): A postal address of a customer (billing or shipping).
            shipping_address (Address | Unset): A postal address of a customer (billing or shipping).
            comments (list[SubscriptionInvoiceComment] | Unset): History of the invoice, from the system or users.
    """

    invoice_id: str | Unset = UNSET
    number: str | Unset = UNSET
    status: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    payment_expected_date: str | Unset = UNSET
    ach_payment_initiated: bool | Unset = UNSET
    invoice_items: list[SubscriptionInvoiceItem] | Unset = UNSET
    transaction_type: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    email: str | Unset = UNSET
    total: Decimal | Unset = UNSET
    payment_made: Decimal | Unset = UNSET
    balance: Decimal | Unset = UNSET
    credits_applied: Decimal | Unset = UNSET
    write_off_amount: Decimal | Unset = UNSET
    coupons: list[SubscriptionInvoiceCoupon] | Unset = UNSET
    credits_: list[SubscriptionInvoiceCredit] | Unset = UNSET
    taxes: list[SubscriptionTax] | Unset = UNSET
    custom_fields: list[SubscriptionCustomField] | Unset = UNSET
    salesperson_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    payments: list[SubscriptionInvoicePayment] | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    comments: list[SubscriptionInvoiceComment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        number = self.number

        status = self.status

        invoice_date = self.invoice_date

        due_date = self.due_date

        payment_expected_date = self.payment_expected_date

        ach_payment_initiated = self.ach_payment_initiated

        invoice_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items, Unset):
            if isinstance(self.invoice_items, list):
                invoice_items = []
                for invoice_items_item_data in self.invoice_items:
                    invoice_items_item = (
                        invoice_items_item_data.to_dict()
                        if isinstance(invoice_items_item_data, SubscriptionInvoiceItem)
                        else invoice_items_item_data
                    )
                    invoice_items.append(invoice_items_item)
            else:
                invoice_items = self.invoice_items

        transaction_type = self.transaction_type

        customer_id = self.customer_id

        customer_name = self.customer_name

        email = self.email

        total = self.total

        payment_made = self.payment_made

        balance = self.balance

        credits_applied = self.credits_applied

        write_off_amount = self.write_off_amount

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            if isinstance(self.coupons, list):
                coupons = []
                for coupons_item_data in self.coupons:
                    coupons_item = (
                        coupons_item_data.to_dict()
                        if isinstance(coupons_item_data, SubscriptionInvoiceCoupon)
                        else coupons_item_data
                    )
                    coupons.append(coupons_item)
            else:
                coupons = self.coupons

        credits_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            if isinstance(self.credits_, list):
                credits_ = []
                for credits_item_data in self.credits_:
                    credits_item = (
                        credits_item_data.to_dict()
                        if isinstance(credits_item_data, SubscriptionInvoiceCredit)
                        else credits_item_data
                    )
                    credits_.append(credits_item)
            else:
                credits_ = self.credits_

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            if isinstance(self.taxes, list):
                taxes = []
                for taxes_item_data in self.taxes:
                    taxes_item = (
                        taxes_item_data.to_dict() if isinstance(taxes_item_data, SubscriptionTax) else taxes_item_data
                    )
                    taxes.append(taxes_item)
            else:
                taxes = self.taxes

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, SubscriptionCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        salesperson_id = self.salesperson_id

        salesperson_name = self.salesperson_name

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            if isinstance(self.payments, list):
                payments = []
                for payments_item_data in self.payments:
                    payments_item = (
                        payments_item_data.to_dict()
                        if isinstance(payments_item_data, SubscriptionInvoicePayment)
                        else payments_item_data
                    )
                    payments.append(payments_item)
            else:
                payments = self.payments

        currency_code = self.currency_code

        currency_symbol = self.currency_symbol

        created_time = self.created_time

        updated_time = self.updated_time

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = (
                self.billing_address.to_dict() if isinstance(self.billing_address, Address) else self.billing_address
            )

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = (
                self.shipping_address.to_dict() if isinstance(self.shipping_address, Address) else self.shipping_address
            )

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            if isinstance(self.comments, list):
                comments = []
                for comments_item_data in self.comments:
                    comments_item = (
                        comments_item_data.to_dict()
                        if isinstance(comments_item_data, SubscriptionInvoiceComment)
                        else comments_item_data
                    )
                    comments.append(comments_item)
            else:
                comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if payment_expected_date is not UNSET:
            field_dict["payment_expected_date"] = payment_expected_date
        if ach_payment_initiated is not UNSET:
            field_dict["ach_payment_initiated"] = ach_payment_initiated
        if invoice_items is not UNSET:
            field_dict["invoice_items"] = invoice_items
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if email is not UNSET:
            field_dict["email"] = email
        if total is not UNSET:
            field_dict["total"] = total
        if payment_made is not UNSET:
            field_dict["payment_made"] = payment_made
        if balance is not UNSET:
            field_dict["balance"] = balance
        if credits_applied is not UNSET:
            field_dict["credits_applied"] = credits_applied
        if write_off_amount is not UNSET:
            field_dict["write_off_amount"] = write_off_amount
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if salesperson_id is not UNSET:
            field_dict["salesperson_id"] = salesperson_id
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name
        if payments is not UNSET:
            field_dict["payments"] = payments
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id", UNSET)

        number = d.pop("number", UNSET)

        status = d.pop("status", UNSET)

        invoice_date = d.pop("invoice_date", UNSET)

        due_date = d.pop("due_date", UNSET)

        payment_expected_date = d.pop("payment_expected_date", UNSET)

        ach_payment_initiated = d.pop("ach_payment_initiated", UNSET)

        _invoice_items = d.pop("invoice_items", UNSET)
        invoice_items: list[SubscriptionInvoiceItem] | Unset
        if isinstance(_invoice_items, list):
            invoice_items = []
            for invoice_items_item_data in _invoice_items:
                _invoice_items_item_raw = invoice_items_item_data
                invoice_items_item: SubscriptionInvoiceItem
                if isinstance(_invoice_items_item_raw, dict):
                    invoice_items_item = SubscriptionInvoiceItem.from_dict(_invoice_items_item_raw)
                else:
                    invoice_items_item = _invoice_items_item_raw

                invoice_items.append(invoice_items_item)
        else:
            invoice_items = _invoice_items

        transaction_type = d.pop("transaction_type", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        email = d.pop("email", UNSET)

        total = d.pop("total", UNSET)
        if total.__class__ is not Decimal:
            total = as_decimal(total)

        payment_made = d.pop("payment_made", UNSET)
        if payment_made.__class__ is not Decimal:
            payment_made = as_decimal(payment_made)

        balance = d.pop("balance", UNSET)
        if balance.__class__ is not Decimal:
            balance = as_decimal(balance)

        credits_applied = d.pop("credits_applied", UNSET)
        if credits_applied.__class__ is not Decimal:
            credits_applied = as_decimal(credits_applied)

        write_off_amount = d.pop("write_off_amount", UNSET)
        if write_off_amount.__class__ is not Decimal:
            write_off_amount = as_decimal(write_off_amount)

        _coupons = d.pop("coupons", UNSET)
        coupons: list[SubscriptionInvoiceCoupon] | Unset
        if isinstance(_coupons, list):
            coupons = []
            for coupons_item_data in _coupons:
                _coupons_item_raw = coupons_item_data
                coupons_item: SubscriptionInvoiceCoupon
                if isinstance(_coupons_item_raw, dict):
                    coupons_item = SubscriptionInvoiceCoupon.from_dict(_coupons_item_raw)
                else:
                    coupons_item = _coupons_item_raw

                coupons.append(coupons_item)
        else:
            coupons = _coupons

        _credits_ = d.pop("credits", UNSET)
        credits_: list[SubscriptionInvoiceCredit] | Unset
        if isinstance(_credits_, list):
            credits_ = []
            for credits_item_data in _credits_:
                _credits_item_raw = credits_item_data
                credits_item: SubscriptionInvoiceCredit
                if isinstance(_credits_item_raw, dict):
                    credits_item = SubscriptionInvoiceCredit.from_dict(_credits_item_raw)
                else:
                    credits_item = _credits_item_raw

                credits_.append(credits_item)
        else:
            credits_ = _credits_

        _taxes = d.pop("taxes", UNSET)
        taxes: list[SubscriptionTax] | Unset
        if isinstance(_taxes, list):
            taxes = []
            for taxes_item_data in _taxes:
                _taxes_item_raw = taxes_item_data
                taxes_item: SubscriptionTax
                if isinstance(_taxes_item_raw, dict):
                    taxes_item = SubscriptionTax.from_dict(_taxes_item_raw)
                else:
                    taxes_item = _taxes_item_raw

                taxes.append(taxes_item)
        else:
            taxes = _taxes

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[SubscriptionCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: SubscriptionCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = SubscriptionCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        salesperson_id = d.pop("salesperson_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        _payments = d.pop("payments", UNSET)
        payments: list[SubscriptionInvoicePayment] | Unset
        if isinstance(_payments, list):
            payments = []
            for payments_item_data in _payments:
                _payments_item_raw = payments_item_data
                payments_item: SubscriptionInvoicePayment
                if isinstance(_payments_item_raw, dict):
                    payments_item = SubscriptionInvoicePayment.from_dict(_payments_item_raw)
                else:
                    payments_item = _payments_item_raw

                payments.append(payments_item)
        else:
            payments = _payments

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        _billing_address_raw = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address_raw, dict):
            billing_address = Address.from_dict(_billing_address_raw)
        else:
            billing_address = _billing_address_raw

        _shipping_address_raw = d.pop("shipping_address", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address_raw, dict):
            shipping_address = Address.from_dict(_shipping_address_raw)
        else:
            shipping_address = _shipping_address_raw

        _comments = d.pop("comments", UNSET)
        comments: list[SubscriptionInvoiceComment] | Unset
        if isinstance(_comments, list):
            comments = []
            for comments_item_data in _comments:
                _comments_item_raw = comments_item_data
                comments_item: SubscriptionInvoiceComment
                if isinstance(_comments_item_raw, dict):
                    comments_item = SubscriptionInvoiceComment.from_dict(_comments_item_raw)
                else:
                    comments_item = _comments_item_raw

                comments.append(comments_item)
        else:
            comments = _comments

        subscription_invoice = cls(
            invoice_id=invoice_id,
            number=number,
            status=status,
            invoice_date=invoice_date,
            due_date=due_date,
            payment_expected_date=payment_expected_date,
            ach_payment_initiated=ach_payment_initiated,
            invoice_items=invoice_items,
            transaction_type=transaction_type,
            customer_id=customer_id,
            customer_name=customer_name,
            email=email,
            total=total,
            payment_made=payment_made,
            balance=balance,
            credits_applied=credits_applied,
            write_off_amount=write_off_amount,
            coupons=coupons,
            credits_=credits_,
            taxes=taxes,
            custom_fields=custom_fields,
            salesperson_id=salesperson_id,
            salesperson_name=salesperson_name,
            payments=payments,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
            created_time=created_time,
            updated_time=updated_time,
            billing_address=billing_address,
            shipping_address=shipping_address,
            comments=comments,
        )

        subscription_invoice.additional_properties = d
        return subscription_invoice

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


from ..models.address import Address  # noqa: E402
from ..models.subscription_custom_field import SubscriptionCustomField  # noqa: E402
from ..models.subscription_invoice_comment import SubscriptionInvoiceComment  # noqa: E402
from ..models.subscription_invoice_coupon import SubscriptionInvoiceCoupon  # noqa: E402
from ..models.subscription_invoice_credit import SubscriptionInvoiceCredit  # noqa: E402
from ..models.subscription_invoice_item import SubscriptionInvoiceItem  # noqa: E402
from ..models.subscription_invoice_payment import SubscriptionInvoicePayment  # noqa: E402
from ..models.subscription_tax import SubscriptionTax  # noqa: E402
