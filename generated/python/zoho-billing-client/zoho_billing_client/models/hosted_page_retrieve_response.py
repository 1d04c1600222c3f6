from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_page_action import HostedPageAction
from ..models.hosted_page_status import HostedPageStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedPageRetrieveResponse")


@_attrs_define
class HostedPageRetrieveResponse:
    """Success body of "retrieve a hosted page". Unlike every other Zoho answer it is not wrapped: the page's fields sit at
    the top level, beside `code` and `message` (errata `retrieve-not-wrapped`); the SDK returns this whole body
    (`x-zoho-sdk` result of kind `object` without `key`).

        Attributes:
            code (Literal[0]): 0 for success.
            message (str): Zoho's confirmation text, `success`.
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
            custom_fields (list[HostedPageCustomField] | Unset): Custom field values set on the page's transaction.
            data (HostedPageData | Unset): What the completed page produced. Empty for a page the customer has not
                completed; for a completed subscription page, the subscription and the invoice it raised. Zoho documents these
                two; a page of another kind may carry other keys, which clients should keep.
    """

    code: Literal[0]
    message: str
    hostedpage_id: str
    status: HostedPageStatus
    url: str
    action: HostedPageAction
    expiring_time: str
    created_time: str
    custom_fields: list[HostedPageCustomField] | Unset = UNSET
    data: HostedPageData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        hostedpage_id = self.hostedpage_id

        status = self.status.value if isinstance(self.status, HostedPageStatus) else self.status

        url = self.url

        action = self.action.value if isinstance(self.action, HostedPageAction) else self.action

        expiring_time = self.expiring_time

        created_time = self.created_time

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, HostedPageCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict() if isinstance(self.data, HostedPageData) else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "hostedpage_id": hostedpage_id,
                "status": status,
                "url": url,
                "action": action,
                "expiring_time": expiring_time,
                "created_time": created_time,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

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

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[HostedPageCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: HostedPageCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = HostedPageCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        _data_raw = d.pop("data", UNSET)
        data: HostedPageData | Unset
        if isinstance(_data_raw, dict):
            data = HostedPageData.from_dict(_data_raw)
        else:
            data = _data_raw

        hosted_page_retrieve_response = cls(
            code=code,
            message=message,
            hostedpage_id=hostedpage_id,
            status=status,
            url=url,
            action=action,
            expiring_time=expiring_time,
            created_time=created_time,
            custom_fields=custom_fields,
            data=data,
        )

        hosted_page_retrieve_response.additional_properties = d
        return hosted_page_retrieve_response

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


from ..models.hosted_page_custom_field import HostedPageCustomField  # noqa: E402
from ..models.hosted_page_data import HostedPageData  # noqa: E402
