from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_interval_unit import PlanIntervalUnit
from ..models.product_type import ProductType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="PlanCreateRequest")


@_attrs_define
class PlanCreateRequest:
    """Body of "create a plan". `plan_code`, `name`, `recurring_price`, `interval` and `product_id` are required. Zoho
    documents no `addons` here: associate addons by updating the plan, or from the addon's side.

        Attributes:
            plan_code (str): Code of the plan, chosen by the caller on create and unique within the organization (Zoho:
                "unique string"). It is the plan's identifier in every path (`/plans/{plan_code}`); Zoho documents no character
                set or length.
            name (str): Name of the plan as the interface, hosted pages and invoices show it.
            recurring_price (Decimal): Amount charged every billing period of the plan (every `interval` `interval_unit`),
                in the organization's currency, before taxes, addons and coupons.
            interval (int): Number of `interval_unit`s between two bills: with 2 and `months`, the customer is billed every
                two months. At least 1 (inferred: Zoho states no minimum).
            product_id (str): ID of the product the plan belongs to; it must name an existing product (`x-zoho-record`
                `parent`). Same pattern as the `product_id` path parameter of the products module.
            unit (str | Unset): The caller's name for one unit of the plan (a subscription's quantity counts these).
            interval_unit (PlanIntervalUnit | Unset): The unit of the plan's billing `interval`; `months` when a create does
                not say.
            billing_cycles (int | Unset): Number of billing periods a subscription to the plan runs for before it expires;
                -1 (the default) means until it is cancelled. With interval 2, months and 12 cycles, the customer is billed
                every two months, twelve times. Default: -1.
            trial_period (int | Unset): Free trial days a new subscription to the plan starts with; 0 (the default) means no
                trial. Default: 0.
            setup_fee (Decimal | Unset): One-time fee charged when a subscription to the plan is created; 0 (the default)
                means none.
            setup_fee_account_id (str | Unset): ID of the income account the setup fee is booked to.
            tags (list[PlanTagReference] | Unset): Reporting tags to set, each by tag ID and option ID.
            custom_fields (list[PlanCustomFieldInput] | Unset): Custom field values to set, each named by the field's label.
            product_type (ProductType | Unset): Whether the item is a good or a service. Fixed once the item has
                transactions (code 2076).
            hsn_or_sac (str | Unset): Indian HSN code (goods) or SAC code (services) of the plan.
            sat_item_key_code (str | Unset): Mexican SAT product or service key of the plan, from the SAT CFDI catalogue
                (c_ClaveProdServ). A string of digits, sent as text (see errata plans-oas-example-types).
            unitkey_code (str | Unset): Mexican SAT unit key of the plan, from the SAT CFDI catalogue (c_ClaveUnidad).
            item_tax_preferences (list[PlanTaxPreference] | Unset): Taxes to apply for intrastate and interstate supplies.
            tax_id (str | Unset): ID of the tax applied to the plan; without it no tax is applied. Recorded responses of
                plans without a tax show an empty string.
            is_taxable (bool | Unset): True when the plan is taxable. Zoho declares a string but its example is the boolean
                `true`; a boolean here (see errata). Zoho does not return it.
            tax_exemption_id (str | Unset): ID of the tax exemption applied to a non-taxable plan. Zoho does not return it.
            tax_exemption_code (str | Unset): Code of the tax exemption applied to a non-taxable plan, such as `GST FREE`.
                Zoho does not return it.
            description (str | Unset): A short text about the plan.
            store_markup_description (str | Unset): A longer text about the plan (its features), shown on hosted pages.
            can_charge_setup_fee_immediately (bool | Unset): True to charge the setup fee upfront whenever a subscription to
                the plan is created or updated.
    """

    plan_code: str
    name: str
    recurring_price: Decimal
    interval: int
    product_id: str
    unit: str | Unset = UNSET
    interval_unit: PlanIntervalUnit | Unset = UNSET
    billing_cycles: int | Unset = -1
    trial_period: int | Unset = 0
    setup_fee: Decimal | Unset = UNSET
    setup_fee_account_id: str | Unset = UNSET
    tags: list[PlanTagReference] | Unset = UNSET
    custom_fields: list[PlanCustomFieldInput] | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    hsn_or_sac: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    item_tax_preferences: list[PlanTaxPreference] | Unset = UNSET
    tax_id: str | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    description: str | Unset = UNSET
    store_markup_description: str | Unset = UNSET
    can_charge_setup_fee_immediately: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_code = self.plan_code

        name = self.name

        recurring_price = self.recurring_price

        interval = self.interval

        product_id = self.product_id

        unit = self.unit

        interval_unit: str | Unset = UNSET
        if not isinstance(self.interval_unit, Unset):
            interval_unit = (
                self.interval_unit.value if isinstance(self.interval_unit, PlanIntervalUnit) else self.interval_unit
            )

        billing_cycles = self.billing_cycles

        trial_period = self.trial_period

        setup_fee = self.setup_fee

        setup_fee_account_id = self.setup_fee_account_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = (
                        tags_item_data.to_dict() if isinstance(tags_item_data, PlanTagReference) else tags_item_data
                    )
                    tags.append(tags_item)
            else:
                tags = self.tags

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, PlanCustomFieldInput)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type.value if isinstance(self.product_type, ProductType) else self.product_type

        hsn_or_sac = self.hsn_or_sac

        sat_item_key_code = self.sat_item_key_code

        unitkey_code = self.unitkey_code

        item_tax_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_tax_preferences, Unset):
            if isinstance(self.item_tax_preferences, list):
                item_tax_preferences = []
                for item_tax_preferences_item_data in self.item_tax_preferences:
                    item_tax_preferences_item = (
                        item_tax_preferences_item_data.to_dict()
                        if isinstance(item_tax_preferences_item_data, PlanTaxPreference)
                        else item_tax_preferences_item_data
                    )
                    item_tax_preferences.append(item_tax_preferences_item)
            else:
                item_tax_preferences = self.item_tax_preferences

        tax_id = self.tax_id

        is_taxable = self.is_taxable

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        description = self.description

        store_markup_description = self.store_markup_description

        can_charge_setup_fee_immediately = self.can_charge_setup_fee_immediately

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_code": plan_code,
                "name": name,
                "recurring_price": recurring_price,
                "interval": interval,
                "product_id": product_id,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if interval_unit is not UNSET:
            field_dict["interval_unit"] = interval_unit
        if billing_cycles is not UNSET:
            field_dict["billing_cycles"] = billing_cycles
        if trial_period is not UNSET:
            field_dict["trial_period"] = trial_period
        if setup_fee is not UNSET:
            field_dict["setup_fee"] = setup_fee
        if setup_fee_account_id is not UNSET:
            field_dict["setup_fee_account_id"] = setup_fee_account_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if hsn_or_sac is not UNSET:
            field_dict["hsn_or_sac"] = hsn_or_sac
        if sat_item_key_code is not UNSET:
            field_dict["sat_item_key_code"] = sat_item_key_code
        if unitkey_code is not UNSET:
            field_dict["unitkey_code"] = unitkey_code
        if item_tax_preferences is not UNSET:
            field_dict["item_tax_preferences"] = item_tax_preferences
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code
        if description is not UNSET:
            field_dict["description"] = description
        if store_markup_description is not UNSET:
            field_dict["store_markup_description"] = store_markup_description
        if can_charge_setup_fee_immediately is not UNSET:
            field_dict["can_charge_setup_fee_immediately"] = can_charge_setup_fee_immediately

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_code = d.pop("plan_code")

        name = d.pop("name")

        recurring_price = d.pop("recurring_price")
        if recurring_price.__class__ is not Decimal:
            recurring_price = as_decimal(recurring_price)

        interval = d.pop("interval")

        product_id = d.pop("product_id")

        unit = d.pop("unit", UNSET)

        _interval_unit_raw = d.pop("interval_unit", UNSET)
        interval_unit: PlanIntervalUnit | Unset
        if isinstance(_interval_unit_raw, str):
            interval_unit = PlanIntervalUnit(_interval_unit_raw)
        else:
            interval_unit = _interval_unit_raw

        billing_cycles = d.pop("billing_cycles", UNSET)

        trial_period = d.pop("trial_period", UNSET)

        setup_fee = d.pop("setup_fee", UNSET)
        if setup_fee.__class__ is not Decimal:
            setup_fee = as_decimal(setup_fee)

        setup_fee_account_id = d.pop("setup_fee_account_id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[PlanTagReference] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: PlanTagReference
                if isinstance(_tags_item_raw, dict):
                    tags_item = PlanTagReference.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[PlanCustomFieldInput] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: PlanCustomFieldInput
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = PlanCustomFieldInput.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        _product_type_raw = d.pop("product_type", UNSET)
        product_type: ProductType | Unset
        if isinstance(_product_type_raw, str):
            product_type = ProductType(_product_type_raw)
        else:
            product_type = _product_type_raw

        hsn_or_sac = d.pop("hsn_or_sac", UNSET)

        sat_item_key_code = d.pop("sat_item_key_code", UNSET)

        unitkey_code = d.pop("unitkey_code", UNSET)

        _item_tax_preferences = d.pop("item_tax_preferences", UNSET)
        item_tax_preferences: list[PlanTaxPreference] | Unset
        if isinstance(_item_tax_preferences, list):
            item_tax_preferences = []
            for item_tax_preferences_item_data in _item_tax_preferences:
                _item_tax_preferences_item_raw = item_tax_preferences_item_data
                item_tax_preferences_item: PlanTaxPreference
                if isinstance(_item_tax_preferences_item_raw, dict):
                    item_tax_preferences_item = PlanTaxPreference.from_dict(_item_tax_preferences_item_raw)
                else:
                    item_tax_preferences_item = _item_tax_preferences_item_raw

                item_tax_preferences.append(item_tax_preferences_item)
        else:
            item_tax_preferences = _item_tax_preferences

        tax_id = d.pop("tax_id", UNSET)

        is_taxable = d.pop("is_taxable", UNSET)

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        description = d.pop("description", UNSET)

        store_markup_description = d.pop("store_markup_description", UNSET)

        can_charge_setup_fee_immediately = d.pop("can_charge_setup_fee_immediately", UNSET)

        plan_create_request = cls(
            plan_code=plan_code,
            name=name,
            recurring_price=recurring_price,
            interval=interval,
            product_id=product_id,
            unit=unit,
            interval_unit=interval_unit,
            billing_cycles=billing_cycles,
            trial_period=trial_period,
            setup_fee=setup_fee,
            setup_fee_account_id=setup_fee_account_id,
            tags=tags,
            custom_fields=custom_fields,
            product_type=product_type,
            hsn_or_sac=hsn_or_sac,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            item_tax_preferences=item_tax_preferences,
            tax_id=tax_id,
            is_taxable=is_taxable,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
            description=description,
            store_markup_description=store_markup_description,
            can_charge_setup_fee_immediately=can_charge_setup_fee_immediately,
        )

        plan_create_request.additional_properties = d
        return plan_create_request

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


from ..models.plan_custom_field_input import PlanCustomFieldInput  # noqa: E402
from ..models.plan_tag_reference import PlanTagReference  # noqa: E402
from ..models.plan_tax_preference import PlanTaxPreference  # noqa: E402
