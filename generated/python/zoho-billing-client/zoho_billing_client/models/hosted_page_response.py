from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HostedPageResponse")


@_attrs_define
class HostedPageResponse:
    """Success envelope of every hosted page create, holding the new page under `hostedpage`.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text, "Hosted page has been created successfully.".
        hostedpage (HostedPage): A payment page Zoho hosts for one purpose (`action`): a new subscription, a change of
            plan, a new card, a one-time addon, a payment method, an invoice payment. Send the customer to `url`; the card
            or bank details they enter there never pass through your servers. A page expires within one hour of its creation
            (`expiring_time`). Once the customer completes it, `status` becomes `success` and retrieving the page returns
            what it produced under `data`. The six fields that every published example carries and that Zoho sets itself are
            required (errata `required-response-fields`); `custom_fields` and `data` may be absent.
    """

    code: Literal[0]
    message: str
    hostedpage: HostedPage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        hostedpage = self.hostedpage.to_dict() if isinstance(self.hostedpage, HostedPage) else self.hostedpage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "hostedpage": hostedpage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _hostedpage_raw = d.pop("hostedpage")
        hostedpage: HostedPage
        if isinstance(_hostedpage_raw, dict):
            hostedpage = HostedPage.from_dict(_hostedpage_raw)
        else:
            hostedpage = _hostedpage_raw

        hosted_page_response = cls(
            code=code,
            message=message,
            hostedpage=hostedpage,
        )

        hosted_page_response.additional_properties = d
        return hosted_page_response

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


from ..models.hosted_page import HostedPage  # noqa: E402
