from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentAutotransaction")


@_attrs_define
class PaymentAutotransaction:
    """The gateway charge behind a payment whose mode is `autotransaction` (a charge of a stored card or bank account);
    absent for other modes.

        Attributes:
            autotransaction_id (str | Unset): ID Zoho gives the automatic charge.
            payment_gateway (str | Unset): The gateway that made the charge, such as `payflow_pro` or `stripe`.
            gateway_transaction_id (str | Unset): The gateway's own ID of the transaction.
            gateway_error_message (str | Unset): The gateway's message when the charge failed.
            card_id (str | Unset): ID of the stored card that was charged.
            last_four_digits (int | Unset): Last four digits of the card number. Zoho types it as an integer, so a leading
                zero is lost (`0123` arrives as `123`); pad it to four digits to display it.
            expiry_month (int | Unset): Month the card expires, 1 to 12.
            expiry_year (int | Unset): Year the card expires, four digits.
    """

    autotransaction_id: str | Unset = UNSET
    payment_gateway: str | Unset = UNSET
    gateway_transaction_id: str | Unset = UNSET
    gateway_error_message: str | Unset = UNSET
    card_id: str | Unset = UNSET
    last_four_digits: int | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autotransaction_id = self.autotransaction_id

        payment_gateway = self.payment_gateway

        gateway_transaction_id = self.gateway_transaction_id

        gateway_error_message = self.gateway_error_message

        card_id = self.card_id

        last_four_digits = self.last_four_digits

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autotransaction_id is not UNSET:
            field_dict["autotransaction_id"] = autotransaction_id
        if payment_gateway is not UNSET:
            field_dict["payment_gateway"] = payment_gateway
        if gateway_transaction_id is not UNSET:
            field_dict["gateway_transaction_id"] = gateway_transaction_id
        if gateway_error_message is not UNSET:
            field_dict["gateway_error_message"] = gateway_error_message
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if last_four_digits is not UNSET:
            field_dict["last_four_digits"] = last_four_digits
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        autotransaction_id = d.pop("autotransaction_id", UNSET)

        payment_gateway = d.pop("payment_gateway", UNSET)

        gateway_transaction_id = d.pop("gateway_transaction_id", UNSET)

        gateway_error_message = d.pop("gateway_error_message", UNSET)

        card_id = d.pop("card_id", UNSET)

        last_four_digits = d.pop("last_four_digits", UNSET)

        expiry_month = d.pop("expiry_month", UNSET)

        expiry_year = d.pop("expiry_year", UNSET)

        payment_autotransaction = cls(
            autotransaction_id=autotransaction_id,
            payment_gateway=payment_gateway,
            gateway_transaction_id=gateway_transaction_id,
            gateway_error_message=gateway_error_message,
            card_id=card_id,
            last_four_digits=last_four_digits,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
        )

        payment_autotransaction.additional_properties = d
        return payment_autotransaction

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
