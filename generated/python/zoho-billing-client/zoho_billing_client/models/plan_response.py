from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanResponse")


@_attrs_define
class PlanResponse:
    """Success envelope holding one plan.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        plan (Plan): A plan as Zoho returns it from create, retrieve and update. `plan_code`, `name`, `status`,
            `product_id`, `recurring_price` and `interval` are always present: Zoho's example and every recorded response
            carry them, and Zoho either sets them itself (status) or requires them on create. The other fields may be
            absent. Zoho documents `addons` in the create answer but not in the retrieve answer. Fields marked `x-zoho-
            observed` are not in Zoho's documentation but were seen in recorded responses.
    """

    code: Literal[0]
    message: str
    plan: Plan
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        plan = self.plan.to_dict() if isinstance(self.plan, Plan) else self.plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "plan": plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _plan_raw = d.pop("plan")
        plan: Plan
        if isinstance(_plan_raw, dict):
            plan = Plan.from_dict(_plan_raw)
        else:
            plan = _plan_raw

        plan_response = cls(
            code=code,
            message=message,
            plan=plan,
        )

        plan_response.additional_properties = d
        return plan_response

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


from ..models.plan import Plan  # noqa: E402
