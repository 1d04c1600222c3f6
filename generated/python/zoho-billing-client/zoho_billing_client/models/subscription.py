from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_interval_unit import SubscriptionIntervalUnit
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A subscription as Zoho returns it: the customer billed, the plan and addons with their quantities and prices, the
    coupon, the current term and the next billing date, and how it is paid (online with a card, or offline). Operations
    return different subsets of these fields; only `subscription_id` and `status`, which Zoho sets itself, are always
    there. `customer_id`, `sub_total` and `cancelled_at` are defined in Zoho's file but placed in no documented response
    except the list (errata `subscription-orphan-fields`).

        Attributes:
            subscription_id (str): Unique ID Zoho assigns to the subscription: a string of digits, with the same pattern as
                the `subscription_id` path parameter, so a value read here can be sent back there.
            status (SubscriptionStatus): Where the subscription is in its life. Zoho lists the eleven values without
                meanings; the meanings here are this project's reading of Zoho's help. Zoho may add values (third-party SDKs
                show `paused`, unconfirmed): keep any value you do not know.
            name (str | Unset): Name Zoho gives the subscription: the product name and the plan name joined, such as
                `GatorHost-Basic`.
            amount (Decimal | Unset): Amount charged for the subscription on each renewal.
            sub_total (Decimal | Unset): Amount of the subscription before taxes.
            customer_id (str | Unset): ID of the customer the subscription bills.
            created_at (str | Unset): Date the subscription was created.
            activated_at (str | Unset): Date the subscription became live.
            current_term_starts_at (str | Unset): First day of the current term.
            current_term_ends_at (str | Unset): Last day of the current term.
            last_billing_at (str | Unset): Date the customer was last billed.
            next_billing_at (str | Unset): Date of the next bill, which is also the first day of the next term.
            expires_at (str | Unset): Last day of the last billing cycle, for a plan with a fixed number of billing cycles;
                the subscription expires then.
            cancelled_at (str | Unset): Date the subscription was cancelled, by the customer or after repeated failed
                charges; empty while it is not cancelled.
            interval (int | Unset): Number of `interval_unit`s between two bills: 2 with `months` bills every two months.
                Zoho declares a string but sends a number (errata).
            interval_unit (SubscriptionIntervalUnit | Unset): Unit of the billing interval.
            auto_collect (bool | Unset): How renewals are paid. `true`: online mode, the customer's card (or bank account)
                is charged automatically on every renewal. `false`: offline mode, the invoices wait for a payment to be
                recorded.
            created_time (str | Unset): Time the subscription was created.
            updated_time (str | Unset): Time the subscription was last changed.
            reference_id (str | Unset): A text of your own that identifies the subscription in your systems (Zoho's
                "Reference#"); the list can be searched by it (`reference_contains`).
            place_of_supply (str | Unset): Indian state code of the place of supply, such as `TN`.
            salesperson_id (str | Unset): ID of the salesperson assigned to the subscription.
            salesperson_name (str | Unset): Name of the salesperson assigned to the subscription.
            child_invoice_id (str | Unset): ID of the latest invoice issued for the subscription.
            unbilled_charge_id (str | Unset): ID of the unbilled charges of the subscription for the term, when it has some.
            currency_code (str | Unset): ISO 4217 code of the subscription's currency, such as `USD`.
            currency_symbol (str | Unset): Symbol of the subscription's currency, such as `$`.
            end_of_term (bool | Unset): When a change takes effect. `false`: at once. `true`: when the current term ends
                (the change is scheduled and can be seen with "list scheduled changes").
            product_id (str | Unset): ID of the product the plan belongs to.
            product_name (str | Unset): Name of the product the plan belongs to.
            tax_id (str | Unset): ID of the tax applied to the subscription (in the scheduled-changes view).
            plan (SubscriptionPlan | Unset): The plan of a subscription, with the price and quantity this subscription pays.
            addons (list[SubscriptionAddon] | Unset): The recurring addons of the subscription, with their quantities and
                prices.
            coupon (SubscriptionCoupon | Unset): The coupon applied to a subscription and the discount it gives on the
                invoice total.
            card (SubscriptionCard | Unset): The card a subscription charges in online mode (only its last digits and expiry
                are shown).
            payment_terms (int | Unset): Days after the invoice date by which invoices of the subscription are due (0 - due
                on receipt).
            payment_terms_label (str | Unset): Label of the payment terms, such as `Due On Receipt`.
            can_add_bank_account (bool | Unset): True when a bank account can be added for the customer, for ACH payments.
            can_charge_setup_fee_immediately (bool | Unset): True when the setup fee is invoiced separately as soon as the
                trial starts; false when it is billed with the first charges after the trial.
            customer (SubscriptionCustomer | Unset): The customer a subscription bills, as the subscription shows it.
            custom_fields (list[SubscriptionCustomField] | Unset): Values of the organization's custom fields for
                subscriptions.
            taxes (list[SubscriptionTax] | Unset): Taxes applied to the subscription.
            contactpersons (list[SubscriptionContactPerson] | Unset): Contact persons of the customer who receive the
                subscription's documents.
            notes (list[SubscriptionNote] | Unset): Notes added to the subscription.
            payment_gateways (list[SubscriptionPaymentGatewayEntry] | Unset): Payment gateways configured for the customer.
    """

    subscription_id: str
    status: SubscriptionStatus
    name: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    sub_total: Decimal | Unset = UNSET
    customer_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    activated_at: str | Unset = UNSET
    current_term_starts_at: str | Unset = UNSET
    current_term_ends_at: str | Unset = UNSET
    last_billing_at: str | Unset = UNSET
    next_billing_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    cancelled_at: str | Unset = UNSET
    interval: int | Unset = UNSET
    interval_unit: SubscriptionIntervalUnit | Unset = UNSET
    auto_collect: bool | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    place_of_supply: str | Unset = UNSET
    salesperson_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    child_invoice_id: str | Unset = UNSET
    unbilled_charge_id: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    end_of_term: bool | Unset = UNSET
    product_id: str | Unset = UNSET
    product_name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    plan: SubscriptionPlan | Unset = UNSET
    addons: list[SubscriptionAddon] | Unset = UNSET
    coupon: SubscriptionCoupon | Unset = UNSET
    card: SubscriptionCard | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    can_add_bank_account: bool | Unset = UNSET
    can_charge_setup_fee_immediately: bool | Unset = UNSET
    customer: SubscriptionCustomer | Unset = UNSET
    custom_fields: list[SubscriptionCustomField] | Unset = UNSET
    taxes: list[SubscriptionTax] | Unset = UNSET
    contactpersons: list[SubscriptionContactPerson] | Unset = UNSET
    notes: list[SubscriptionNote] | Unset = UNSET
    payment_gateways: list[SubscriptionPaymentGatewayEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        status = self.status.value if isinstance(self.status, SubscriptionStatus) else self.status

        name = self.name

        amount = self.amount

        sub_total = self.sub_total

        customer_id = self.customer_id

        created_at = self.created_at

        activated_at = self.activated_at

        current_term_starts_at = self.current_term_starts_at

        current_term_ends_at = self.current_term_ends_at

        last_billing_at = self.last_billing_at

        next_billing_at = self.next_billing_at

        expires_at = self.expires_at

        cancelled_at = self.cancelled_at

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

        place_of_supply = self.place_of_supply

        salesperson_id = self.salesperson_id

        salesperson_name = self.salesperson_name

        child_invoice_id = self.child_invoice_id

        unbilled_charge_id = self.unbilled_charge_id

        currency_code = self.currency_code

        currency_symbol = self.currency_symbol

        end_of_term = self.end_of_term

        product_id = self.product_id

        product_name = self.product_name

        tax_id = self.tax_id

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict() if isinstance(self.plan, SubscriptionPlan) else self.plan

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            if isinstance(self.addons, list):
                addons = []
                for addons_item_data in self.addons:
                    addons_item = (
                        addons_item_data.to_dict()
                        if isinstance(addons_item_data, SubscriptionAddon)
                        else addons_item_data
                    )
                    addons.append(addons_item)
            else:
                addons = self.addons

        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict() if isinstance(self.coupon, SubscriptionCoupon) else self.coupon

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict() if isinstance(self.card, SubscriptionCard) else self.card

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        can_add_bank_account = self.can_add_bank_account

        can_charge_setup_fee_immediately = self.can_charge_setup_fee_immediately

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict() if isinstance(self.customer, SubscriptionCustomer) else self.customer

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, SubscriptionCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            if isinstance(self.taxes, list):
                taxes = []
                for taxes_item_data in self.taxes:
                    taxes_item = (
                        taxes_item_data.to_dict() if isinstance(taxes_item_data, SubscriptionTax) else taxes_item_data
                    )
                    taxes.append(taxes_item)
            else:
                taxes = self.taxes

        contactpersons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contactpersons, Unset):
            if isinstance(self.contactpersons, list):
                contactpersons = []
                for contactpersons_item_data in self.contactpersons:
                    contactpersons_item = (
                        contactpersons_item_data.to_dict()
                        if isinstance(contactpersons_item_data, SubscriptionContactPerson)
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
                        notes_item_data.to_dict() if isinstance(notes_item_data, SubscriptionNote) else notes_item_data
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
                        if isinstance(payment_gateways_item_data, SubscriptionPaymentGatewayEntry)
                        else payment_gateways_item_data
                    )
                    payment_gateways.append(payment_gateways_item)
            else:
                payment_gateways = self.payment_gateways

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if sub_total is not UNSET:
            field_dict["sub_total"] = sub_total
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
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
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
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
        if place_of_supply is not UNSET:
            field_dict["place_of_supply"] = place_of_supply
        if salesperson_id is not UNSET:
            field_dict["salesperson_id"] = salesperson_id
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name
        if child_invoice_id is not UNSET:
            field_dict["child_invoice_id"] = child_invoice_id
        if unbilled_charge_id is not UNSET:
            field_dict["unbilled_charge_id"] = unbilled_charge_id
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
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if plan is not UNSET:
            field_dict["plan"] = plan
        if addons is not UNSET:
            field_dict["addons"] = addons
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
        if can_charge_setup_fee_immediately is not UNSET:
            field_dict["can_charge_setup_fee_immediately"] = can_charge_setup_fee_immediately
        if customer is not UNSET:
            field_dict["customer"] = customer
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
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
        subscription_id = d.pop("subscription_id")

        _status_raw = d.pop("status")
        status: SubscriptionStatus
        if isinstance(_status_raw, str):
            status = SubscriptionStatus(_status_raw)
        else:
            status = _status_raw

        name = d.pop("name", UNSET)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = as_decimal(amount)

        sub_total = d.pop("sub_total", UNSET)
        if sub_total.__class__ is not Decimal:
            sub_total = as_decimal(sub_total)

        customer_id = d.pop("customer_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        activated_at = d.pop("activated_at", UNSET)

        current_term_starts_at = d.pop("current_term_starts_at", UNSET)

        current_term_ends_at = d.pop("current_term_ends_at", UNSET)

        last_billing_at = d.pop("last_billing_at", UNSET)

        next_billing_at = d.pop("next_billing_at", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        cancelled_at = d.pop("cancelled_at", UNSET)

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

        place_of_supply = d.pop("place_of_supply", UNSET)

        salesperson_id = d.pop("salesperson_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        child_invoice_id = d.pop("child_invoice_id", UNSET)

        unbilled_charge_id = d.pop("unbilled_charge_id", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        end_of_term = d.pop("end_of_term", UNSET)

        product_id = d.pop("product_id", UNSET)

        product_name = d.pop("product_name", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        _plan_raw = d.pop("plan", UNSET)
        plan: SubscriptionPlan | Unset
        if isinstance(_plan_raw, dict):
            plan = SubscriptionPlan.from_dict(_plan_raw)
        else:
            plan = _plan_raw

        _addons = d.pop("addons", UNSET)
        addons: list[SubscriptionAddon] | Unset
        if isinstance(_addons, list):
            addons = []
            for addons_item_data in _addons:
                _addons_item_raw = addons_item_data
                addons_item: SubscriptionAddon
                if isinstance(_addons_item_raw, dict):
                    addons_item = SubscriptionAddon.from_dict(_addons_item_raw)
                else:
                    addons_item = _addons_item_raw

                addons.append(addons_item)
        else:
            addons = _addons

        _coupon_raw = d.pop("coupon", UNSET)
        coupon: SubscriptionCoupon | Unset
        if isinstance(_coupon_raw, dict):
            coupon = SubscriptionCoupon.from_dict(_coupon_raw)
        else:
            coupon = _coupon_raw

        _card_raw = d.pop("card", UNSET)
        card: SubscriptionCard | Unset
        if isinstance(_card_raw, dict):
            card = SubscriptionCard.from_dict(_card_raw)
        else:
            card = _card_raw

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        can_add_bank_account = d.pop("can_add_bank_account", UNSET)

        can_charge_setup_fee_immediately = d.pop("can_charge_setup_fee_immediately", UNSET)

        _customer_raw = d.pop("customer", UNSET)
        customer: SubscriptionCustomer | Unset
        if isinstance(_customer_raw, dict):
            customer = SubscriptionCustomer.from_dict(_customer_raw)
        else:
            customer = _customer_raw

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[SubscriptionCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: SubscriptionCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = SubscriptionCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        _taxes = d.pop("taxes", UNSET)
        taxes: list[SubscriptionTax] | Unset
        if isinstance(_taxes, list):
            taxes = []
            for taxes_item_data in _taxes:
                _taxes_item_raw = taxes_item_data
                taxes_item: SubscriptionTax
                if isinstance(_taxes_item_raw, dict):
                    taxes_item = SubscriptionTax.from_dict(_taxes_item_raw)
                else:
                    taxes_item = _taxes_item_raw

                taxes.append(taxes_item)
        else:
            taxes = _taxes

        _contactpersons = d.pop("contactpersons", UNSET)
        contactpersons: list[SubscriptionContactPerson] | Unset
        if isinstance(_contactpersons, list):
            contactpersons = []
            for contactpersons_item_data in _contactpersons:
                _contactpersons_item_raw = contactpersons_item_data
                contactpersons_item: SubscriptionContactPerson
                if isinstance(_contactpersons_item_raw, dict):
                    contactpersons_item = SubscriptionContactPerson.from_dict(_contactpersons_item_raw)
                else:
                    contactpersons_item = _contactpersons_item_raw

                contactpersons.append(contactpersons_item)
        else:
            contactpersons = _contactpersons

        _notes = d.pop("notes", UNSET)
        notes: list[SubscriptionNote] | Unset
        if isinstance(_notes, list):
            notes = []
            for notes_item_data in _notes:
                _notes_item_raw = notes_item_data
                notes_item: SubscriptionNote
                if isinstance(_notes_item_raw, dict):
                    notes_item = SubscriptionNote.from_dict(_notes_item_raw)
                else:
                    notes_item = _notes_item_raw

                notes.append(notes_item)
        else:
            notes = _notes

        _payment_gateways = d.pop("payment_gateways", UNSET)
        payment_gateways: list[SubscriptionPaymentGatewayEntry] | Unset
        if isinstance(_payment_gateways, list):
            payment_gateways = []
            for payment_gateways_item_data in _payment_gateways:
                _payment_gateways_item_raw = payment_gateways_item_data
                payment_gateways_item: SubscriptionPaymentGatewayEntry
                if isinstance(_payment_gateways_item_raw, dict):
                    payment_gateways_item = SubscriptionPaymentGatewayEntry.from_dict(_payment_gateways_item_raw)
                else:
                    payment_gateways_item = _payment_gateways_item_raw

                payment_gateways.append(payment_gateways_item)
        else:
            payment_gateways = _payment_gateways

        subscription = cls(
            subscription_id=subscription_id,
            status=status,
            name=name,
            amount=amount,
            sub_total=sub_total,
            customer_id=customer_id,
            created_at=created_at,
            activated_at=activated_at,
            current_term_starts_at=current_term_starts_at,
            current_term_ends_at=current_term_ends_at,
            last_billing_at=last_billing_at,
            next_billing_at=next_billing_at,
            expires_at=expires_at,
            cancelled_at=cancelled_at,
            interval=interval,
            interval_unit=interval_unit,
            auto_collect=auto_collect,
            created_time=created_time,
            updated_time=updated_time,
            reference_id=reference_id,
            place_of_supply=place_of_supply,
            salesperson_id=salesperson_id,
            salesperson_name=salesperson_name,
            child_invoice_id=child_invoice_id,
            unbilled_charge_id=unbilled_charge_id,
            currency_code=currency_code,
            currency_symbol=currency_symbol,
            end_of_term=end_of_term,
            product_id=product_id,
            product_name=product_name,
            tax_id=tax_id,
            plan=plan,
            addons=addons,
            coupon=coupon,
            card=card,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            can_add_bank_account=can_add_bank_account,
            can_charge_setup_fee_immediately=can_charge_setup_fee_immediately,
            customer=customer,
            custom_fields=custom_fields,
            taxes=taxes,
            contactpersons=contactpersons,
            notes=notes,
            payment_gateways=payment_gateways,
        )

        subscription.additional_properties = d
        return subscription

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


from ..models.subscription_addon import SubscriptionAddon  # noqa: E402
from ..models.subscription_card import SubscriptionCard  # noqa: E402
from ..models.subscription_contact_person import SubscriptionContactPerson  # noqa: E402
from ..models.subscription_coupon import SubscriptionCoupon  # noqa: E402
from ..models.subscription_custom_field import SubscriptionCustomField  # noqa: E402
from ..models.subscription_customer import SubscriptionCustomer  # noqa: E402
from ..models.subscription_note import SubscriptionNote  # noqa: E402
from ..models.subscription_payment_gateway_entry import SubscriptionPaymentGatewayEntry  # noqa: E402
from ..models.subscription_plan import SubscriptionPlan  # noqa: E402
from ..models.subscription_tax import SubscriptionTax  # noqa: E402
