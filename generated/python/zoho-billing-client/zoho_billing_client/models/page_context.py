from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageContext")


@_attrs_define
class PageContext:
    """Describes the page a list operation returned. Zoho documents `page`, `per_page` and `has_more_page`; live responses
    may carry further keys (such as the applied filter or sort), which clients should keep.

        Attributes:
            page (int | Unset): Number of this page, counting from 1.
            per_page (int | Unset): Largest number of records this page could hold.
            has_more_page (bool | Unset): True when another page follows this one.
    """

    page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    has_more_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        has_more_page = self.has_more_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if has_more_page is not UNSET:
            field_dict["has_more_page"] = has_more_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        has_more_page = d.pop("has_more_page", UNSET)

        page_context = cls(
            page=page,
            per_page=per_page,
            has_more_page=has_more_page,
        )

        page_context.additional_properties = d
        return page_context

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
