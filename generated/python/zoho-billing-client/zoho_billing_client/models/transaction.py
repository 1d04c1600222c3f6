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
    """One entry of a customer's billing history. Zoho sends every field as a string.

    Attributes:
        transaction_id (str | Unset): ID of the transaction.
        reference_id (str | Unset): Reference of the transaction, such as the ID of the related document.
        date (datetime.date | Unset): Date of the transaction (`YYYY-MM-DD`).
        type_ (TransactionType | Unset): Kind of transaction. Zoho's example shows `invoice`; the other values are the
            lower-case forms of the documented `filter_by` types, and Zoho may send values not listed here.
        status (str | Unset): Status of the transaction; Zoho's example shows `active` and the possible values are not
            listed.
        amount (Decimal | Unset): Amount of the transaction. Zoho documents a decimal string such as `"20.50"`; recorded
            responses have also carried a JSON number (not documented), so both are accepted (erratum `transaction-amount-
            string-or-number`). Read it as an exact decimal, never a float.
    """

    transaction_id: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    type_: TransactionType | Unset = UNSET
    status: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        reference_id = self.reference_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.date) else self.date

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value if isinstance(self.type_, TransactionType) else self.type_

        status = self.status

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if date is not UNSET:
            field_dict["date"] = date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        date = as_date(d.pop("date", UNSET))

        _type__raw = d.pop("type", UNSET)
        type_: TransactionType | Unset
        if isinstance(_type__raw, str):
            type_ = TransactionType(_type__raw)
        else:
            type_ = _type__raw

        status = d.pop("status", UNSET)

        amount = as_decimal(d.pop("amount", UNSET))

        transaction = cls(
            transaction_id=transaction_id,
            reference_id=reference_id,
            date=date,
            type_=type_,
            status=status,
            amount=amount,
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
