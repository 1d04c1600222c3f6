from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventCreditNoteData")


@_attrs_define
class EventCreditNoteData:
    """What a credit-note event carries (inferred shape, errata `event-payload-object`).

    Attributes:
        creditnote (EventCreditNote | Unset): The credit note a credit-note event carries. Zoho documents neither this
            payload nor, in this spec, credit notes (a later module): its fields are not described here, and every field is
            kept as sent.
    """

    creditnote: EventCreditNote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditnote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creditnote, Unset):
            creditnote = self.creditnote.to_dict() if isinstance(self.creditnote, EventCreditNote) else self.creditnote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creditnote is not UNSET:
            field_dict["creditnote"] = creditnote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _creditnote_raw = d.pop("creditnote", UNSET)
        creditnote: EventCreditNote | Unset
        if isinstance(_creditnote_raw, dict):
            creditnote = EventCreditNote.from_dict(_creditnote_raw)
        else:
            creditnote = _creditnote_raw

        event_credit_note_data = cls(
            creditnote=creditnote,
        )

        event_credit_note_data.additional_properties = d
        return event_credit_note_data

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


from ..models.event_credit_note import EventCreditNote  # noqa: E402
