from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Something that happened in the organization, as the Events API returns it: its type, when it happened, the record it
    concerns (`payload`) and the webhook deliveries made for it. `event_id`, `event_type` and `event_time` are always
    present: Zoho sets all three (errata `required-response-fields`).

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
            payload (EventData | Unset): The record an event concerns, under the key of its kind. Which key an event type
                carries is stated by its webhook (`x-zoho-webhook` `payload`); the shape is inferred, since Zoho documents the
                payload of no event type (errata `event-payload-object`). Unknown keys are kept.
            webhooks (list[EventWebhookDelivery] | Unset): The webhooks Zoho delivered (or will deliver) this event to, with
                the outcome of each.
    """

    event_id: str
    event_type: EventType
    event_time: str
    payload: EventData | Unset = UNSET
    webhooks: list[EventWebhookDelivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_type = self.event_type.value if isinstance(self.event_type, EventType) else self.event_type

        event_time = self.event_time

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict() if isinstance(self.payload, EventData) else self.payload

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            if isinstance(self.webhooks, list):
                webhooks = []
                for webhooks_item_data in self.webhooks:
                    webhooks_item = (
                        webhooks_item_data.to_dict()
                        if isinstance(webhooks_item_data, EventWebhookDelivery)
                        else webhooks_item_data
                    )
                    webhooks.append(webhooks_item)
            else:
                webhooks = self.webhooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_type": event_type,
                "event_time": event_time,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

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

        _payload_raw = d.pop("payload", UNSET)
        payload: EventData | Unset
        if isinstance(_payload_raw, dict):
            payload = EventData.from_dict(_payload_raw)
        else:
            payload = _payload_raw

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[EventWebhookDelivery] | Unset
        if isinstance(_webhooks, list):
            webhooks = []
            for webhooks_item_data in _webhooks:
                _webhooks_item_raw = webhooks_item_data
                webhooks_item: EventWebhookDelivery
                if isinstance(_webhooks_item_raw, dict):
                    webhooks_item = EventWebhookDelivery.from_dict(_webhooks_item_raw)
                else:
                    webhooks_item = _webhooks_item_raw

                webhooks.append(webhooks_item)
        else:
            webhooks = _webhooks

        event = cls(
            event_id=event_id,
            event_type=event_type,
            event_time=event_time,
            payload=payload,
            webhooks=webhooks,
        )

        event.additional_properties = d
        return event

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


from ..models.event_data import EventData  # noqa: E402
from ..models.event_webhook_delivery import EventWebhookDelivery  # noqa: E402
