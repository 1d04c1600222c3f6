from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_webhook_status import EventWebhookStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventWebhookDelivery")


@_attrs_define
class EventWebhookDelivery:
    """One webhook an event is delivered to, and how the delivery went.

    Attributes:
        webhook_id (str | Unset): ID of the webhook (the configured URL and its settings in Zoho Billing).
        url (str | Unset): The URL the event is posted to.
        status (EventWebhookStatus | Unset): Outcome of a webhook delivery.
        last_updated_time (str | Unset): When Zoho last attempted the delivery.
    """

    webhook_id: str | Unset = UNSET
    url: str | Unset = UNSET
    status: EventWebhookStatus | Unset = UNSET
    last_updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        url = self.url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value if isinstance(self.status, EventWebhookStatus) else self.status

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if url is not UNSET:
            field_dict["url"] = url
        if status is not UNSET:
            field_dict["status"] = status
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_id = d.pop("webhook_id", UNSET)

        url = d.pop("url", UNSET)

        _status_raw = d.pop("status", UNSET)
        status: EventWebhookStatus | Unset
        if isinstance(_status_raw, str):
            status = EventWebhookStatus(_status_raw)
        else:
            status = _status_raw

        last_updated_time = d.pop("last_updated_time", UNSET)

        event_webhook_delivery = cls(
            webhook_id=webhook_id,
            url=url,
            status=status,
            last_updated_time=last_updated_time,
        )

        event_webhook_delivery.additional_properties = d
        return event_webhook_delivery

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
