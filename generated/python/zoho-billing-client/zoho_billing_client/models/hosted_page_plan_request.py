from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="HostedPagePlanRequest")


@_attrs_define
class HostedPagePlanRequest:
    """The plan to subscribe to, by its code, with the changes for this subscription only (price, quantity, setup fee,
    trial, billing cycles, tax).

        Attributes:
            plan_code (str): Code of the plan (as set when the plan was created), such as `basic-monthly`.
            plan_description (str | Unset): Description of the plan for this subscription only, shown on its invoices
                instead of the plan name.
            price (Decimal | Unset): Price of one unit for this subscription; the plan's price when omitted.
            setup_fee (Decimal | Unset): Setup fee for this subscription; the plan's when omitted, 0 when
                `exclude_setup_fee` is true.
            setup_fee_tax_id (str | Unset): ID of the tax on the setup fee; leave it empty to apply a tax exemption to the
                setup fee.
            quantity (int | Unset): How many units; Zoho's default is 1.
            tags (list[HostedPageTag] | Unset): Reporting tags of the plan line.
            item_custom_fields (list[HostedPageItemCustomField] | Unset): Custom field values of the plan line, by label.
            tax_id (str | Unset): ID of the tax or tax group to apply. Leave it empty (or omit it) to apply a tax exemption
                instead.
            tax_exemption_id (str | Unset): ID of the tax exemption to apply instead of a tax.
            tax_exemption_code (str | Unset): Code of the tax exemption to apply instead of a tax, such as `GST FREE`.
            setup_fee_tax_exemption_id (str | Unset): ID of the tax exemption applied to the setup fee.
            setup_fee_tax_exemption_code (str | Unset): Code of the tax exemption applied to the setup fee.
            exclude_trial (bool | Unset): True to skip the plan's trial for this subscription. Default: False.
            exclude_setup_fee (bool | Unset): True to skip the plan's setup fee for this subscription. Default: False.
            billing_cycles (int | Unset): Number of billing cycles for this subscription, overriding the plan's; -1 renews
                until cancelled.
            trial_days (int | Unset): Trial days for this subscription, overriding the plan's; applies even when
                `exclude_trial` is true.
    """

    plan_code: str
    plan_description: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    setup_fee: Decimal | Unset = UNSET
    setup_fee_tax_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    tags: list[HostedPageTag] | Unset = UNSET
    item_custom_fields: list[HostedPageItemCustomField] | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    setup_fee_tax_exemption_id: str | Unset = UNSET
    setup_fee_tax_exemption_code: str | Unset = UNSET
    exclude_trial: bool | Unset = False
    exclude_setup_fee: bool | Unset = False
    billing_cycles: int | Unset = UNSET
    trial_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_code = self.plan_code

        plan_description = self.plan_description

        price = self.price

        setup_fee = self.setup_fee

        setup_fee_tax_id = self.setup_fee_tax_id

        quantity = self.quantity

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

        tax_id = self.tax_id

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        setup_fee_tax_exemption_id = self.setup_fee_tax_exemption_id

        setup_fee_tax_exemption_code = self.setup_fee_tax_exemption_code

        exclude_trial = self.exclude_trial

        exclude_setup_fee = self.exclude_setup_fee

        billing_cycles = self.billing_cycles

        trial_days = self.trial_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_code": plan_code,
            }
        )
        if plan_description is not UNSET:
            field_dict["plan_description"] = plan_description
        if price is not UNSET:
            field_dict["price"] = price
        if setup_fee is not UNSET:
            field_dict["setup_fee"] = setup_fee
        if setup_fee_tax_id is not UNSET:
            field_dict["setup_fee_tax_id"] = setup_fee_tax_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code
        if setup_fee_tax_exemption_id is not UNSET:
            field_dict["setup_fee_tax_exemption_id"] = setup_fee_tax_exemption_id
        if setup_fee_tax_exemption_code is not UNSET:
            field_dict["setup_fee_tax_exemption_code"] = setup_fee_tax_exemption_code
        if exclude_trial is not UNSET:
            field_dict["exclude_trial"] = exclude_trial
        if exclude_setup_fee is not UNSET:
            field_dict["exclude_setup_fee"] = exclude_setup_fee
        if billing_cycles is not UNSET:
            field_dict["billing_cycles"] = billing_cycles
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_code = d.pop("plan_code")

        plan_description = d.pop("plan_description", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        setup_fee = d.pop("setup_fee", UNSET)
        if setup_fee.__class__ is not Decimal:
            setup_fee = as_decimal(setup_fee)

        setup_fee_tax_id = d.pop("setup_fee_tax_id", UNSET)

        quantity = d.pop("quantity", UNSET)

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

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        setup_fee_tax_exemption_id = d.pop("setup_fee_tax_exemption_id", UNSET)

        setup_fee_tax_exemption_code = d.pop("setup_fee_tax_exemption_code", UNSET)

        exclude_trial = d.pop("exclude_trial", UNSET)

        exclude_setup_fee = d.pop("exclude_setup_fee", UNSET)

        billing_cycles = d.pop("billing_cycles", UNSET)

        trial_days = d.pop("trial_days", UNSET)

        hosted_page_plan_request = cls(
            plan_code=plan_code,
            plan_description=plan_description,
            price=price,
            setup_fee=setup_fee,
            setup_fee_tax_id=setup_fee_tax_id,
            quantity=quantity,
            tags=tags,
            item_custom_fields=item_custom_fields,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            setup_fee_tax_exemption_id=setup_fee_tax_exemption_id,
            setup_fee_tax_exemption_code=setup_fee_tax_exemption_code,
            exclude_trial=exclude_trial,
            exclude_setup_fee=exclude_setup_fee,
            billing_cycles=billing_cycles,
            trial_days=trial_days,
        )

        hosted_page_plan_request.additional_properties = d
        return hosted_page_plan_request

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
