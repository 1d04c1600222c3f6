from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_page_interval_unit import HostedPageIntervalUnit
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="HostedPageSubscription")


@_attrs_define
class HostedPageSubscription:
    """The subscription a completed page created or changed, in the form Zoho documents for hosted pages (the Subscriptions
    module describes the full record).

        Attributes:
            subscription_id (str | Unset): ID of the subscription.
            name (str | Unset): Name of the subscription, the product name and the plan name joined, such as `GatorHost-
                Basic`.
            status (str | Unset): Status of the subscription (such as `live` or `trial`; the Subscriptions module lists the
                values). Zoho's hosted pages file describes it with the page statuses, which is an error (errata `data-
                statuses`).
            amount (Decimal | Unset): Amount charged per billing period.
            created_at (datetime.date | Unset): Date the subscription was created.
            current_term_starts_at (datetime.date | Unset): First day of the current term.
            current_term_ends_at (datetime.date | Unset): Last day of the current term.
            next_billing_at (datetime.date | Unset): Date of the next bill, which is also the start of the next term.
            expires_at (str | Unset): Last day of the last billing cycle, for a plan with a set number of cycles; empty
                otherwise.
            interval (int | Unset): Number of `interval_unit`s between two bills (2 with `months`: every two months). Zoho's
                example sends a number and declares a string (errata `interval-as-number`).
            interval_unit (HostedPageIntervalUnit | Unset): Unit of a subscription's billing interval.
            created_time (str | Unset): When the subscription was created.
            updated_time (str | Unset): When the subscription was last changed.
            reference_id (str | Unset): Your own reference for the subscription.
            salesperson_id (str | Unset): ID of the salesperson of the subscription.
            salesperson_name (str | Unset): Name of the salesperson of the subscription.
            child_invoice_id (str | Unset): ID of the most recent invoice of the subscription.
            pricebook_id (str | Unset): ID of the price list applied.
            currency_code (str | Unset): ISO 4217 code of the subscription's currency.
            currency_symbol (str | Unset): Symbol of the subscription's currency, such as `$`.
            end_of_term (bool | Unset): True when the last change takes effect at the end of the current term rather than at
                once.
            product_id (str | Unset): ID of the product the plan belongs to.
            product_name (str | Unset): Name of the product the plan belongs to.
            plan (HostedPageSubscriptionPlan | Unset): The plan of a subscription produced by a hosted page.
            addons (list[HostedPageSubscriptionAddon] | Unset): The addons of the subscription.
            taxes (list[str] | Unset): Taxes applied to the subscription, as Zoho lists them (strings).
            coupon (HostedPageSubscriptionCoupon | Unset): The coupon applied to a subscription produced by a hosted page.
            card (HostedPageCard | Unset): The card a subscription is charged to, as Zoho shows it (never the full number).
            payment_terms (int | Unset): Payment term of the subscription's invoices, in days (0 means due on receipt).
            payment_terms_label (str | Unset): Label of the payment term, such as "Due On Receipt".
            can_add_bank_account (bool | Unset): True when a bank account can be added for the customer, for ACH payments.
            customer (HostedPageSubscriptionCustomer | Unset): The customer of a subscription produced by a hosted page, in
                the short form Zoho documents there.
            custom_fields (list[HostedPageCustomField] | Unset): Custom field values of the subscription.
            contactpersons (list[HostedPageContactPerson] | Unset): Contact persons of the customer who receive the
                subscription's mails.
            notes (list[HostedPageNote] | Unset): Notes on the subscription.
            payment_gateways (list[HostedPagePaymentGatewayChoice] | Unset): Payment gateways configured for the customer.
    """

    subscription_id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    created_at: datetime.date | Unset = UNSET
    current_term_starts_at: datetime.date | Unset = UNSET
    current_term_ends_at: datetime.date | Unset = UNSET
    next_billing_at: datetime.date | Unset = UNSET
    expires_at: str | Unset = UNSET
    interval: int | Unset = UNSET
    interval_unit: HostedPageIntervalUnit | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    salesperson_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    child_invoice_id: str | Unset = UNSET
    pricebook_id: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    end_of_term: bool | Unset = UNSET
    product_id: str | Unset = UNSET
    product_name: str | Unset = UNSET
    plan: HostedPageSubscriptionPlan | Unset = UNSET
    addons: list[HostedPageSubscriptionAddon] | Unset = UNSET
    taxes: list[str] | Unset = UNSET
    coupon: HostedPageSubscriptionCoupon | Unset = UNSET
    card: HostedPageCard | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    can_add_bank_account: bool | Unset = UNSET
    customer: HostedPageSubscriptionCustomer | Unset = UNSET
    custom_fields: list[HostedPageCustomField] | Unset = UNSET
    contactpersons: list[HostedPageContactPerson] | Unset = UNSET
    notes: list[HostedPageNote] | Unset = UNSET
    payment_gateways: list[HostedPagePaymentGatewayChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        name = self.name

        status = self.status

        amount = self.amount

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.date) else self.created_at

        current_term_starts_at: str | Unset = UNSET
        if not isinstance(self.current_term_starts_at, Unset):
            current_term_starts_at = (
                self.current_term_starts_at.isoformat()
                if isinstance(self.current_term_starts_at, datetime.date)
                else self.current_term_starts_at
            )

        current_term_ends_at: str | Unset = UNSET
        if not isinstance(self.current_term_ends_at, Unset):
            current_term_ends_at = (
                self.current_term_ends_at.isoformat()
                if isinstance(self.current_term_ends_at, datetime.date)
                else self.current_term_ends_at
            )

        next_billing_at: str | Unset = UNSET
        if not isinstance(self.next_billing_at, Unset):
            next_billing_at = (
                self.next_billing_at.isoformat()
                if isinstance(self.next_billing_at, datetime.date)
                else self.next_billing_at
            )

        expires_at = self.expires_at

        interval = self.interval

        interval_unit: str | Unset = UNSET
        if not isinstance(self.interval_unit, Unset):
            interval_unit = (
                self.interval_unit.value
                if isinstance(self.interval_unit, HostedPageIntervalUnit)
                else self.interval_unit
            )

        created_time = self.created_time

        updated_time = self.updated_time

        reference_id = self.reference_id

        salesperson_id = self.salesperson_id

        salesperson_name = self.salesperson_name

        child_invoice_id = self.child_invoice_id

        pricebook_id = self.pricebook_id

        currency_code = self.currency_code

        currency_symbol = self.currency_symbol

        end_of_term = self.end_of_term

        product_id = self.product_id

        product_name = self.product_name

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict() if isinstance(self.plan, HostedPageSubscriptionPlan) else self.plan

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            if isinstance(self.addons, list):
                addons = []
                for addons_item_data in self.addons:
                    addons_item = (
                        addons_item_data.to_dict()
                        if isinstance(addons_item_data, HostedPageSubscriptionAddon)
                        else addons_item_data
                    )
                    addons.append(addons_item)
            else:
                addons = self.addons

        taxes: list[str] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = self.taxes

        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict() if isinstance(self.coupon, HostedPageSubscriptionCoupon) else self.coupon

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict() if isinstance(self.card, HostedPageCard) else self.card

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        can_add_bank_account = self.can_add_bank_account

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = (
                self.customer.to_dict() if isinstance(self.customer, HostedPageSubscriptionCustomer) else self.customer
            )

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, HostedPageCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        contactpersons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contactpersons, Unset):
            if isinstance(self.contactpersons, list):
                contactpersons = []
                for contactpersons_item_data in self.contactpersons:
                    contactpersons_item = (
                        contactpersons_item_data.to_dict()
                        if isinstance(contactpersons_item_data, HostedPageContactPerson)
                        else contactpersons_item_data
                    )
                    contactpersons.append(contactpersons_item)
            else:
                contactpersons = self.contactpersons

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            if isinstance(self.notes, list):
                notes = []
                for notes_item_data in self.notes:
                    notes_item = (
                        notes_item_data.to_dict() if isinstance(notes_item_data, HostedPageNote) else notes_item_data
                    )
                    notes.append(notes_item)
            else:
                notes = self.notes

        payment_gateways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_gateways, Unset):
            if isinstance(self.payment_gateways, list):
                payment_gateways = []
                for payment_gateways_item_data in self.payment_gateways:
                    payment_gateways_item = (
                        payment_gateways_item_data.to_dict()
                        if isinstance(payment_gateways_item_data, HostedPagePaymentGatewayChoice)
                        else payment_gateways_item_data
                    )
                    payment_gateways.append(payment_gateways_item)
            else:
                payment_gateways = self.payment_gateways

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if current_term_starts_at is not UNSET:
            field_dict["current_term_starts_at"] = current_term_starts_at
        if current_term_ends_at is not UNSET:
            field_dict["current_term_ends_at"] = current_term_ends_at
        if next_billing_at is not UNSET:
            field_dict["next_billing_at"] = next_billing_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_unit is not UNSET:
            field_dict["interval_unit"] = interval_unit
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
        if child_invoice_id is not UNSET:
            field_dict["child_invoice_id"] = child_invoice_id
        if pricebook_id is not UNSET:
            field_dict["pricebook_id"] = pricebook_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if end_of_term is not UNSET:
            field_dict["end_of_term"] = end_of_term
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if plan is not UNSET:
            field_dict["plan"] = plan
        if addons is not UNSET:
            field_dict["addons"] = addons
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if card is not UNSET:
            field_dict["card"] = card
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if can_add_bank_account is not UNSET:
            field_dict["can_add_bank_account"] = can_add_bank_account
        if customer is not UNSET:
            field_dict["customer"] = customer
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if contactpersons is not UNSET:
            field_dict["contactpersons"] = contactpersons
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_gateways is not UNSET:
            field_dict["payment_gateways"] = payment_gateways

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        created_at = as_date(d.pop("created_at", UNSET))

        current_term_starts_at = as_date(d.pop("current_term_starts_at", UNSET))

        current_term_ends_at = as_date(d.pop("current_term_ends_at", UNSET))

        next_billing_at = as_date(d.pop("next_billing_at", UNSET))

        expires_at = d.pop("expires_at", UNSET)

        interval = d.pop("interval", UNSET)

        _interval_unit_raw = d.pop("interval_unit", UNSET)
        interval_unit: HostedPageIntervalUnit | Unset
        if isinstance(_interval_unit_raw, str):
            interval_unit = HostedPageIntervalUnit(_interval_unit_raw)
        else:
            interval_unit = _interval_unit_raw

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        salesperson_id = d.pop("salesperson_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        child_invoice_id = d.pop("child_invoice_id", UNSET)

        pricebook_id = d.pop("pricebook_id", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        end_of_term = d.pop("end_of_term", UNSET)

        product_id = d.pop("product_id", UNSET)

        product_name = d.pop("product_name", UNSET)

        _plan_raw = d.pop("plan", UNSET)
        plan: HostedPageSubscriptionPlan | Unset
        if isinstance(_plan_raw, dict):
            plan = HostedPageSubscriptionPlan.from_dict(_plan_raw)
        else:
            plan = _plan_raw

        _addons = d.pop("addons", UNSET)
        addons: list[HostedPageSubscriptionAddon] | Unset
        if isinstance(_addons, list):
            addons = []
            for addons_item_data in _addons:
                _addons_item_raw = addons_item_data
                addons_item: HostedPageSubscriptionAddon
                if isinstance(_addons_item_raw, dict):
                    addons_item = HostedPageSubscriptionAddon.from_dict(_addons_item_raw)
                else:
                    addons_item = _addons_item_raw

                addons.append(addons_item)
        else:
            addons = _addons

        taxes = cast(list[str], d.pop("taxes", UNSET))

        _coupon_raw = d.pop("coupon", UNSET)
        coupon: HostedPageSubscriptionCoupon | Unset
        if isinstance(_coupon_raw, dict):
            coupon = HostedPageSubscriptionCoupon.from_dict(_coupon_raw)
        else:
            coupon = _coupon_raw

        _card_raw = d.pop("card", UNSET)
        card: HostedPageCard | Unset
        if isinstance(_card_raw, dict):
            card = HostedPageCard.from_dict(_card_raw)
        else:
            card = _card_raw

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        can_add_bank_account = d.pop("can_add_bank_account", UNSET)

        _customer_raw = d.pop("customer", UNSET)
        customer: HostedPageSubscriptionCustomer | Unset
        if isinstance(_customer_raw, dict):
            customer = HostedPageSubscriptionCustomer.from_dict(_customer_raw)
        else:
            customer = _customer_raw

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[HostedPageCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: HostedPageCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = HostedPageCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        _contactpersons = d.pop("contactpersons", UNSET)
        contactpersons: list[HostedPageContactPerson] | Unset
        if isinstance(_contactpersons, list):
            contactpersons = []
            for contactpersons_item_data in _contactpersons:
                _contactpersons_item_raw = contactpersons_item_data
                contactpersons_item: HostedPageContactPerson
                if isinstance(_contactpersons_item_raw, dict):
                    contactpersons_item = HostedPageContactPerson.from_dict(_contactpersons_item_raw)
                else:
                    contactpersons_item = _contactpersons_item_raw

                contactpersons.append(contactpersons_item)
        else:
            contactpersons = _contactpersons

        _notes = d.pop("notes", UNSET)
        notes: list[HostedPageNote] | Unset
        if isinstance(_notes, list):
            notes = []
            for notes_item_data in _notes:
                _notes_item_raw = notes_item_data
                notes_item: HostedPageNote
                if isinstance(_notes_item_raw, dict):
                    notes_item = HostedPageNote.from_dict(_notes_item_raw)
                else:
                    notes_item = _notes_item_raw

                notes.append(notes_item)
        else:
            notes = _notes

        _payment_gateways = d.pop("payment_gateways", UNSET)
        payment_gateways: list[HostedPagePaymentGatewayChoice] | Unset
        if isinstance(_payment_gateways, list):
            payment_gateways = []
            for payment_gateways_item_data in _payment_gateways:
                _payment_gateways_item_raw = payment_gateways_item_data
                payment_gateways_item: HostedPagePaymentGatewayChoice
                if isinstance(_payment_gateways_item_raw, dict):
                    payment_gateways_item = HostedPagePaymentGatewayChoice.from_dict(_payment_gateways_item_raw)
                else:
                    payment_gateways_item = _payment_gateways_item_raw

                payment_gateways.append(payment_gateways_item)
        else:
            payment_gateways = _payment_gateways

        hosted_page_subscription = cls(
            subscription_id=subscription_id,
            name=name,
            status=status,
            amount=amount,
            created_at=created_at,
            current_term_starts_at=current_term_starts_at,
            current_term_ends_at=current_term_ends_at,
            next_billing_at=next_billing_at,
            expires_at=expires_at,
            interval=interval,
            interval_unit=interval_unit,
            created_time=created_time,
            updated_time=updated_time,
            reference_id=reference_id,
            salesperson_id=salesperson_id,
            salesperson_name=salesperson_name,
            child_invoice_id=child_invoice_id,
            pricebook_id=pricebook_id,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
            end_of_term=end_of_term,
            product_id=product_id,
            product_name=product_name,
            plan=plan,
            addons=addons,
            taxes=taxes,
            coupon=coupon,
            card=card,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            can_add_bank_account=can_add_bank_account,
            customer=customer,
            custom_fields=custom_fields,
            contactpersons=contactpersons,
            notes=notes,
            payment_gateways=payment_gateways,
        )

        hosted_page_subscription.additional_properties = d
        return hosted_page_subscription

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


from ..models.hosted_page_card import HostedPageCard  # noqa: E402
from ..models.hosted_page_contact_person import HostedPageContactPerson  # noqa: E402
from ..models.hosted_page_custom_field import HostedPageCustomField  # noqa: E402
from ..models.hosted_page_note import HostedPageNote  # noqa: E402
from ..models.hosted_page_payment_gateway_choice import HostedPagePaymentGatewayChoice  # noqa: E402
from ..models.hosted_page_subscription_addon import HostedPageSubscriptionAddon  # noqa: E402
from ..models.hosted_page_subscription_coupon import HostedPageSubscriptionCoupon  # noqa: E402
from ..models.hosted_page_subscription_customer import HostedPageSubscriptionCustomer  # noqa: E402
from ..models.hosted_page_subscription_plan import HostedPageSubscriptionPlan  # noqa: E402
