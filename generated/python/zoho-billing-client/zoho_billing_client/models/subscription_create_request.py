from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_cfdi_usage import SubscriptionCfdiUsage
from ..types import UNSET, Unset, as_decimal

T = TypeVar("T", bound="SubscriptionCreateRequest")


@_attrs_define
class SubscriptionCreateRequest:
    """Body of "create a subscription". `plan` (with its `plan_code`) is required, and the customer is either an existing
    one (`customer_id`) or a new one (`customer`): one of the two is required. Zoho's file lists `customer`,
    `customer_id`, `card_id` and `account_id` all as required; they are alternatives and conditions (errata
    `subscription-create-required`).

        Attributes:
            plan (SubscriptionPlanInput): The plan to subscribe to, by `plan_code` (required), with optional overrides for
                this subscription. Zoho's file also lists `tax_id` as required; it is needed only to apply a tax or exemption
                (errata `subscription-plan-tax-required`).
            customer_id (str | Unset): ID of the existing customer to subscribe.
            customer (SubscriptionNewCustomer | Unset): A new customer created together with the subscription.
                `display_name` and `email` are required; the tax fields apply only in the editions named by `x-zoho-
                availability`.
            addons (list[SubscriptionAddonInput] | Unset): Recurring addons to include, each with its quantity.
            coupon_code (str | Unset): Code of a coupon to apply to the subscription.
            auto_collect (bool | Unset): How renewals are paid. `true`: online mode, the customer's card (or bank account)
                is charged automatically on every renewal. `false`: offline mode, the invoices wait for a payment to be
                recorded.
            card_id (str | Unset): ID of the customer's card to charge automatically.
            account_id (str | Unset): ID of the customer's bank account to debit automatically.
            starts_at (str | Unset): Start date when it is not today. A future date makes the subscription `future` until
                then; a past date makes it trial, live or expired according to its terms.
            exchange_rate (Decimal | Unset): Rate from the organization's base currency to the customer's currency; the
                subscription's prices are the catalogue prices multiplied by it.
            place_of_supply (str | Unset): Indian state code of the place of supply, such as `TN`.
            reference_id (str | Unset): A text of your own that identifies the subscription in your systems (Zoho's
                "Reference#"); the list can be searched by it (`reference_contains`).
            salesperson_name (str | Unset): Name of the salesperson assigned to the subscription.
            payment_terms (int | Unset): Days after the invoice date by which invoices of the subscription are due (0 - due
                on receipt).
            payment_terms_label (str | Unset): Label of the payment terms, such as `Due On Receipt`.
            custom_fields (list[SubscriptionCustomFieldInput] | Unset): Custom field values of the subscription, each named
                by its label.
            contactpersons (list[SubscriptionContactPerson] | Unset): Contact persons of the customer who receive the
                subscription's documents.
            payment_gateways (list[SubscriptionPaymentGatewayEntry] | Unset): Payment gateways the customer may pay through.
            add_to_unbilled_charges (bool | Unset): When `true`, the charges are kept as unbilled charges instead of being
                invoiced now; they can be invoiced later.
            create_backdated_invoice (bool | Unset): For a subscription starting in the past, true to invoice the current
                billing cycle.
            can_charge_setup_fee_immediately (bool | Unset): True to invoice the setup fee on its own as soon as the trial
                starts; false (or omitted) to bill it with the first charges after the trial.
            template_id (str | Unset): ID of the invoice template for the subscription's invoices. Zoho's example is a JSON
                number; IDs are strings here (errata).
            cfdi_usage (SubscriptionCfdiUsage | Unset): Mexican CFDI usage code of the subscription's invoices (the SAT
                catalogue c_UsoCFDI, named as Zoho names them; Zoho gives no meanings).
            allow_partial_payments (bool | Unset): True to let the customer pay the invoices in part.
    """

    plan: SubscriptionPlanInput
    customer_id: str | Unset = UNSET
    customer: SubscriptionNewCustomer | Unset = UNSET
    addons: list[SubscriptionAddonInput] | Unset = UNSET
    coupon_code: str | Unset = UNSET
    auto_collect: bool | Unset = UNSET
    card_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    starts_at: str | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    place_of_supply: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    payment_terms: int | Unset = UNSET
    payment_terms_label: str | Unset = UNSET
    custom_fields: list[SubscriptionCustomFieldInput] | Unset = UNSET
    contactpersons: list[SubscriptionContactPerson] | Unset = UNSET
    payment_gateways: list[SubscriptionPaymentGatewayEntry] | Unset = UNSET
    add_to_unbilled_charges: bool | Unset = UNSET
    create_backdated_invoice: bool | Unset = UNSET
    can_charge_setup_fee_immediately: bool | Unset = UNSET
    template_id: str | Unset = UNSET
    cfdi_usage: SubscriptionCfdiUsage | Unset = UNSET
    allow_partial_payments: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan.to_dict() if isinstance(self.plan, SubscriptionPlanInput) else self.plan

        customer_id = self.customer_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict() if isinstance(self.customer, SubscriptionNewCustomer) else self.customer

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            if isinstance(self.addons, list):
                addons = []
                for addons_item_data in self.addons:
                    addons_item = (
                        addons_item_data.to_dict()
                        if isinstance(addons_item_data, SubscriptionAddonInput)
                        else addons_item_data
                    )
                    addons.append(addons_item)
            else:
                addons = self.addons

        coupon_code = self.coupon_code

        auto_collect = self.auto_collect

        card_id = self.card_id

        account_id = self.account_id

        starts_at = self.starts_at

        exchange_rate = self.exchange_rate

        place_of_supply = self.place_of_supply

        reference_id = self.reference_id

        salesperson_name = self.salesperson_name

        payment_terms = self.payment_terms

        payment_terms_label = self.payment_terms_label

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, SubscriptionCustomFieldInput)
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
                        if isinstance(contactpersons_item_data, SubscriptionContactPerson)
                        else contactpersons_item_data
                    )
                    contactpersons.append(contactpersons_item)
            else:
                contactpersons = self.contactpersons

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

        add_to_unbilled_charges = self.add_to_unbilled_charges

        create_backdated_invoice = self.create_backdated_invoice

        can_charge_setup_fee_immediately = self.can_charge_setup_fee_immediately

        template_id = self.template_id

        cfdi_usage: str | Unset = UNSET
        if not isinstance(self.cfdi_usage, Unset):
            cfdi_usage = (
                self.cfdi_usage.value if isinstance(self.cfdi_usage, SubscriptionCfdiUsage) else self.cfdi_usage
            )

        allow_partial_payments = self.allow_partial_payments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if addons is not UNSET:
            field_dict["addons"] = addons
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if auto_collect is not UNSET:
            field_dict["auto_collect"] = auto_collect
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if place_of_supply is not UNSET:
            field_dict["place_of_supply"] = place_of_supply
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if payment_terms_label is not UNSET:
            field_dict["payment_terms_label"] = payment_terms_label
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if contactpersons is not UNSET:
            field_dict["contactpersons"] = contactpersons
        if payment_gateways is not UNSET:
            field_dict["payment_gateways"] = payment_gateways
        if add_to_unbilled_charges is not UNSET:
            field_dict["add_to_unbilled_charges"] = add_to_unbilled_charges
        if create_backdated_invoice is not UNSET:
            field_dict["create_backdated_invoice"] = create_backdated_invoice
        if can_charge_setup_fee_immediately is not UNSET:
            field_dict["can_charge_setup_fee_immediately"] = can_charge_setup_fee_immediately
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if cfdi_usage is not UNSET:
            field_dict["cfdi_usage"] = cfdi_usage
        if allow_partial_payments is not UNSET:
            field_dict["allow_partial_payments"] = allow_partial_payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _plan_raw = d.pop("plan")
        plan: SubscriptionPlanInput
        if isinstance(_plan_raw, dict):
            plan = SubscriptionPlanInput.from_dict(_plan_raw)
        else:
            plan = _plan_raw

        customer_id = d.pop("customer_id", UNSET)

        _customer_raw = d.pop("customer", UNSET)
        customer: SubscriptionNewCustomer | Unset
        if isinstance(_customer_raw, dict):
            customer = SubscriptionNewCustomer.from_dict(_customer_raw)
        else:
            customer = _customer_raw

        _addons = d.pop("addons", UNSET)
        addons: list[SubscriptionAddonInput] | Unset
        if isinstance(_addons, list):
            addons = []
            for addons_item_data in _addons:
                _addons_item_raw = addons_item_data
                addons_item: SubscriptionAddonInput
                if isinstance(_addons_item_raw, dict):
                    addons_item = SubscriptionAddonInput.from_dict(_addons_item_raw)
                else:
                    addons_item = _addons_item_raw

                addons.append(addons_item)
        else:
            addons = _addons

        coupon_code = d.pop("coupon_code", UNSET)

        auto_collect = d.pop("auto_collect", UNSET)

        card_id = d.pop("card_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        starts_at = d.pop("starts_at", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        place_of_supply = d.pop("place_of_supply", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        payment_terms = d.pop("payment_terms", UNSET)

        payment_terms_label = d.pop("payment_terms_label", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[SubscriptionCustomFieldInput] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: SubscriptionCustomFieldInput
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = SubscriptionCustomFieldInput.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

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

        add_to_unbilled_charges = d.pop("add_to_unbilled_charges", UNSET)

        create_backdated_invoice = d.pop("create_backdated_invoice", UNSET)

        can_charge_setup_fee_immediately = d.pop("can_charge_setup_fee_immediately", UNSET)

        template_id = d.pop("template_id", UNSET)

        _cfdi_usage_raw = d.pop("cfdi_usage", UNSET)
        cfdi_usage: SubscriptionCfdiUsage | Unset
        if isinstance(_cfdi_usage_raw, str):
            cfdi_usage = SubscriptionCfdiUsage(_cfdi_usage_raw)
        else:
            cfdi_usage = _cfdi_usage_raw

        allow_partial_payments = d.pop("allow_partial_payments", UNSET)

        subscription_create_request = cls(
            plan=plan,
            customer_id=customer_id,
            customer=customer,
            addons=addons,
            coupon_code=coupon_code,
            auto_collect=auto_collect,
            card_id=card_id,
            account_id=account_id,
            starts_at=starts_at,
            exchange_rate=exchange_rate,
            place_of_supply=place_of_supply,
            reference_id=reference_id,
            salesperson_name=salesperson_name,
            payment_terms=payment_terms,
            payment_terms_label=payment_terms_label,
            custom_fields=custom_fields,
            contactpersons=contactpersons,
            payment_gateways=payment_gateways,
            add_to_unbilled_charges=add_to_unbilled_charges,
            create_backdated_invoice=create_backdated_invoice,
            can_charge_setup_fee_immediately=can_charge_setup_fee_immediately,
            template_id=template_id,
            cfdi_usage=cfdi_usage,
            allow_partial_payments=allow_partial_payments,
        )

        subscription_create_request.additional_properties = d
        return subscription_create_request

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


from ..models.subscription_addon_input import SubscriptionAddonInput  # noqa: E402
from ..models.subscription_contact_person import SubscriptionContactPerson  # noqa: E402
from ..models.subscription_custom_field_input import SubscriptionCustomFieldInput  # noqa: E402
from ..models.subscription_new_customer import SubscriptionNewCustomer  # noqa: E402
from ..models.subscription_payment_gateway_entry import SubscriptionPaymentGatewayEntry  # noqa: E402
from ..models.subscription_plan_input import SubscriptionPlanInput  # noqa: E402
