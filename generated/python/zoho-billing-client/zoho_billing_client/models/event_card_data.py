from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventCardData")


@_attrs_define
class EventCardData:
    """What a card event carries (inferred shape, errata `event-payload-object`).

    Attributes:
        card (EventCard | Unset): A customer's stored card, as a card event carries it. Its fields are those of Zoho's
            Cards reference (cards.yml, card-response); that a card event carries exactly this object is inferred. The full
            card number and CVV are never returned.
    """

    card: EventCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict() if isinstance(self.card, EventCard) else self.card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card is not UNSET:
            field_dict["card"] = card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _card_raw = d.pop("card", UNSET)
        card: EventCard | Unset
        if isinstance(_card_raw, dict):
            card = EventCard.from_dict(_card_raw)
        else:
            card = _card_raw

        event_card_data = cls(
            card=card,
        )

        event_card_data.additional_properties = d
        return event_card_data

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


from ..models.event_card import EventCard  # noqa: E402
