from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCollectChargeRequest")


@_attrs_define
class InvoiceCollectChargeRequest:
    """Body of "collect charge": the stored card (`card_id`) or bank account (`account_id`) of the customer to charge the
    invoice's balance to, exactly one of the two (errata `invoice-collect-charge-oneof`).

        Attributes:
            card_id (str | Unset): ID of the customer's stored card to charge.
            account_id (str | Unset): ID of the customer's stored bank account to charge.
    """

    card_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("card_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        invoice_collect_charge_request = cls(
            card_id=card_id,
            account_id=account_id,
        )

        invoice_collect_charge_request.additional_properties = d
        return invoice_collect_charge_request

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
