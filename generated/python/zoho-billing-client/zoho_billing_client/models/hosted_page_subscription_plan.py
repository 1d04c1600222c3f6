from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPageSubscriptionPlan")


@_attrs_define
class HostedPageSubscriptionPlan:
    """The plan of a subscription produced by a hosted page.

    Attributes:
        plan_code (str | Unset): Code of the plan (as set when the plan was created), such as `basic-monthly`.
        name (str | Unset): Name of the plan.
        quantity (int | Unset): How many units; Zoho's default is 1.
        price (Decimal | Unset): Price of one unit of the plan for this subscription.
        discount (Decimal | Unset): Discount on the plan.
        total (Decimal | Unset): Total amount for the plan.
        setup_fee (Decimal | Unset): One-time setup fee of the plan.
        description (str | Unset): Description of the plan for this subscription.
        tax_id (str | Unset): ID of the tax applied to the plan.
        tags (list[HostedPageTag] | Unset): Reporting tags of the plan line.
        item_custom_fields (list[HostedPageItemCustomField] | Unset): Custom field values of the plan line.
    """

    plan_code: str | Unset = UNSET
    name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    discount: Decimal | Unset = UNSET
    total: Decimal | Unset = UNSET
    setup_fee: Decimal | Unset = UNSET
    description: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tags: list[HostedPageTag] | Unset = UNSET
    item_custom_fields: list[HostedPageItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_code = self.plan_code

        name = self.name

        quantity = self.quantity

        price = self.price

        discount = self.discount

        total = self.total

        setup_fee = self.setup_fee

        description = self.description

        tax_id = self.tax_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = (
                        tags_item_data.to_dict() if isinstance(tags_item_data, HostedPageTag) else tags_item_data
                    )
                    tags.append(tags_item)
            else:
                tags = self.tags

        item_custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_custom_fields, Unset):
            if isinstance(self.item_custom_fields, list):
                item_custom_fields = []
                for item_custom_fields_item_data in self.item_custom_fields:
                    item_custom_fields_item = (
                        item_custom_fields_item_data.to_dict()
                        if isinstance(item_custom_fields_item_data, HostedPageItemCustomField)
                        else item_custom_fields_item_data
                    )
                    item_custom_fields.append(item_custom_fields_item)
            else:
                item_custom_fields = self.item_custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_code is not UNSET:
            field_dict["plan_code"] = plan_code
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total
        if setup_fee is not UNSET:
            field_dict["setup_fee"] = setup_fee
        if description is not UNSET:
            field_dict["description"] = description
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_code = d.pop("plan_code", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        discount = d.pop("discount", UNSET)
        if discount.__class__ is not Decimal:
            discount = as_decimal(discount)

        total = d.pop("total", UNSET)
        if total.__class__ is not Decimal:
            total = as_decimal(total)

        setup_fee = d.pop("setup_fee", UNSET)
        if setup_fee.__class__ is not Decimal:
            setup_fee = as_decimal(setup_fee)

        description = d.pop("description", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[HostedPageTag] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: HostedPageTag
                if isinstance(_tags_item_raw, dict):
                    tags_item = HostedPageTag.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        _item_custom_fields = d.pop("item_custom_fields", UNSET)
        item_custom_fields: list[HostedPageItemCustomField] | Unset
        if isinstance(_item_custom_fields, list):
            item_custom_fields = []
            for item_custom_fields_item_data in _item_custom_fields:
                _item_custom_fields_item_raw = item_custom_fields_item_data
                item_custom_fields_item: HostedPageItemCustomField
                if isinstance(_item_custom_fields_item_raw, dict):
                    item_custom_fields_item = HostedPageItemCustomField.from_dict(_item_custom_fields_item_raw)
                else:
                    item_custom_fields_item = _item_custom_fields_item_raw

                item_custom_fields.append(item_custom_fields_item)
        else:
            item_custom_fields = _item_custom_fields

        hosted_page_subscription_plan = cls(
            plan_code=plan_code,
            name=name,
            quantity=quantity,
            price=price,
            discount=discount,
            total=total,
            setup_fee=setup_fee,
            description=description,
            tax_id=tax_id,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        hosted_page_subscription_plan.additional_properties = d
        return hosted_page_subscription_plan

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


from ..models.hosted_page_item_custom_field import HostedPageItemCustomField  # noqa: E402
from ..models.hosted_page_tag import HostedPageTag  # noqa: E402
