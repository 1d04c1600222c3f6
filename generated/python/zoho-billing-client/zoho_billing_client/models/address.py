from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address of a customer (billing or shipping).

    Attributes:
        attention (str | Unset): Person or department the mail is addressed to.
        street (str | Unset): Street and number.
        city (str | Unset): City.
        state (str | Unset): State, province or region.
        zip_ (str | Unset): Postal code. A string, since postal codes may have leading zeros or letters.
        country (str | Unset): Country.
        state_code (str | Unset): Zoho's code for the state, such as `CA`.
        fax (str | Unset): Fax number for this address.
    """

    attention: str | Unset = UNSET
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    state_code: str | Unset = UNSET
    fax: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attention = self.attention

        street = self.street

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        state_code = self.state_code

        fax = self.fax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attention is not UNSET:
            field_dict["attention"] = attention
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
        if state_code is not UNSET:
            field_dict["state_code"] = state_code
        if fax is not UNSET:
            field_dict["fax"] = fax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attention = d.pop("attention", UNSET)

        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        state_code = d.pop("state_code", UNSET)

        fax = d.pop("fax", UNSET)

        address = cls(
            attention=attention,
            street=street,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            state_code=state_code,
            fax=fax,
        )

        address.additional_properties = d
        return address

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
