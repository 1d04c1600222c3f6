from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventResponse")


@_attrs_define
class EventResponse:
    """Success envelope holding one event.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `success`.
        event (Event): Something that happened in the organization, as the Events API returns it: its type, when it
            happened, the record it concerns (`payload`) and the webhook deliveries made for it. `event_id`, `event_type`
            and `event_time` are always present: Zoho sets all three (errata `required-response-fields`).
    """

    code: Literal[0]
    message: str
    event: Event
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        event = self.event.to_dict() if isinstance(self.event, Event) else self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _event_raw = d.pop("event")
        event: Event
        if isinstance(_event_raw, dict):
            event = Event.from_dict(_event_raw)
        else:
            event = _event_raw

        event_response = cls(
            code=code,
            message=message,
            event=event,
        )

        event_response.additional_properties = d
        return event_response

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


from ..models.event import Event  # noqa: E402
