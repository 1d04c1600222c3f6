from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_payment_gateway import SubscriptionPaymentGateway
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCard")


@_attrs_define
class SubscriptionCard:
    """The card a subscription charges in online mode (only its last digits and expiry are shown).

    Attributes:
        card_id (str | Unset): ID of the customer's card.
        last_four_digits (str | Unset): Last four digits of the card number. Zoho declares an integer; sent as text
            here, since digits such as `0421` keep their leading zero (errata).
        payment_gateway (SubscriptionPaymentGateway | Unset): A payment gateway Zoho Billing charges cards through.
        expiry_month (int | Unset): Month the card expires, 1 to 12.
        expiry_year (int | Unset): Year the card expires.
        is_primary (bool | Unset): True when this is the customer's primary card.
        is_backup (bool | Unset): True when this is the customer's backup card.
    """

    card_id: str | Unset = UNSET
    last_four_digits: str | Unset = UNSET
    payment_gateway: SubscriptionPaymentGateway | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    is_primary: bool | Unset = UNSET
    is_backup: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        last_four_digits = self.last_four_digits

        payment_gateway: str | Unset = UNSET
        if not isinstance(self.payment_gateway, Unset):
            payment_gateway = (
                self.payment_gateway.value
                if isinstance(self.payment_gateway, SubscriptionPaymentGateway)
                else self.payment_gateway
            )

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        is_primary = self.is_primary

        is_backup = self.is_backup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if last_four_digits is not UNSET:
            field_dict["last_four_digits"] = last_four_digits
        if payment_gateway is not UNSET:
            field_dict["payment_gateway"] = payment_gateway
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if is_backup is not UNSET:
            field_dict["is_backup"] = is_backup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("card_id", UNSET)

        last_four_digits = d.pop("last_four_digits", UNSET)

        _payment_gateway_raw = d.pop("payment_gateway", UNSET)
        payment_gateway: SubscriptionPaymentGateway | Unset
        if isinstance(_payment_gateway_raw, str):
            payment_gateway = SubscriptionPaymentGateway(_payment_gateway_raw)
        else:
            payment_gateway = _payment_gateway_raw

        expiry_month = d.pop("expiry_month", UNSET)

        expiry_year = d.pop("expiry_year", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        is_backup = d.pop("is_backup", UNSET)

        subscription_card = cls(
            card_id=card_id,
            last_four_digits=last_four_digits,
            payment_gateway=payment_gateway,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            is_primary=is_primary,
            is_backup=is_backup,
        )

        subscription_card.additional_properties = d
        return subscription_card

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
