from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageListResponse")


@_attrs_define
class HostedPageListResponse:
    """Success envelope holding one page of hosted pages, under `hosted_pages`.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `success`.
        hosted_pages (list[HostedPageSummary]): The hosted pages on this page of the list.
        page_context (PageContext | Unset): Describes the page a list operation returned. Zoho documents `page`,
            `per_page` and `has_more_page`; recorded live responses also carry the report name, the applied filter and the
            sort (marked `x-zoho-observed`), and may carry further keys, which clients should keep. None is required: Zoho's
            published list examples show no page context at all.
    """

    code: Literal[0]
    message: str
    hosted_pages: list[HostedPageSummary]
    page_context: PageContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        if isinstance(self.hosted_pages, list):
            hosted_pages = []
            for hosted_pages_item_data in self.hosted_pages:
                hosted_pages_item = (
                    hosted_pages_item_data.to_dict()
                    if isinstance(hosted_pages_item_data, HostedPageSummary)
                    else hosted_pages_item_data
                )
                hosted_pages.append(hosted_pages_item)
        else:
            hosted_pages = self.hosted_pages

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
                "hosted_pages": hosted_pages,
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

        _hosted_pages = d.pop("hosted_pages")
        hosted_pages: list[HostedPageSummary]
        if isinstance(_hosted_pages, list):
            hosted_pages = []
            for hosted_pages_item_data in _hosted_pages:
                _hosted_pages_item_raw = hosted_pages_item_data
                hosted_pages_item: HostedPageSummary
                if isinstance(_hosted_pages_item_raw, dict):
                    hosted_pages_item = HostedPageSummary.from_dict(_hosted_pages_item_raw)
                else:
                    hosted_pages_item = _hosted_pages_item_raw

                hosted_pages.append(hosted_pages_item)
        else:
            hosted_pages = _hosted_pages

        _page_context_raw = d.pop("page_context", UNSET)
        page_context: PageContext | Unset
        if isinstance(_page_context_raw, dict):
            page_context = PageContext.from_dict(_page_context_raw)
        else:
            page_context = _page_context_raw

        hosted_page_list_response = cls(
            code=code,
            message=message,
            hosted_pages=hosted_pages,
            page_context=page_context,
        )

        hosted_page_list_response.additional_properties = d
        return hosted_page_list_response

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


from ..models.hosted_page_summary import HostedPageSummary  # noqa: E402
from ..models.page_context import PageContext  # noqa: E402
