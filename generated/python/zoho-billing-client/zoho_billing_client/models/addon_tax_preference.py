from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_specification import TaxSpecification
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="AddonTaxPreference")


@_attrs_define
class AddonTaxPreference:
    """A tax applied to the addon for one kind of supply (India GST).

    Attributes:
        tax_specification (TaxSpecification | Unset): Kind of supply an Indian GST tax applies to.
        tax_name (str | Unset): Name of the tax, such as `GST`.
        tax_percentage (Decimal | Unset): Rate of the tax, in percent.
        tax_id (str | Unset): ID of the tax.
    """

    tax_specification: TaxSpecification | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_percentage: Decimal | Unset = UNSET
    tax_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_specification: str | Unset = UNSET
        if not isinstance(self.tax_specification, Unset):
            tax_specification = (
                self.tax_specification.value
                if isinstance(self.tax_specification, TaxSpecification)
                else self.tax_specification
            )

        tax_name = self.tax_name

        tax_percentage = self.tax_percentage

        tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_specification is not UNSET:
            field_dict["tax_specification"] = tax_specification
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_percentage is not UNSET:
            field_dict["tax_percentage"] = tax_percentage
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tax_specification_raw = d.pop("tax_specification", UNSET)
        tax_specification: TaxSpecification | Unset
        if isinstance(_tax_specification_raw, str):
            tax_specification = TaxSpecification(_tax_specification_raw)
        else:
            tax_specification = _tax_specification_raw

        tax_name = d.pop("tax_name", UNSET)

        tax_percentage = d.pop("tax_percentage", UNSET)
        if tax_percentage.__class__ is not Decimal:
            tax_percentage = as_decimal(tax_percentage)

        tax_id = d.pop("tax_id", UNSET)

        addon_tax_preference = cls(
            tax_specification=tax_specification,
            tax_name=tax_name,
            tax_percentage=tax_percentage,
            tax_id=tax_id,
        )

        addon_tax_preference.additional_properties = d
        return addon_tax_preference

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
