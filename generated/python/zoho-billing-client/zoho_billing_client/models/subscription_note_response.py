from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionNoteResponse")


@_attrs_define
class SubscriptionNoteResponse:
    """Success envelope of "add a note", holding the notes added under `note.notes`.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `Notes added.`
        note (SubscriptionNoteBatch): The notes that "add a note" created, as Zoho wraps them (`note.notes`).
    """

    code: Literal[0]
    message: str
    note: SubscriptionNoteBatch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        note = self.note.to_dict() if isinstance(self.note, SubscriptionNoteBatch) else self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _note_raw = d.pop("note")
        note: SubscriptionNoteBatch
        if isinstance(_note_raw, dict):
            note = SubscriptionNoteBatch.from_dict(_note_raw)
        else:
            note = _note_raw

        subscription_note_response = cls(
            code=code,
            message=message,
            note=note,
        )

        subscription_note_response.additional_properties = d
        return subscription_note_response

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


from ..models.subscription_note_batch import SubscriptionNoteBatch  # noqa: E402
