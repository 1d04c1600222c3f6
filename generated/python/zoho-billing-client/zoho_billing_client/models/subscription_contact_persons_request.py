from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionContactPersonsRequest")


@_attrs_define
class SubscriptionContactPersonsRequest:
    """Body of "add contact persons": existing contact persons of the customer (required).

    Attributes:
        contactpersons (list[SubscriptionContactPerson]): The contact persons to associate.
    """

    contactpersons: list[SubscriptionContactPerson]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.contactpersons, list):
            contactpersons = []
            for contactpersons_item_data in self.contactpersons:
                contactpersons_item = (
                    contactpersons_item_data.to_dict()
                    if isinstance(contactpersons_item_data, SubscriptionContactPerson)
                    else contactpersons_item_data
                )
                contactpersons.append(contactpersons_item)
        else:
            contactpersons = self.contactpersons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactpersons": contactpersons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _contactpersons = d.pop("contactpersons")
        contactpersons: list[SubscriptionContactPerson]
        if isinstance(_contactpersons, list):
            contactpersons = []
            for contactpersons_item_data in _contactpersons:
                _contactpersons_item_raw = contactpersons_item_data
                contactpersons_item: SubscriptionContactPerson
                if isinstance(_contactpersons_item_raw, dict):
                    contactpersons_item = SubscriptionContactPerson.from_dict(_contactpersons_item_raw)
                else:
                    contactpersons_item = _contactpersons_item_raw

                contactpersons.append(contactpersons_item)
        else:
            contactpersons = _contactpersons

        subscription_contact_persons_request = cls(
            contactpersons=contactpersons,
        )

        subscription_contact_persons_request.additional_properties = d
        return subscription_contact_persons_request

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


from ..models.subscription_contact_person import SubscriptionContactPerson  # noqa: E402
