from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageContext")


@_attrs_define
class PageContext:
    """Describes the page a list operation returned. Zoho documents `page`, `per_page` and `has_more_page`; recorded live
    responses also carry the report name, the applied filter and the sort (marked `x-zoho-observed`), and may carry
    further keys, which clients should keep. None is required: Zoho's published list examples show no page context at
    all.

        Attributes:
            page (int | Unset): Number of this page, counting from 1.
            per_page (int | Unset): Largest number of records this page could hold.
            has_more_page (bool | Unset): True when another page follows this one.
            report_name (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Name of the list as
                Zoho's interface titles it, such as "All Contacts".
            applied_filter (str | Unset): Not in Zoho's documentation; seen in recorded live responses. The `filter_by`
                value the list was selected with, such as `Status.All`.
            sort_column (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Field the list is
                sorted by, such as `customer_id`.
            sort_order (str | Unset): Not in Zoho's documentation; seen in recorded live responses. Direction of the sort;
                recorded as `A`, read as ascending (`D` for descending is inferred, unconfirmed).
    """

    page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    has_more_page: bool | Unset = UNSET
    report_name: str | Unset = UNSET
    applied_filter: str | Unset = UNSET
    sort_column: str | Unset = UNSET
    sort_order: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        has_more_page = self.has_more_page

        report_name = self.report_name

        applied_filter = self.applied_filter

        sort_column = self.sort_column

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if has_more_page is not UNSET:
            field_dict["has_more_page"] = has_more_page
        if report_name is not UNSET:
            field_dict["report_name"] = report_name
        if applied_filter is not UNSET:
            field_dict["applied_filter"] = applied_filter
        if sort_column is not UNSET:
            field_dict["sort_column"] = sort_column
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        has_more_page = d.pop("has_more_page", UNSET)

        report_name = d.pop("report_name", UNSET)

        applied_filter = d.pop("applied_filter", UNSET)

        sort_column = d.pop("sort_column", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        page_context = cls(
            page=page,
            per_page=per_page,
            has_more_page=has_more_page,
            report_name=report_name,
            applied_filter=applied_filter,
            sort_column=sort_column,
            sort_order=sort_order,
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
