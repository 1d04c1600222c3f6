from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addon_interval_unit import AddonIntervalUnit
from ..models.addon_pricing_scheme import AddonPricingScheme
from ..models.addon_product_type import AddonProductType
from ..models.addon_type import AddonType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddonUpdateRequest")


@_attrs_define
class AddonUpdateRequest:
    """Body of "update an addon". `name`, `unit_name`, `price_brackets` and `product_id` are required, as on create, so
    send them even when they do not change. The addon is named by the code in the path: Zoho's file also lists
    `addon_code` in the body (and requires it, and `plans`, which only an addon not offered with every plan needs); the
    body here leaves the code out, so it cannot clash with the path (errata `addon-update-required`).

        Attributes:
            name (str): Name of the addon shown in the app and on invoices; under 100 characters (Zoho's help pages).
            unit_name (str): What one unit of the addon is called (such as `Email` or `seat`).
            price_brackets (list[AddonPriceBracket]): The prices by quantity range, as on create (see `AddonCreateRequest`).
            product_id (str): ID of the product the addon belongs to. An addon is offered with plans of this product only.
            pricing_scheme (AddonPricingScheme | Unset): How the addon's price depends on the quantity bought (Zoho's help
                pages explain the schemes; the meanings below are our summary of them).
            type_ (AddonType | Unset): Whether the addon is charged once or with every renewal of the subscription.
            interval_unit (AddonIntervalUnit | Unset): How often a recurring addon is billed.
            tags (list[AddonTag] | Unset): Reporting tags to set, each a tag and one of its options.
            custom_fields (list[AddonCustomFieldRequest] | Unset): Custom field values to set, each identified by its label.
            applicable_to_all_plans (bool | Unset): True to offer the addon with every plan of its product, false for the
                plans in `plans` only.
            plans (list[AddonPlan] | Unset): The plans to offer the addon with, by plan code.
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
            item_tax_preferences (list[AddonTaxPreference] | Unset): Taxes to apply for intrastate and interstate supplies.
            tax_id (str | Unset): ID of the tax applied to the addon. Without it no tax is applied. Recorded responses carry
                an empty string when there is none.
            tax_exemption_id (str | Unset): ID of the tax exemption applied to the addon. Zoho does not return it.
            tax_exemption_code (str | Unset): Code of the tax exemption applied to the addon (such as `GST FREE`). Zoho does
                not return it.
    """

    name: str
    unit_name: str
    price_brackets: list[AddonPriceBracket]
    product_id: str
    pricing_scheme: AddonPricingScheme | Unset = UNSET
    type_: AddonType | Unset = UNSET
    interval_unit: AddonIntervalUnit | Unset = UNSET
    tags: list[AddonTag] | Unset = UNSET
    custom_fields: list[AddonCustomFieldRequest] | Unset = UNSET
    applicable_to_all_plans: bool | Unset = UNSET
    plans: list[AddonPlan] | Unset = UNSET
    description: str | Unset = UNSET
    store_markup_description: str | Unset = UNSET
    product_type: AddonProductType | Unset = UNSET
    hsn_or_sac: str | Unset = UNSET
    sat_item_key_code: str | Unset = UNSET
    unitkey_code: str | Unset = UNSET
    item_tax_preferences: list[AddonTaxPreference] | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_exemption_id: str | Unset = UNSET
    tax_exemption_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unit_name = self.unit_name

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

        product_id = self.product_id

        pricing_scheme: str | Unset = UNSET
        if not isinstance(self.pricing_scheme, Unset):
            pricing_scheme = (
                self.pricing_scheme.value
                if isinstance(self.pricing_scheme, AddonPricingScheme)
                else self.pricing_scheme
            )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value if isinstance(self.type_, AddonType) else self.type_

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
                        if isinstance(custom_fields_item_data, AddonCustomFieldRequest)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        applicable_to_all_plans = self.applicable_to_all_plans

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

        tax_exemption_id = self.tax_exemption_id

        tax_exemption_code = self.tax_exemption_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "unit_name": unit_name,
                "price_brackets": price_brackets,
                "product_id": product_id,
            }
        )
        if pricing_scheme is not UNSET:
            field_dict["pricing_scheme"] = pricing_scheme
        if type_ is not UNSET:
            field_dict["type"] = type_
        if interval_unit is not UNSET:
            field_dict["interval_unit"] = interval_unit
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if applicable_to_all_plans is not UNSET:
            field_dict["applicable_to_all_plans"] = applicable_to_all_plans
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
        if tax_exemption_id is not UNSET:
            field_dict["tax_exemption_id"] = tax_exemption_id
        if tax_exemption_code is not UNSET:
            field_dict["tax_exemption_code"] = tax_exemption_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        unit_name = d.pop("unit_name")

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

        product_id = d.pop("product_id")

        _pricing_scheme_raw = d.pop("pricing_scheme", UNSET)
        pricing_scheme: AddonPricingScheme | Unset
        if isinstance(_pricing_scheme_raw, str):
            pricing_scheme = AddonPricingScheme(_pricing_scheme_raw)
        else:
            pricing_scheme = _pricing_scheme_raw

        _type__raw = d.pop("type", UNSET)
        type_: AddonType | Unset
        if isinstance(_type__raw, str):
            type_ = AddonType(_type__raw)
        else:
            type_ = _type__raw

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
        custom_fields: list[AddonCustomFieldRequest] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: AddonCustomFieldRequest
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = AddonCustomFieldRequest.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        applicable_to_all_plans = d.pop("applicable_to_all_plans", UNSET)

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

        tax_exemption_id = d.pop("tax_exemption_id", UNSET)

        tax_exemption_code = d.pop("tax_exemption_code", UNSET)

        addon_update_request = cls(
            name=name,
            unit_name=unit_name,
            price_brackets=price_brackets,
            product_id=product_id,
            pricing_scheme=pricing_scheme,
            type_=type_,
            interval_unit=interval_unit,
            tags=tags,
            custom_fields=custom_fields,
            applicable_to_all_plans=applicable_to_all_plans,
            plans=plans,
            description=description,
            store_markup_description=store_markup_description,
            product_type=product_type,
            hsn_or_sac=hsn_or_sac,
            sat_item_key_code=sat_item_key_code,
            unitkey_code=unitkey_code,
            item_tax_preferences=item_tax_preferences,
            tax_id=tax_id,
            tax_exemption_id=tax_exemption_id,
            tax_exemption_code=tax_exemption_code,
        )

        addon_update_request.additional_properties = d
        return addon_update_request

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


from ..models.addon_custom_field_request import AddonCustomFieldRequest  # noqa: E402
from ..models.addon_plan import AddonPlan  # noqa: E402
from ..models.addon_price_bracket import AddonPriceBracket  # noqa: E402
from ..models.addon_tag import AddonTag  # noqa: E402
from ..models.addon_tax_preference import AddonTaxPreference  # noqa: E402
