from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageData")


@_attrs_define
class HostedPageData:
    """What the completed page produced. Empty for a page the customer has not completed; for a completed subscription
    page, the subscription and the invoice it raised. Zoho documents these two; a page of another kind may carry other
    keys, which clients should keep.

        Attributes:
            subscription (HostedPageSubscription | Unset): The subscription a completed page created or changed, in the form
                Zoho documents for hosted pages (the Subscriptions module describes the full record).
            invoice (HostedPageInvoice | Unset): The invoice a completed page raised, in the form Zoho documents for hosted
                pages (the Invoices module describes the full record).
    """

    subscription: HostedPageSubscription | Unset = UNSET
    invoice: HostedPageInvoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = (
                self.subscription.to_dict()
                if isinstance(self.subscription, HostedPageSubscription)
                else self.subscription
            )

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict() if isinstance(self.invoice, HostedPageInvoice) else self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subscription_raw = d.pop("subscription", UNSET)
        subscription: HostedPageSubscription | Unset
        if isinstance(_subscription_raw, dict):
            subscription = HostedPageSubscription.from_dict(_subscription_raw)
        else:
            subscription = _subscription_raw

        _invoice_raw = d.pop("invoice", UNSET)
        invoice: HostedPageInvoice | Unset
        if isinstance(_invoice_raw, dict):
            invoice = HostedPageInvoice.from_dict(_invoice_raw)
        else:
            invoice = _invoice_raw

        hosted_page_data = cls(
            subscription=subscription,
            invoice=invoice,
        )

        hosted_page_data.additional_properties = d
        return hosted_page_data

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


from ..models.hosted_page_invoice import HostedPageInvoice  # noqa: E402
from ..models.hosted_page_subscription import HostedPageSubscription  # noqa: E402
