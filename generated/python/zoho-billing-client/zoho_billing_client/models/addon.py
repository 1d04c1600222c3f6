from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addon_interval_unit import AddonIntervalUnit
from ..models.addon_pricing_scheme import AddonPricingScheme
from ..models.addon_product_type import AddonProductType
from ..models.addon_status import AddonStatus
from ..models.addon_type import AddonType
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="Addon")


@_attrs_define
class Addon:
    """An addon as Zoho returns it from create, retrieve and update: something sold beside a plan, once (`one_time`) or
    with every renewal of the subscription (`recurring`), priced by one of four schemes through its price brackets. It
    is identified by the code the caller gave it. The required fields are those Zoho's example and every recorded
    response carry and that Zoho either sets itself (status, and the defaults of type, pricing scheme and plan
    applicability) or requires on create; the others may be absent (a one-time addon has no `interval_unit`).

        Attributes:
            addon_code (str): Code the caller chooses for the addon when creating it; it identifies the addon in every later
                call (`/addons/{addon_code}`) and in subscriptions. Zoho calls it unique. Zoho's help pages ask for fewer than
                100 characters, without spaces (hyphens and underscores are allowed); the API reference gives no limit, so only
                the length is declared here.
            name (str): Name of the addon shown in the app and on invoices; under 100 characters (Zoho's help pages).
            unit_name (str): What one unit of the addon is called (such as `Email` or `seat`).
            pricing_scheme (AddonPricingScheme): How the addon's price depends on the quantity bought (Zoho's help pages
                explain the schemes; the meanings below are our summary of them).
            price_brackets (list[AddonPriceBracket]): The addon's prices by quantity range (Zoho shows at least one): one
                bracket with only a price for the unit scheme; for the other schemes, ranges of quantities each with its price.
            type_ (AddonType): Whether the addon is charged once or with every renewal of the subscription.
            applicable_to_all_plans (bool): True when the addon can be bought with every plan of its product; false when
                only with the plans listed in `plans`.
            status (AddonStatus): Whether the addon can be added to new subscriptions.
            product_id (str): ID of the product the addon belongs to. An addon is offered with plans of this product only.
            unit (str | Unset): Unit the addon is measured in, such as `kg` (Zoho documents it with the same words as
                `unit_name`; only responses carry it).
            interval_unit (AddonIntervalUnit | Unset): How often a recurring addon is billed.
            tags (list[AddonTag] | Unset): Reporting tags of the addon.
            custom_fields (list[AddonCustomField] | Unset): Values of the organization's custom fields for addons.
            plans (list[AddonPlan] | Unset): The plans the addon can be bought with, when `applicable_to_all_plans` is
                false.
            description (str | Unset): Short description of the addon; up to 2000 characters (Zoho's help pages).
            store_markup_description (str | Unset): Long description of the addon, shown on hosted pages (inferred from the
                name).
            product_type (AddonProductType | Unset): Whether the addon is a good or a service, for the tax rules of the
                United Kingdom (VAT) and India (GST). Zoho shows `goods` without listing the values; those of items (goods,
                service) are assumed (inferred).
            hsn_or_sac (str | Unset): Indian HSN code (goods) or SAC code (services) of the addon.
            sat_item_key_code (str | Unset): Mexican SAT product or service key of the addon, from the SAT CFDI catalogue
                (c_ClaveProdServ).
            unitkey_code (str | Unset): Mexican SAT unit key of the addon, from the SAT CFDI catalogue (c_ClaveUnidad).
            item_tax_preferences (list[AddonTaxPreference] | Unset): Taxes applied to the addon for intrastate and
                interstate supplies.
            tax_id (str | Unset): ID of the tax applied to the addon. Without it no tax is applied. Recorded responses carry
                an empty string when there is none.
            created_time (str | Unset): When the addon was created.
            updated_time (str | Unset): When the addon was last changed.
            account_id (str | Unset): Not in Zoho's documentation; seen in recorded responses. ID of the income account the
                addon's sales are booked to.
            account_name (str | Unset): Not in Zoho's documentation; seen in recorded responses. Name of the income account
                the addon's sales are booked to, such as `Sales`.
            tax_name (str | Unset): Not in Zoho's documentation; seen in recorded responses. Name of the tax applied to the
                addon; an empty string when there is none.
            tax_percentage (Decimal | Unset): Not in Zoho's documentation; seen in recorded responses. Rate of the applied
                tax, in percent (0 when there is none).
            tax_type (str | Unset): Not in Zoho's documentation; seen in recorded responses. Type of the applied tax; an
                empty string when there is none.
            stock_on_hand (str | Unset): Not in Zoho's documentation of any operation (Zoho's file declares it without using
                it, as "stock available"); seen in recorded responses as an empty string.
    """

    addon_code: str
    name: str
    unit_name: str
    pricing_scheme: AddonPricingScheme
    price_brackets: list[AddonPriceBracket]
    type_: AddonType
    applicable_to_all_plans: bool
    status: AddonStatus
    product_id: str
    unit: str | Unset = UNSET
    interval_unit: AddonIntervalUnit | Unset = UNSET
    tags: list[AddonTag] | Unset = UNSET
    custom_fields: list[AddonCustomField] | Unset = UNSET
    plans: list[AddonPlan] | Unset = UNSET
    description: str | Unset = UNSET
    store_markup_description: str | Unset = UNSET
    product_type: AddonProductType | Unset = UNSET
    hsn_or_sac: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    item_tax_preferences: list[AddonTaxPreference] | Unset = UNSET
    tax_id: str | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    account_id: str | Unset = UNSET
    account_name: str | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_percentage: Decimal | Unset = UNSET
    tax_type: str | Unset = UNSET
    stock_on_hand: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_code = self.addon_code

        name = self.name

        unit_name = self.unit_name

        pricing_scheme = (
            self.pricing_scheme.value if isinstance(self.pricing_scheme, AddonPricingScheme) else self.pricing_scheme
        )

        if isinstance(self.price_brackets, list):
            price_brackets = []
            for price_brackets_item_data in self.price_brackets:
                price_brackets_item = (
                    price_brackets_item_data.to_dict()
                    if isinstance(price_brackets_item_data, AddonPriceBracket)
                    else price_brackets_item_data
                )
                price_brackets.append(price_brackets_item)
        else:
            price_brackets = self.price_brackets

        type_ = self.type_.value if isinstance(self.type_, AddonType) else self.type_

        applicable_to_all_plans = self.applicable_to_all_plans

        status = self.status.value if isinstance(self.status, AddonStatus) else self.status

        product_id = self.product_id

        unit = self.unit

        interval_unit: str | Unset = UNSET
        if not isinstance(self.interval_unit, Unset):
            interval_unit = (
                self.interval_unit.value if isinstance(self.interval_unit, AddonIntervalUnit) else self.interval_unit
            )

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = tags_item_data.to_dict() if isinstance(tags_item_data, AddonTag) else tags_item_data
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
                        if isinstance(custom_fields_item_data, AddonCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        plans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plans, Unset):
            if isinstance(self.plans, list):
                plans = []
                for plans_item_data in self.plans:
                    plans_item = (
                        plans_item_data.to_dict() if isinstance(plans_item_data, AddonPlan) else plans_item_data
                    )
                    plans.append(plans_item)
            else:
                plans = self.plans

        description = self.description

        store_markup_description = self.store_markup_description

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = (
                self.product_type.value if isinstance(self.product_type, AddonProductType) else self.product_type
            )

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
                        if isinstance(item_tax_preferences_item_data, AddonTaxPreference)
                        else item_tax_preferences_item_data
                    )
                    item_tax_preferences.append(item_tax_preferences_item)
            else:
                item_tax_preferences = self.item_tax_preferences

        tax_id = self.tax_id

        created_time = self.created_time

        updated_time = self.updated_time

        account_id = self.account_id

        account_name = self.account_name

        tax_name = self.tax_name

        tax_percentage = self.tax_percentage

        tax_type = self.tax_type

        stock_on_hand = self.stock_on_hand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addon_code": addon_code,
                "name": name,
                "unit_name": unit_name,
                "pricing_scheme": pricing_scheme,
                "price_brackets": price_brackets,
                "type": type_,
                "applicable_to_all_plans": applicable_to_all_plans,
                "status": status,
                "product_id": product_id,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if interval_unit is not UNSET:
            field_dict["interval_unit"] = interval_unit
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if plans is not UNSET:
            field_dict["plans"] = plans
        if description is not UNSET:
            field_dict["description"] = description
        if store_markup_description is not UNSET:
            field_dict["store_markup_description"] = store_markup_description
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
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_percentage is not UNSET:
            field_dict["tax_percentage"] = tax_percentage
        if tax_type is not UNSET:
            field_dict["tax_type"] = tax_type
        if stock_on_hand is not UNSET:
            field_dict["stock_on_hand"] = stock_on_hand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addon_code = d.pop("addon_code")

        name = d.pop("name")

        unit_name = d.pop("unit_name")

        _pricing_scheme_raw = d.pop("pricing_scheme")
        pricing_scheme: AddonPricingScheme
        if isinstance(_pricing_scheme_raw, str):
            pricing_scheme = AddonPricingScheme(_pricing_scheme_raw)
        else:
            pricing_scheme = _pricing_scheme_raw

        _price_brackets = d.pop("price_brackets")
        price_brackets: list[AddonPriceBracket]
        if isinstance(_price_brackets, list):
            price_brackets = []
            for price_brackets_item_data in _price_brackets:
                _price_brackets_item_raw = price_brackets_item_data
                price_brackets_item: AddonPriceBracket
                if isinstance(_price_brackets_item_raw, dict):
                    price_brackets_item = AddonPriceBracket.from_dict(_price_brackets_item_raw)
                else:
                    price_brackets_item = _price_brackets_item_raw

                price_brackets.append(price_brackets_item)
        else:
            price_brackets = _price_brackets

        _type__raw = d.pop("type")
        type_: AddonType
        if isinstance(_type__raw, str):
            type_ = AddonType(_type__raw)
        else:
            type_ = _type__raw

        applicable_to_all_plans = d.pop("applicable_to_all_plans")

        _status_raw = d.pop("status")
        status: AddonStatus
        if isinstance(_status_raw, str):
            status = AddonStatus(_status_raw)
        else:
            status = _status_raw

        product_id = d.pop("product_id")

        unit = d.pop("unit", UNSET)

        _interval_unit_raw = d.pop("interval_unit", UNSET)
        interval_unit: AddonIntervalUnit | Unset
        if isinstance(_interval_unit_raw, str):
            interval_unit = AddonIntervalUnit(_interval_unit_raw)
        else:
            interval_unit = _interval_unit_raw

        _tags = d.pop("tags", UNSET)
        tags: list[AddonTag] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_item_data in _tags:
                _tags_item_raw = tags_item_data
                tags_item: AddonTag
                if isinstance(_tags_item_raw, dict):
                    tags_item = AddonTag.from_dict(_tags_item_raw)
                else:
                    tags_item = _tags_item_raw

                tags.append(tags_item)
        else:
            tags = _tags

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[AddonCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: AddonCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = AddonCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        _plans = d.pop("plans", UNSET)
        plans: list[AddonPlan] | Unset
        if isinstance(_plans, list):
            plans = []
            for plans_item_data in _plans:
                _plans_item_raw = plans_item_data
                plans_item: AddonPlan
                if isinstance(_plans_item_raw, dict):
                    plans_item = AddonPlan.from_dict(_plans_item_raw)
                else:
                    plans_item = _plans_item_raw

                plans.append(plans_item)
        else:
            plans = _plans

        description = d.pop("description", UNSET)

        store_markup_description = d.pop("store_markup_description", UNSET)

        _product_type_raw = d.pop("product_type", UNSET)
        product_type: AddonProductType | Unset
        if isinstance(_product_type_raw, str):
            product_type = AddonProductType(_product_type_raw)
        else:
            product_type = _product_type_raw

        hsn_or_sac = d.pop("hsn_or_sac", UNSET)

        sat_item_key_code = d.pop("sat_item_key_code", UNSET)

        unitkey_code = d.pop("unitkey_code", UNSET)

        _item_tax_preferences = d.pop("item_tax_preferences", UNSET)
        item_tax_preferences: list[AddonTaxPreference] | Unset
        if isinstance(_item_tax_preferences, list):
            item_tax_preferences = []
            for item_tax_preferences_item_data in _item_tax_preferences:
                _item_tax_preferences_item_raw = item_tax_preferences_item_data
                item_tax_preferences_item: AddonTaxPreference
                if isinstance(_item_tax_preferences_item_raw, dict):
                    item_tax_preferences_item = AddonTaxPreference.from_dict(_item_tax_preferences_item_raw)
                else:
                    item_tax_preferences_item = _item_tax_preferences_item_raw

                item_tax_preferences.append(item_tax_preferences_item)
        else:
            item_tax_preferences = _item_tax_preferences

        tax_id = d.pop("tax_id", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        account_id = d.pop("account_id", UNSET)

        account_name = d.pop("account_name", UNSET)

        tax_name = d.pop("tax_name", UNSET)

        tax_percentage = d.pop("tax_percentage", UNSET)
        if tax_percentage.__class__ is not Decimal:
            tax_percentage = as_decimal(tax_percentage)

        tax_type = d.pop("tax_type", UNSET)

        stock_on_hand = d.pop("stock_on_hand", UNSET)

        addon = cls(
            addon_code=addon_code,
            name=name,
            unit_name=unit_name,
            pricing_scheme=pricing_scheme,
            price_brackets=price_brackets,
            type_=type_,
            applicable_to_all_plans=applicable_to_all_plans,
            status=status,
            product_id=product_id,
            unit=unit,
            interval_unit=interval_unit,
            tags=tags,
            custom_fields=custom_fields,
            plans=plans,
            description=description,
            store_markup_description=store_markup_description,
            product_type=product_type,
            hsn_or_sac=hsn_or_sac,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            item_tax_preferences=item_tax_preferences,
            tax_id=tax_id,
            created_time=created_time,
            updated_time=updated_time,
            account_id=account_id,
            account_name=account_name,
            tax_name=tax_name,
            tax_percentage=tax_percentage,
            tax_type=tax_type,
            stock_on_hand=stock_on_hand,
        )

        addon.additional_properties = d
        return addon

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


from ..models.addon_custom_field import AddonCustomField  # noqa: E402
from ..models.addon_plan import AddonPlan  # noqa: E402
from ..models.addon_price_bracket import AddonPriceBracket  # noqa: E402
from ..models.addon_tag import AddonTag  # noqa: E402
from ..models.addon_tax_preference import AddonTaxPreference  # noqa: E402
