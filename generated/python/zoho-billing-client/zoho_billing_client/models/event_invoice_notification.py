from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventInvoiceNotification")


@_attrs_define
class EventInvoiceNotification:
    """The body Zoho posts to a webhook URL for a invoice event: the event's ID, type and time, and the invoice under
    `data`. Zoho says only that it posts the event as JSON; the envelope is inferred (errata `event-delivery-envelope`),
    and fields it does not list are kept.

        Attributes:
            event_id (str): Unique ID Zoho assigns to the event: a string of digits, with the same pattern as the `event_id`
                path parameter. A delivery that is retried carries the same ID, so it identifies a repeated delivery (inferred:
                Zoho keeps one event with its webhook attempts).
            event_type (EventType): What happened: the 24 event types of Zoho's Events reference, each with the moment it is
                recorded. Zoho adds types over time (third-party lists name up to 39; see errata `event-types-unconfirmed`), so
                a client must keep a type it does not know. Zoho records no event for actions dated before the current day on a
                backdated subscription.
            event_time (str | Unset): When the event happened, with a numeric UTC offset without a colon, as Zoho sends it
                (`2016-06-05T18:28:20-0700`). Not RFC 3339: parse with `%Y-%m-%dT%H:%M:%S%z`.
            data (EventInvoiceData | Unset): What an invoice event carries (inferred shape, errata `event-payload-object`).
            payload (EventInvoiceData | Unset): What an invoice event carries (inferred shape, errata `event-payload-
                object`).
    """

    event_id: str
    event_type: EventType
    event_time: str | Unset = UNSET
    data: EventInvoiceData | Unset = UNSET
    payload: EventInvoiceData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_type = self.event_type.value if isinstance(self.event_type, EventType) else self.event_type

        event_time = self.event_time

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict() if isinstance(self.data, EventInvoiceData) else self.data

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict() if isinstance(self.payload, EventInvoiceData) else self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_type": event_type,
            }
        )
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if data is not UNSET:
            field_dict["data"] = data
        if payload is not UNSET:
            field_dict["payload"] = payload

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

        event_time = d.pop("event_time", UNSET)

        _data_raw = d.pop("data", UNSET)
        data: EventInvoiceData | Unset
        if isinstance(_data_raw, dict):
            data = EventInvoiceData.from_dict(_data_raw)
        else:
            data = _data_raw

        _payload_raw = d.pop("payload", UNSET)
        payload: EventInvoiceData | Unset
        if isinstance(_payload_raw, dict):
            payload = EventInvoiceData.from_dict(_payload_raw)
        else:
            payload = _payload_raw

        event_invoice_notification = cls(
            event_id=event_id,
            event_type=event_type,
            event_time=event_time,
            data=data,
            payload=payload,
        )

        event_invoice_notification.additional_properties = d
        return event_invoice_notification

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


from ..models.event_invoice_data import EventInvoiceData  # noqa: E402
