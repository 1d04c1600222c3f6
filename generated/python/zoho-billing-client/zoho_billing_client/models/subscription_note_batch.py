from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionNoteBatch")


@_attrs_define
class SubscriptionNoteBatch:
    """The notes that "add a note" created, as Zoho wraps them (`note.notes`).

    Attributes:
        notes (list[SubscriptionNote] | Unset): The notes added.
    """

    notes: list[SubscriptionNote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            if isinstance(self.notes, list):
                notes = []
                for notes_item_data in self.notes:
                    notes_item = (
                        notes_item_data.to_dict() if isinstance(notes_item_data, SubscriptionNote) else notes_item_data
                    )
                    notes.append(notes_item)
            else:
                notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _notes = d.pop("notes", UNSET)
        notes: list[SubscriptionNote] | Unset
        if isinstance(_notes, list):
            notes = []
            for notes_item_data in _notes:
                _notes_item_raw = notes_item_data
                notes_item: SubscriptionNote
                if isinstance(_notes_item_raw, dict):
                    notes_item = SubscriptionNote.from_dict(_notes_item_raw)
                else:
                    notes_item = _notes_item_raw

                notes.append(notes_item)
        else:
            notes = _notes

        subscription_note_batch = cls(
            notes=notes,
        )

        subscription_note_batch.additional_properties = d
        return subscription_note_batch

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


from ..models.subscription_note import SubscriptionNote  # noqa: E402
