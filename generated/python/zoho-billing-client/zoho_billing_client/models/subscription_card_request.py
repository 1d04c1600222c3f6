from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCardRequest")


@_attrs_define
class SubscriptionCardRequest:
    """Body of "update the card": the card to charge from now on (required).

    Attributes:
        card_id (str): ID of the customer's card to charge from now on.
        auto_collect (bool | Unset): How renewals are paid. `true`: online mode, the customer's card (or bank account)
            is charged automatically on every renewal. `false`: offline mode, the invoices wait for a payment to be
            recorded.
    """

    card_id: str
    auto_collect: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        auto_collect = self.auto_collect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
            }
        )
        if auto_collect is not UNSET:
            field_dict["auto_collect"] = auto_collect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("card_id")

        auto_collect = d.pop("auto_collect", UNSET)

        subscription_card_request = cls(
            card_id=card_id,
            auto_collect=auto_collect,
        )

        subscription_card_request.additional_properties = d
        return subscription_card_request

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
