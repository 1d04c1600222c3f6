from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanAddonReference")


@_attrs_define
class PlanAddonReference:
    """An addon associated with the plan, named by its code.

    Attributes:
        addon_code (str | Unset): Code of the addon (the addons module's identifier).
        name (str | Unset): Name of the addon. Zoho gives this property no type; its examples are text (see errata).
    """

    addon_code: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_code = self.addon_code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addon_code is not UNSET:
            field_dict["addon_code"] = addon_code
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addon_code = d.pop("addon_code", UNSET)

        name = d.pop("name", UNSET)

        plan_addon_reference = cls(
            addon_code=addon_code,
            name=name,
        )

        plan_addon_reference.additional_properties = d
        return plan_addon_reference

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
