from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_interval_unit import PlanIntervalUnit
from ..models.plan_status import PlanStatus
from ..models.product_type import ProductType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="PlanSummary")


@_attrs_define
class PlanSummary:
    """The form of a plan that the list returns: without account names, tags, custom fields and the subscribe URL, and with
    each addon by code and name only. The same six fields as in `Plan` are always present.

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
            status (PlanStatus): Whether the plan can be chosen for new subscriptions.
            unit (str | Unset): The caller's name for one unit of the plan (a subscription's quantity counts these).
            interval_unit (PlanIntervalUnit | Unset): The unit of the plan's billing `interval`; `months` when a create does
                not say.
            billing_cycles (int | Unset): Number of billing periods a subscription to the plan runs for before it expires;
                -1 (the default) means until it is cancelled. With interval 2, months and 12 cycles, the customer is billed
                every two months, twelve times.
            trial_period (int | Unset): Free trial days a new subscription to the plan starts with; 0 (the default) means no
                trial.
            setup_fee (Decimal | Unset): One-time fee charged when a subscription to the plan is created; 0 (the default)
                means none.
            setup_fee_account_id (str | Unset): ID of the income account the setup fee is booked to.
            setup_fee_account_name (str | Unset): Name of the income account the setup fee is booked to.
            tax_id (str | Unset): ID of the tax applied to the plan; without it no tax is applied. Recorded responses of
                plans without a tax show an empty string.
            tax_name (str | Unset): Not in Zoho's documentation of the plan (only of its tax preferences); seen in recorded
                live responses. Name of the applied tax, empty when none.
            tax_percentage (Decimal | Unset): Not in Zoho's documentation of the plan; seen in recorded live responses. Rate
                of the applied tax in percent, 0 when none (an exact decimal, like the amounts).
            tax_type (str | Unset): Not in Zoho's documentation of the plan; seen in recorded live responses. Type of the
                applied tax, empty when none.
            product_type (ProductType | Unset): Whether the item is a good or a service. Fixed once the item has
                transactions (code 2076).
            hsn_or_sac (str | Unset): Indian HSN code (goods) or SAC code (services) of the plan.
            sat_item_key_code (str | Unset): Mexican SAT product or service key of the plan, from the SAT CFDI catalogue
                (c_ClaveProdServ). A string of digits, sent as text (see errata plans-oas-example-types).
            unitkey_code (str | Unset): Mexican SAT unit key of the plan, from the SAT CFDI catalogue (c_ClaveUnidad).
            item_tax_preferences (list[PlanTaxPreference] | Unset): Taxes applied to the plan for intrastate and interstate
                supplies.
            description (str | Unset): A short text about the plan.
            store_markup_description (str | Unset): A longer text about the plan (its features), shown on hosted pages.
            addons (list[PlanAddonReference] | Unset): The addons associated with the plan, by code and name.
            created_time (str | Unset): When the plan was created, in Zoho's timestamp form.
            updated_time (str | Unset): When the plan was last changed, in Zoho's timestamp form.
    """

    plan_code: str
    name: str
    recurring_price: Decimal
    interval: int
    product_id: str
    status: PlanStatus
    unit: str | Unset = UNSET
    interval_unit: PlanIntervalUnit | Unset = UNSET
    billing_cycles: int | Unset = UNSET
    trial_period: int | Unset = UNSET
    setup_fee: Decimal | Unset = UNSET
    setup_fee_account_id: str | Unset = UNSET
    setup_fee_account_name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_percentage: Decimal | Unset = UNSET
    tax_type: str | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    hsn_or_sac: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    item_tax_preferences: list[PlanTaxPreference] | Unset = UNSET
    description: str | Unset = UNSET
    store_markup_description: str | Unset = UNSET
    addons: list[PlanAddonReference] | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_code = self.plan_code

        name = self.name

        recurring_price = self.recurring_price

        interval = self.interval

        product_id = self.product_id

        status = self.status.value if isinstance(self.status, PlanStatus) else self.status

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

        setup_fee_account_name = self.setup_fee_account_name

        tax_id = self.tax_id

        tax_name = self.tax_name

        tax_percentage = self.tax_percentage

        tax_type = self.tax_type

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

        description = self.description

        store_markup_description = self.store_markup_description

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            if isinstance(self.addons, list):
                addons = []
                for addons_item_data in self.addons:
                    addons_item = (
                        addons_item_data.to_dict()
                        if isinstance(addons_item_data, PlanAddonReference)
                        else addons_item_data
                    )
                    addons.append(addons_item)
            else:
                addons = self.addons

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_code": plan_code,
                "name": name,
                "recurring_price": recurring_price,
                "interval": interval,
                "product_id": product_id,
                "status": status,
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
        if setup_fee_account_name is not UNSET:
            field_dict["setup_fee_account_name"] = setup_fee_account_name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_percentage is not UNSET:
            field_dict["tax_percentage"] = tax_percentage
        if tax_type is not UNSET:
            field_dict["tax_type"] = tax_type
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
        if description is not UNSET:
            field_dict["description"] = description
        if store_markup_description is not UNSET:
            field_dict["store_markup_description"] = store_markup_description
        if addons is not UNSET:
            field_dict["addons"] = addons
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

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

        _status_raw = d.pop("status")
        status: PlanStatus
        if isinstance(_status_raw, str):
            status = PlanStatus(_status_raw)
        else:
            status = _status_raw

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

        setup_fee_account_name = d.pop("setup_fee_account_name", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        tax_name = d.pop("tax_name", UNSET)

        tax_percentage = d.pop("tax_percentage", UNSET)
        if tax_percentage.__class__ is not Decimal:
            tax_percentage = as_decimal(tax_percentage)

        tax_type = d.pop("tax_type", UNSET)

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

        description = d.pop("description", UNSET)

        store_markup_description = d.pop("store_markup_description", UNSET)

        _addons = d.pop("addons", UNSET)
        addons: list[PlanAddonReference] | Unset
        if isinstance(_addons, list):
            addons = []
            for addons_item_data in _addons:
                _addons_item_raw = addons_item_data
                addons_item: PlanAddonReference
                if isinstance(_addons_item_raw, dict):
                    addons_item = PlanAddonReference.from_dict(_addons_item_raw)
                else:
                    addons_item = _addons_item_raw

                addons.append(addons_item)
        else:
            addons = _addons

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        plan_summary = cls(
            plan_code=plan_code,
            name=name,
            recurring_price=recurring_price,
            interval=interval,
            product_id=product_id,
            status=status,
            unit=unit,
            interval_unit=interval_unit,
            billing_cycles=billing_cycles,
            trial_period=trial_period,
            setup_fee=setup_fee,
            setup_fee_account_id=setup_fee_account_id,
            setup_fee_account_name=setup_fee_account_name,
            tax_id=tax_id,
            tax_name=tax_name,
            tax_percentage=tax_percentage,
            tax_type=tax_type,
            product_type=product_type,
            hsn_or_sac=hsn_or_sac,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            item_tax_preferences=item_tax_preferences,
            description=description,
            store_markup_description=store_markup_description,
            addons=addons,
            created_time=created_time,
            updated_time=updated_time,
        )

        plan_summary.additional_properties = d
        return plan_summary

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


from ..models.plan_addon_reference import PlanAddonReference  # noqa: E402
from ..models.plan_tax_preference import PlanTaxPreference  # noqa: E402
