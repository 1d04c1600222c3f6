from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventListResponse")


@_attrs_define
class EventListResponse:
    """Success envelope holding one page of events.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `success`.
        events (list[EventSummary]): The events on this page.
        page_context (PageContext | Unset): Describes the page a list operation returned. Zoho documents `page`,
            `per_page` and `has_more_page`; recorded live responses also carry the report name, the applied filter and the
            sort (marked `x-zoho-observed`), and may carry further keys, which clients should keep. None is required: Zoho's
            published list examples show no page context at all.
    """

    code: Literal[0]
    message: str
    events: list[EventSummary]
    page_context: PageContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        if isinstance(self.events, list):
            events = []
            for events_item_data in self.events:
                events_item = (
                    events_item_data.to_dict() if isinstance(events_item_data, EventSummary) else events_item_data
                )
                events.append(events_item)
        else:
            events = self.events

        page_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_context, Unset):
            page_context = (
                self.page_context.to_dict() if isinstance(self.page_context, PageContext) else self.page_context
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "events": events,
            }
        )
        if page_context is not UNSET:
            field_dict["page_context"] = page_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _events = d.pop("events")
        events: list[EventSummary]
        if isinstance(_events, list):
            events = []
            for events_item_data in _events:
                _events_item_raw = events_item_data
                events_item: EventSummary
                if isinstance(_events_item_raw, dict):
                    events_item = EventSummary.from_dict(_events_item_raw)
                else:
                    events_item = _events_item_raw

                events.append(events_item)
        else:
            events = _events

        _page_context_raw = d.pop("page_context", UNSET)
        page_context: PageContext | Unset
        if isinstance(_page_context_raw, dict):
            page_context = PageContext.from_dict(_page_context_raw)
        else:
            page_context = _page_context_raw

        event_list_response = cls(
            code=code,
            message=message,
            events=events,
            page_context=page_context,
        )

        event_list_response.additional_properties = d
        return event_list_response

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


from ..models.event_summary import EventSummary  # noqa: E402
from ..models.page_context import PageContext  # noqa: E402
