from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageUpdatePaymentMethodRequest")


@_attrs_define
class HostedPageUpdatePaymentMethodRequest:
    """Body of "create a hosted page to update a customer's payment method": name the one stored payment method to replace,
    a card (`card_id`), a bank account for ACH (`account_id`) or a PayPal account (`paypal_id`). Zoho's file requires
    all three, which describes no real call (errata `impossible-required-sets`); at least one is required here.

        Attributes:
            card_id (str | Unset): ID of the stored card to replace.
            account_id (str | Unset): ID of the stored bank account (ACH) to replace.
            paypal_id (str | Unset): ID of the stored PayPal account to replace.
    """

    card_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    paypal_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        account_id = self.account_id

        paypal_id = self.paypal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if paypal_id is not UNSET:
            field_dict["paypal_id"] = paypal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("card_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        paypal_id = d.pop("paypal_id", UNSET)

        hosted_page_update_payment_method_request = cls(
            card_id=card_id,
            account_id=account_id,
            paypal_id=paypal_id,
        )

        hosted_page_update_payment_method_request.additional_properties = d
        return hosted_page_update_payment_method_request

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
