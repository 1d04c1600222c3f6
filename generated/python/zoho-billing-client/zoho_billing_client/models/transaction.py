from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """One entry of a customer's billing history. Zoho's example sends every field as a string. Every field Zoho documents
    is required: Zoho sets all of them and its example carries each (errata `required-response-fields`).

        Attributes:
            transaction_id (str): ID of the transaction, a string of digits like every Zoho ID.
            reference_id (str): Reference of the transaction, such as the ID of the related document.
            date (datetime.date): Date of the transaction (`YYYY-MM-DD`).
            type_ (TransactionType): Kind of transaction. Zoho's example shows `invoice`; the other values are the lower-
                case forms of the documented `filter_by` types, and Zoho may send values not listed here.
            status (str): Status of the transaction; Zoho's example shows `active` and the possible values are not listed.
            amount (Decimal): Amount of the transaction. Zoho documents a decimal string such as `"20.50"`; recorded
                responses have also carried a JSON number (not documented), so both are accepted (erratum `transaction-amount-
                string-or-number`). Read it as an exact decimal, never a float.
            ach_payment_initiated (bool | Unset): Not in Zoho's documentation; seen in recorded live responses. True when an
                ACH bank payment was started for the transaction and has not yet settled (inferred from the name; Zoho documents
                the field on invoices, not on transactions).
    """

    transaction_id: str
    reference_id: str
    date: datetime.date
    type_: TransactionType
    status: str
    amount: Decimal
    ach_payment_initiated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        reference_id = self.reference_id

        date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        type_ = self.type_.value if isinstance(self.type_, TransactionType) else self.type_

        status = self.status

        amount = self.amount

        ach_payment_initiated = self.ach_payment_initiated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "reference_id": reference_id,
                "date": date,
                "type": type_,
                "status": status,
                "amount": amount,
            }
        )
        if ach_payment_initiated is not UNSET:
            field_dict["ach_payment_initiated"] = ach_payment_initiated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        reference_id = d.pop("reference_id")

        date = as_date(d.pop("date"))

        _type__raw = d.pop("type")
        type_: TransactionType
        if isinstance(_type__raw, str):
            type_ = TransactionType(_type__raw)
        else:
            type_ = _type__raw

        status = d.pop("status")

        amount = d.pop("amount")
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        ach_payment_initiated = d.pop("ach_payment_initiated", UNSET)

        transaction = cls(
            transaction_id=transaction_id,
            reference_id=reference_id,
            date=date,
            type_=type_,
            status=status,
            amount=amount,
            ach_payment_initiated=ach_payment_initiated,
        )

        transaction.additional_properties = d
        return transaction

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
