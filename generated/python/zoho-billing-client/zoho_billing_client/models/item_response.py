from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ItemResponse")


@_attrs_define
class ItemResponse:
    """Success envelope holding one item.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        item (Item): A good or service as Zoho returns it from create, retrieve and update. `item_id`, `name`, `rate`
            and `status` are always present: every published example carries them, and Zoho sets the ID and status itself
            and requires name and rate on create and update (errata `required-response-fields`). The other fields may be
            absent.
    """

    code: Literal[0]
    message: str
    item: Item
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        item = self.item.to_dict() if isinstance(self.item, Item) else self.item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _item_raw = d.pop("item")
        item: Item
        if isinstance(_item_raw, dict):
            item = Item.from_dict(_item_raw)
        else:
            item = _item_raw

        item_response = cls(
            code=code,
            message=message,
            item=item,
        )

        item_response.additional_properties = d
        return item_response

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


from ..models.item import Item  # noqa: E402
