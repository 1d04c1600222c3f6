from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

T = TypeVar("T", bound="EventSummary")


@_attrs_define
class EventSummary:
    """The short form of an event that the list returns, without payload and deliveries.

    Attributes:
        event_id (str): Unique ID Zoho assigns to the event: a string of digits, with the same pattern as the `event_id`
            path parameter. A delivery that is retried carries the same ID, so it identifies a repeated delivery (inferred:
            Zoho keeps one event with its webhook attempts).
        event_type (EventType): What happened: the 24 event types of Zoho's Events reference, each with the moment it is
            recorded. Zoho adds types over time (third-party lists name up to 39; see errata `event-types-unconfirmed`), so
            a client must keep a type it does not know. Zoho records no event for actions dated before the current day on a
            backdated subscription.
        event_time (str): When the event happened, with a numeric UTC offset without a colon, as Zoho sends it
            (`2016-06-05T18:28:20-0700`). Not RFC 3339: parse with `%Y-%m-%dT%H:%M:%S%z`.
    """

    event_id: str
    event_type: EventType
    event_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_type = self.event_type.value if isinstance(self.event_type, EventType) else self.event_type

        event_time = self.event_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_type": event_type,
                "event_time": event_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        _event_type_raw = d.pop("event_type")
        event_type: EventType
        if isinstance(_event_type_raw, str):
            event_type = EventType(_event_type_raw)
        else:
            event_type = _event_type_raw

        event_time = d.pop("event_time")

        event_summary = cls(
            event_id=event_id,
            event_type=event_type,
            event_time=event_time,
        )

        event_summary.additional_properties = d
        return event_summary

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
