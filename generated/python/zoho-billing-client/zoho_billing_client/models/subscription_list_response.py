from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionListResponse")


@_attrs_define
class SubscriptionListResponse:
    """Success envelope holding one page of subscriptions.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, `success`.
        subscriptions (list[SubscriptionSummary]): The subscriptions on this page.
        page_context (PageContext | Unset): Describes the page a list operation returned. Zoho documents `page`,
            `per_page` and `has_more_page`; recorded live responses also carry the report name, the applied filter and the
            sort (marked `x-zoho-observed`), and may carry further keys, which clients should keep. None is required: Zoho's
            published list examples show no page context at all.
    """

    code: Literal[0]
    message: str
    subscriptions: list[SubscriptionSummary]
    page_context: PageContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        if isinstance(self.subscriptions, list):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = (
                    subscriptions_item_data.to_dict()
                    if isinstance(subscriptions_item_data, SubscriptionSummary)
                    else subscriptions_item_data
                )
                subscriptions.append(subscriptions_item)
        else:
            subscriptions = self.subscriptions

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
                "subscriptions": subscriptions,
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

        _subscriptions = d.pop("subscriptions")
        subscriptions: list[SubscriptionSummary]
        if isinstance(_subscriptions, list):
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                _subscriptions_item_raw = subscriptions_item_data
                subscriptions_item: SubscriptionSummary
                if isinstance(_subscriptions_item_raw, dict):
                    subscriptions_item = SubscriptionSummary.from_dict(_subscriptions_item_raw)
                else:
                    subscriptions_item = _subscriptions_item_raw

                subscriptions.append(subscriptions_item)
        else:
            subscriptions = _subscriptions

        _page_context_raw = d.pop("page_context", UNSET)
        page_context: PageContext | Unset
        if isinstance(_page_context_raw, dict):
            page_context = PageContext.from_dict(_page_context_raw)
        else:
            page_context = _page_context_raw

        subscription_list_response = cls(
            code=code,
            message=message,
            subscriptions=subscriptions,
            page_context=page_context,
        )

        subscription_list_response.additional_properties = d
        return subscription_list_response

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


from ..models.page_context import PageContext  # noqa: E402
from ..models.subscription_summary import SubscriptionSummary  # noqa: E402
