from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventCard")


@_attrs_define
class EventCard:
    """A customer's stored card, as a card event carries it. Its fields are those of Zoho's Cards reference (cards.yml,
    card-response); that a card event carries exactly this object is inferred. The full card number and CVV are never
    returned.

        Attributes:
            card_id (str | Unset): ID of the stored card.
            customer_id (str | Unset): ID of the customer the card belongs to.
            last_four_digits (int | Unset): Last four digits of the card number. Zoho types it as an integer, so a leading
                zero is lost; pad it to four digits to display it.
            expiry_month (int | Unset): Month the card expires, 1 to 12.
            expiry_year (int | Unset): Year the card expires, four digits.
            payment_gateway (str | Unset): The gateway the card is stored with. Zoho's Cards page lists `test_gateway`,
                `payflow_pro`, `stripe`, `2checkout`, `authorize_net`, `payments_pro`, `forte`, `worldpay` and `wepay`.
            first_name (str | Unset): First name on the card.
            last_name (str | Unset): Last name on the card.
            street (str | Unset): Street of the card's billing address.
            city (str | Unset): City of the card's billing address.
            state (str | Unset): State of the card's billing address.
            zip_ (str | Unset): ZIP or postal code of the card's billing address.
            country (str | Unset): Country of the card's billing address.
            status (str | Unset): Status of the card, such as `active` (Zoho lists no values).
            created_time (str | Unset): When the card was stored.
            updated_time (str | Unset): When the card was last changed.
    """

    card_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    last_four_digits: int | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    payment_gateway: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    status: str | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        customer_id = self.customer_id

        last_four_digits = self.last_four_digits

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        payment_gateway = self.payment_gateway

        first_name = self.first_name

        last_name = self.last_name

        street = self.street

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        status = self.status

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if last_four_digits is not UNSET:
            field_dict["last_four_digits"] = last_four_digits
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if payment_gateway is not UNSET:
            field_dict["payment_gateway"] = payment_gateway
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("card_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        last_four_digits = d.pop("last_four_digits", UNSET)

        expiry_month = d.pop("expiry_month", UNSET)

        expiry_year = d.pop("expiry_year", UNSET)

        payment_gateway = d.pop("payment_gateway", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        status = d.pop("status", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        event_card = cls(
            card_id=card_id,
            customer_id=customer_id,
            last_four_digits=last_four_digits,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            payment_gateway=payment_gateway,
            first_name=first_name,
            last_name=last_name,
            street=street,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            status=status,
            created_time=created_time,
            updated_time=updated_time,
        )

        event_card.additional_properties = d
        return event_card

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
