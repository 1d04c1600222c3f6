from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_page_action import HostedPageAction
from ..models.hosted_page_status import HostedPageStatus

T = TypeVar("T", bound="HostedPageSummary")


@_attrs_define
class HostedPageSummary:
    """A hosted page as the list returns it: without `custom_fields` and `data` (retrieve the page for those).

    Attributes:
        hostedpage_id (str): ID Zoho gives the hosted page: a long string of lower-case hexadecimal digits (Zoho's
            example has 64), with the pattern of the `hostedpage_id` path parameter, so a value read here can be sent back
            there.
        status (HostedPageStatus): Where the customer is with the page. Zoho lists the six values without their
            meanings; the meanings below are read from the names and the page's life cycle (inferred). Zoho documents no
            value for an expired page: a page simply stops working within one hour.
        url (str): Address of the page to send the customer to (open it in a browser or an iframe). It stops working
            when the page expires, at the latest one hour after it was created.
        action (HostedPageAction): What the page is for. Zoho documents four values, for the four oldest kinds of page;
            its examples for the three newer kinds show display texts ("Update payment method", "Invoice payment") instead
            of a value, so the last three values here are inferred from the endpoint names and unconfirmed (errata `action-
            values`). Clients must accept values not listed here.
        expiring_time (str): When the page stops working, at most one hour after `created_time`.
        created_time (str): When the page was created.
    """

    hostedpage_id: str
    status: HostedPageStatus
    url: str
    action: HostedPageAction
    expiring_time: str
    created_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostedpage_id = self.hostedpage_id

        status = self.status.value if isinstance(self.status, HostedPageStatus) else self.status

        url = self.url

        action = self.action.value if isinstance(self.action, HostedPageAction) else self.action

        expiring_time = self.expiring_time

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostedpage_id": hostedpage_id,
                "status": status,
                "url": url,
                "action": action,
                "expiring_time": expiring_time,
                "created_time": created_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostedpage_id = d.pop("hostedpage_id")

        _status_raw = d.pop("status")
        status: HostedPageStatus
        if isinstance(_status_raw, str):
            status = HostedPageStatus(_status_raw)
        else:
            status = _status_raw

        url = d.pop("url")

        _action_raw = d.pop("action")
        action: HostedPageAction
        if isinstance(_action_raw, str):
            action = HostedPageAction(_action_raw)
        else:
            action = _action_raw

        expiring_time = d.pop("expiring_time")

        created_time = d.pop("created_time")

        hosted_page_summary = cls(
            hostedpage_id=hostedpage_id,
            status=status,
            url=url,
            action=action,
            expiring_time=expiring_time,
            created_time=created_time,
        )

        hosted_page_summary.additional_properties = d
        return hosted_page_summary

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
