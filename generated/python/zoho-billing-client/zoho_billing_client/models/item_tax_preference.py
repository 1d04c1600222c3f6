from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_specification import TaxSpecification
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemTaxPreference")


@_attrs_define
class ItemTaxPreference:
    """A tax applied to the item for one kind of supply.

    Attributes:
        tax_id (str | Unset): ID of the tax.
        tax_specification (TaxSpecification | Unset): Kind of supply an Indian GST tax applies to.
    """

    tax_id: str | Unset = UNSET
    tax_specification: TaxSpecification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        tax_specification: str | Unset = UNSET
        if not isinstance(self.tax_specification, Unset):
            tax_specification = (
                self.tax_specification.value
                if isinstance(self.tax_specification, TaxSpecification)
                else self.tax_specification
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_specification is not UNSET:
            field_dict["tax_specification"] = tax_specification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_id = d.pop("tax_id", UNSET)

        _tax_specification_raw = d.pop("tax_specification", UNSET)
        tax_specification: TaxSpecification | Unset
        if isinstance(_tax_specification_raw, str):
            tax_specification = TaxSpecification(_tax_specification_raw)
        else:
            tax_specification = _tax_specification_raw

        item_tax_preference = cls(
            tax_id=tax_id,
            tax_specification=tax_specification,
        )

        item_tax_preference.additional_properties = d
        return item_tax_preference

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
