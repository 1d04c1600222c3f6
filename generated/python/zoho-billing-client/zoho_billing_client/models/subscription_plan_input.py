from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionPlanInput")


@_attrs_define
class SubscriptionPlanInput:
    """The plan to subscribe to, by `plan_code` (required), with optional overrides for this subscription. Zoho's file also
    lists `tax_id` as required; it is needed only to apply a tax or exemption (errata `subscription-plan-tax-required`).

        Attributes:
            plan_code (str): Code of the plan, as in the Plans catalogue (`plan_code`).
            quantity (int | Unset): Number of units of the plan; 1 when omitted.
            price (Decimal | Unset): Price of one unit for this subscription only. When omitted, the catalogue price (the
                plan's or addon's) applies.
            plan_description (str | Unset): Description of the plan for this subscription, shown on invoices instead of the
                plan name.
            setup_fee (Decimal | Unset): Setup fee for this subscription, instead of the plan's.
            setup_fee_tax_id (str | Unset): ID of the tax on the setup fee; empty to apply a tax exemption instead.
            setup_fee_tax_exemption_id (str | Unset): ID of the tax exemption for the setup fee.
            setup_fee_tax_exemption_code (str | Unset): Code of the tax exemption for the setup fee.
            tax_id (str | Unset): ID of the tax or tax group to apply. Leave it empty to apply a tax exemption instead.
            tax_exemption_id (str | Unset): ID of the tax exemption to apply.
            tax_exemption_code (str | Unset): Code of the tax exemption to apply, such as `GST FREE`.
            tds_tax_id (str | Unset): ID of the TDS tax (tax withheld at source; Zoho flags it for the Mexico edition).
                Zoho's example is a JSON number; IDs are strings here (errata).
            sat_item_key_code (str | Unset): Mexican SAT product or service key, from the SAT CFDI catalogue
                (c_ClaveProdServ). Zoho's example is a JSON number; a key code is text (errata).
            unitkey_code (str | Unset): Mexican SAT unit key, from the SAT CFDI catalogue (c_ClaveUnidad).
            exclude_trial (bool | Unset): True to skip the plan's trial period for this subscription.
            exclude_setup_fee (bool | Unset): True to skip the plan's setup fee for this subscription.
            billing_cycles (int | Unset): Number of billing cycles for this subscription, instead of the plan's; -1 for no
                limit.
            trial_days (int | Unset): Free trial days for this subscription, instead of the plan's (applies even with
                `exclude_trial`).
            tags (list[CustomerTagReference] | Unset): Reporting tags of the plan line.
            item_custom_fields (list[SubscriptionItemCustomField] | Unset): Custom field values of the plan line.
    """

    plan_code: str
    quantity: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    plan_description: str | Unset = UNSET
    setup_fee: Decimal | Unset = UNSET
    setup_fee_tax_id: str | Unset = UNSET
    setup_fee_tax_exemption_id: str | Unset = UNSET
    setup_fee_tax_exemption_code: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    tds_tax_id: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    exclude_trial: bool | Unset = UNSET
    exclude_setup_fee: bool | Unset = UNSET
    billing_cycles: int | Unset = UNSET
    trial_days: int | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    item_custom_fields: list[SubscriptionItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_code = self.plan_code

        quantity = self.quantity

        price = self.price

        plan_description = self.plan_description

        setup_fee = self.setup_fee

        setup_fee_tax_id = self.setup_fee_tax_id

        setup_fee_tax_exemption_id = self.setup_fee_tax_exemption_id

        setup_fee_tax_exemption_code = self.setup_fee_tax_exemption_code

        tax_id = self.tax_id

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        tds_tax_id = self.tds_tax_id

        sat_item_key_code = self.sat_item_key_code

        unitkey_code = self.unitkey_code

        exclude_trial = self.exclude_trial

        exclude_setup_fee = self.exclude_setup_fee

        billing_cycles = self.billing_cycles

        trial_days = self.trial_days

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = (
                        tags_item_data.to_dict() if isinstance(tags_item_data, CustomerTagReference) else tags_item_data
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
                        if isinstance(item_custom_fields_item_data, SubscriptionItemCustomField)
                        else item_custom_fields_item_data
                    )
                    item_custom_fields.append(item_custom_fields_item)
            else:
                item_custom_fields = self.item_custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_code": plan_code,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if plan_description is not UNSET:
            field_dict["plan_description"] = plan_description
        if setup_fee is not UNSET:
            field_dict["setup_fee"] = setup_fee
        if setup_fee_tax_id is not UNSET:
            field_dict["setup_fee_tax_id"] = setup_fee_tax_id
        if setup_fee_tax_exemption_id is not UNSET:
            field_dict["setup_fee_tax_exemption_id"] = setup_fee_tax_exemption_id
        if setup_fee_tax_exemption_code is not UNSET:
            field_dict["setup_fee_tax_exemption_code"] = setup_fee_tax_exemption_code
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code
        if tds_tax_id is not UNSET:
            field_dict["tds_tax_id"] = tds_tax_id
        if sat_item_key_code is not UNSET:
            field_dict["sat_item_key_code"] = sat_item_key_code
        if unitkey_code is not UNSET:
            field_dict["unitkey_code"] = unitkey_code
        if exclude_trial is not UNSET:
            field_dict["exclude_trial"] = exclude_trial
        if exclude_setup_fee is not UNSET:
            field_dict["exclude_setup_fee"] = exclude_setup_fee
        if billing_cycles is not UNSET:
            field_dict["billing_cycles"] = billing_cycles
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_code = d.pop("plan_code")

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal:
            price = as_decimal(price)

        plan_description = d.pop("plan_description", UNSET)

        setup_fee = d.pop("setup_fee", UNSET)
        if setup_fee.__class__ is not Decimal:
            setup_fee = as_decimal(setup_fee)

        setup_fee_tax_id = d.pop("setup_fee_tax_id", UNSET)

        setup_fee_tax_exemption_id = d.pop("setup_fee_tax_exemption_id", UNSET)

        setup_fee_tax_exemption_code = d.pop("setup_fee_tax_exemption_code", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        tds_tax_id = d.pop("tds_tax_id", UNSET)

        sat_item_key_code = d.pop("sat_item_key_code", UNSET)

        unitkey_code = d.pop("unitkey_code", UNSET)

        exclude_trial = d.pop("exclude_trial", UNSET)

        exclude_setup_fee = d.pop("exclude_setup_fee", UNSET)

        billing_cycles = d.pop("billing_cycles", UNSET)

        trial_days = d.pop("trial_days", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[CustomerTagReference] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: CustomerTagReference
                if isinstance(_tags_item_raw, dict):
                    tags_item = CustomerTagReference.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        _item_custom_fields = d.pop("item_custom_fields", UNSET)
        item_custom_fields: list[SubscriptionItemCustomField] | Unset
        if isinstance(_item_custom_fields, list):
            item_custom_fields = []
            for item_custom_fields_item_data in _item_custom_fields:
                _item_custom_fields_item_raw = item_custom_fields_item_data
                item_custom_fields_item: SubscriptionItemCustomField
                if isinstance(_item_custom_fields_item_raw, dict):
                    item_custom_fields_item = SubscriptionItemCustomField.from_dict(_item_custom_fields_item_raw)
                else:
                    item_custom_fields_item = _item_custom_fields_item_raw

                item_custom_fields.append(item_custom_fields_item)
        else:
            item_custom_fields = _item_custom_fields

        subscription_plan_input = cls(
            plan_code=plan_code,
            quantity=quantity,
            price=price,
            plan_description=plan_description,
            setup_fee=setup_fee,
            setup_fee_tax_id=setup_fee_tax_id,
            setup_fee_tax_exemption_id=setup_fee_tax_exemption_id,
            setup_fee_tax_exemption_code=setup_fee_tax_exemption_code,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            tds_tax_id=tds_tax_id,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            exclude_trial=exclude_trial,
            exclude_setup_fee=exclude_setup_fee,
            billing_cycles=billing_cycles,
            trial_days=trial_days,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        subscription_plan_input.additional_properties = d
        return subscription_plan_input

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


from ..models.customer_tag_reference import CustomerTagReference  # noqa: E402
from ..models.subscription_item_custom_field import SubscriptionItemCustomField  # noqa: E402
