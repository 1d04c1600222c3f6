from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_interval_unit import SubscriptionIntervalUnit
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionSummary")


@_attrs_define
class SubscriptionSummary:
    """The short form of a subscription that the list returns: its customer, plan name, status, amount and dates, without
    plan, addon, coupon or card objects. `subscription_id` and `status` are always there.

        Attributes:
            subscription_id (str): Unique ID Zoho assigns to the subscription: a string of digits, with the same pattern as
                the `subscription_id` path parameter, so a value read here can be sent back there.
            status (SubscriptionStatus): Where the subscription is in its life. Zoho lists the eleven values without
                meanings; the meanings here are this project's reading of Zoho's help. Zoho may add values (third-party SDKs
                show `paused`, unconfirmed): keep any value you do not know.
            name (str | Unset): Name of the subscription (product and plan names joined).
            customer_id (str | Unset): ID of the customer the subscription bills.
            customer_name (str | Unset): Display name of the customer.
            email (str | Unset): Email address of the customer.
            plan_name (str | Unset): Name of the subscribed plan.
            amount (Decimal | Unset): Amount charged for the subscription on each renewal.
            created_at (str | Unset): Date the subscription was created.
            activated_at (str | Unset): Date the subscription became live.
            current_term_starts_at (str | Unset): First day of the current term.
            current_term_ends_at (str | Unset): Last day of the current term.
            last_billing_at (str | Unset): Date the customer was last billed.
            next_billing_at (str | Unset): Date of the next bill.
            expires_at (str | Unset): Date the subscription expires, for a plan with a fixed number of billing cycles.
            interval (int | Unset): Number of `interval_unit`s between two bills (a number; errata).
            interval_unit (SubscriptionIntervalUnit | Unset): Unit of the billing interval.
            auto_collect (bool | Unset): How renewals are paid. `true`: online mode, the customer's card (or bank account)
                is charged automatically on every renewal. `false`: offline mode, the invoices wait for a payment to be
                recorded.
            created_time (str | Unset): Time the subscription was created.
            updated_time (str | Unset): Time the subscription was last changed.
            reference_id (str | Unset): A text of your own that identifies the subscription in your systems (Zoho's
                "Reference#"); the list can be searched by it (`reference_contains`).
            salesperson_id (str | Unset): ID of the salesperson assigned to the subscription.
            salesperson_name (str | Unset): Name of the salesperson assigned to the subscription.
            currency_code (str | Unset): ISO 4217 code of the subscription's currency, such as `USD`.
            currency_symbol (str | Unset): Symbol of the subscription's currency.
    """

    subscription_id: str
    status: SubscriptionStatus
    name: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    email: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    created_at: str | Unset = UNSET
    activated_at: str | Unset = UNSET
    current_term_starts_at: str | Unset = UNSET
    current_term_ends_at: str | Unset = UNSET
    last_billing_at: str | Unset = UNSET
    next_billing_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    interval: int | Unset = UNSET
    interval_unit: SubscriptionIntervalUnit | Unset = UNSET
    auto_collect: bool | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    salesperson_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        status = self.status.value if isinstance(self.status, SubscriptionStatus) else self.status

        name = self.name

        customer_id = self.customer_id

        customer_name = self.customer_name

        email = self.email

        plan_name = self.plan_name

        amount = self.amount

        created_at = self.created_at

        activated_at = self.activated_at

        current_term_starts_at = self.current_term_starts_at

        current_term_ends_at = self.current_term_ends_at

        last_billing_at = self.last_billing_at

        next_billing_at = self.next_billing_at

        expires_at = self.expires_at

        interval = self.interval

        interval_unit: str | Unset = UNSET
        if not isinstance(self.interval_unit, Unset):
            interval_unit = (
                self.interval_unit.value
                if isinstance(self.interval_unit, SubscriptionIntervalUnit)
                else self.interval_unit
            )

        auto_collect = self.auto_collect

        created_time = self.created_time

        updated_time = self.updated_time

        reference_id = self.reference_id

        salesperson_id = self.salesperson_id

        salesperson_name = self.salesperson_name

        currency_code = self.currency_code

        currency_symbol = self.currency_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if email is not UNSET:
            field_dict["email"] = email
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at
        if current_term_starts_at is not UNSET:
            field_dict["current_term_starts_at"] = current_term_starts_at
        if current_term_ends_at is not UNSET:
            field_dict["current_term_ends_at"] = current_term_ends_at
        if last_billing_at is not UNSET:
            field_dict["last_billing_at"] = last_billing_at
        if next_billing_at is not UNSET:
            field_dict["next_billing_at"] = next_billing_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_unit is not UNSET:
            field_dict["interval_unit"] = interval_unit
        if auto_collect is not UNSET:
            field_dict["auto_collect"] = auto_collect
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if salesperson_id is not UNSET:
            field_dict["salesperson_id"] = salesperson_id
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        _status_raw = d.pop("status")
        status: SubscriptionStatus
        if isinstance(_status_raw, str):
            status = SubscriptionStatus(_status_raw)
        else:
            status = _status_raw

        name = d.pop("name", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        email = d.pop("email", UNSET)

        plan_name = d.pop("plan_name", UNSET)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        created_at = d.pop("created_at", UNSET)

        activated_at = d.pop("activated_at", UNSET)

        current_term_starts_at = d.pop("current_term_starts_at", UNSET)

        current_term_ends_at = d.pop("current_term_ends_at", UNSET)

        last_billing_at = d.pop("last_billing_at", UNSET)

        next_billing_at = d.pop("next_billing_at", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        interval = d.pop("interval", UNSET)

        _interval_unit_raw = d.pop("interval_unit", UNSET)
        interval_unit: SubscriptionIntervalUnit | Unset
        if isinstance(_interval_unit_raw, str):
            interval_unit = SubscriptionIntervalUnit(_interval_unit_raw)
        else:
            interval_unit = _interval_unit_raw

        auto_collect = d.pop("auto_collect", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        salesperson_id = d.pop("salesperson_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        subscription_summary = cls(
            subscription_id=subscription_id,
            status=status,
            name=name,
            customer_id=customer_id,
            customer_name=customer_name,
            email=email,
            plan_name=plan_name,
            amount=amount,
            created_at=created_at,
            activated_at=activated_at,
            current_term_starts_at=current_term_starts_at,
            current_term_ends_at=current_term_ends_at,
            last_billing_at=last_billing_at,
            next_billing_at=next_billing_at,
            expires_at=expires_at,
            interval=interval,
            interval_unit=interval_unit,
            auto_collect=auto_collect,
            created_time=created_time,
            updated_time=updated_time,
            reference_id=reference_id,
            salesperson_id=salesperson_id,
            salesperson_name=salesperson_name,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
        )

        subscription_summary.additional_properties = d
        return subscription_summary

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
