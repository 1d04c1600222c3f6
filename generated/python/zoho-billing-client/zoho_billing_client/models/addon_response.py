from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddonResponse")


@_attrs_define
class AddonResponse:
    """Success envelope holding one addon.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        addon (Addon): An addon as Zoho returns it from create, retrieve and update: something sold beside a plan, once
            (`one_time`) or with every renewal of the subscription (`recurring`), priced by one of four schemes through its
            price brackets. It is identified by the code the caller gave it. The required fields are those Zoho's example
            and every recorded response carry and that Zoho either sets itself (status, and the defaults of type, pricing
            scheme and plan applicability) or requires on create; the others may be absent (a one-time addon has no
            `interval_unit`).
    """

    code: Literal[0]
    message: str
    addon: Addon
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        addon = self.addon.to_dict() if isinstance(self.addon, Addon) else self.addon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "addon": addon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _addon_raw = d.pop("addon")
        addon: Addon
        if isinstance(_addon_raw, dict):
            addon = Addon.from_dict(_addon_raw)
        else:
            addon = _addon_raw

        addon_response = cls(
            code=code,
            message=message,
            addon=addon,
        )

        addon_response.additional_properties = d
        return addon_response

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


from ..models.addon import Addon  # noqa: E402
