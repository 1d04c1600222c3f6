from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionChargeRequest")


@_attrs_define
class SubscriptionChargeRequest:
    """Body of "add a charge": the amount (required) and what it is for.

    Attributes:
        amount (Decimal): Amount to charge once.
        description (str | Unset): What the charge is for, kept for reference and shown on the invoice.
        account_id (str | Unset): ID of the income account to book the charge to.
        add_to_unbilled_charges (bool | Unset): When `true`, the charges are kept as unbilled charges instead of being
            invoiced now; they can be invoiced later.
        tags (list[CustomerTagReference] | Unset): Reporting tags of the charge line.
        item_custom_fields (list[SubscriptionItemCustomField] | Unset): Custom field values of the charge line.
    """

    amount: Decimal
    description: str | Unset = UNSET
    account_id: str | Unset = UNSET
    add_to_unbilled_charges: bool | Unset = UNSET
    tags: list[CustomerTagReference] | Unset = UNSET
    item_custom_fields: list[SubscriptionItemCustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        description = self.description

        account_id = self.account_id

        add_to_unbilled_charges = self.add_to_unbilled_charges

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
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if add_to_unbilled_charges is not UNSET:
            field_dict["add_to_unbilled_charges"] = add_to_unbilled_charges
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_custom_fields is not UNSET:
            field_dict["item_custom_fields"] = item_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        description = d.pop("description", UNSET)

        account_id = d.pop("account_id", UNSET)

        add_to_unbilled_charges = d.pop("add_to_unbilled_charges", UNSET)

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

        subscription_charge_request = cls(
            amount=amount,
            description=description,
            account_id=account_id,
            add_to_unbilled_charges=add_to_unbilled_charges,
            tags=tags,
            item_custom_fields=item_custom_fields,
        )

        subscription_charge_request.additional_properties = d
        return subscription_charge_request

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
