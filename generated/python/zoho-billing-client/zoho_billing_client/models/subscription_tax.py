from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionTax")


@_attrs_define
class SubscriptionTax:
    """A tax applied to a subscription or invoice, with its amount.

    Attributes:
        tax_id (str | Unset): ID of the tax.
        tax_name (str | Unset): Name of the tax, such as `GST`.
        tax_amount (Decimal | Unset): Amount of the tax. Zoho documents a decimal string such as `"2.50"`; a JSON number
            is accepted too, as for transaction amounts. Read it as an exact decimal.
    """

    tax_id: str | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        tax_name = self.tax_name

        tax_amount = self.tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_id = d.pop("tax_id", UNSET)

        tax_name = d.pop("tax_name", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)
        if tax_amount.__class__ is not Decimal:
            tax_amount = as_decimal(tax_amount)

        subscription_tax = cls(
            tax_id=tax_id,
            tax_name=tax_name,
            tax_amount=tax_amount,
        )

        subscription_tax.additional_properties = d
        return subscription_tax

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
