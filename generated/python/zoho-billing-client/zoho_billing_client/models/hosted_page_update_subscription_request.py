from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gst_treatment import GstTreatment
from ..models.hosted_page_cfdi_usage import HostedPageCfdiUsage
from ..types import UNSET, Unset, as_date, as_decimal

T = TypeVar("T", bound="HostedPageUpdateSubscriptionRequest")


@_attrs_define
class HostedPageUpdateSubscriptionRequest:
    """Body of "create a hosted page to update a subscription": the subscription and its new plan are required; addons,
    coupon and the other fields as for a new subscription.

        Attributes:
            subscription_id (str): ID of the subscription the page acts on, a string of digits.
            plan (HostedPagePlanRequest): The plan to subscribe to, by its code, with the changes for this subscription only
                (price, quantity, setup fee, trial, billing cycles, tax).
            addons (list[HostedPageAddonRequest] | Unset): Recurring addons the subscription should have, each by its code.
            reference_id (str | Unset): Your own reference for the subscription.
            starts_at (datetime.date | Unset): Date the change takes effect.
            custom_fields (list[HostedPageItemCustomField] | Unset): Custom field values to set on the subscription, each by
                its label.
            coupon_code (str | Unset): Code of the coupon to apply, such as `Flat10`.
            salesperson_name (str | Unset): Name of the salesperson of the subscription.
            can_charge_setup_fee_immediately (bool | Unset): True to invoice the setup fee at once rather than at the end of
                the trial. Default: False.
            gst_treatment (GstTreatment | Unset): How Indian GST applies to the customer.
            gst_no (str | Unset): GSTIN, the customer's 15-character Indian GST identification number.
            cfdi_usage (HostedPageCfdiUsage | Unset): Use of the Mexican electronic invoice (CFDI) the customer declares,
                from the SAT catalogue c_UsoCFDI; the code in brackets is the SAT key (our mapping, inferred from the names).
                Zoho lists 23 values, one of which, `computer_equipmentdye_molds_tools`, joins two SAT uses; both halves are
                listed here (errata `cfdi-usage-joined-value`).
            payment_gateways (list[HostedPagePaymentGatewayChoice] | Unset): Payment gateways the page offers.
            exchange_rate (Decimal | Unset): Rate from the organization's currency to the customer's: the charged amounts
                are the prices multiplied by it. When omitted, the rate of the organization's currency settings applies.
            place_of_supply (str | Unset): Indian state code of the place of supply of the subscription, such as `TN`.
            billing_address_id (str | Unset): ID of the customer's billing address to use.
            shipping_address_id (str | Unset): ID of the customer's shipping address to use.
            branch_id (str | Unset): ID of the branch the transaction belongs to.
            template_id (str | Unset): ID of the invoice template for the subscription's invoices (errata `template-id-as-
                string`).
            redirect_url (str | Unset): Address the customer's browser is sent to once they have completed the page (after a
                successful transaction). When omitted, Zoho shows its own confirmation.
    """

    subscription_id: str
    plan: HostedPagePlanRequest
    addons: list[HostedPageAddonRequest] | Unset = UNSET
    reference_id: str | Unset = UNSET
    starts_at: datetime.date | Unset = UNSET
    custom_fields: list[HostedPageItemCustomField] | Unset = UNSET
    coupon_code: str | Unset = UNSET
    salesperson_name: str | Unset = UNSET
    can_charge_setup_fee_immediately: bool | Unset = False
    gst_treatment: GstTreatment | Unset = UNSET
    gst_no: str | Unset = UNSET
    cfdi_usage: HostedPageCfdiUsage | Unset = UNSET
    payment_gateways: list[HostedPagePaymentGatewayChoice] | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    place_of_supply: str | Unset = UNSET
    billing_address_id: str | Unset = UNSET
    shipping_address_id: str | Unset = UNSET
    branch_id: str | Unset = UNSET
    template_id: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        plan = self.plan.to_dict() if isinstance(self.plan, HostedPagePlanRequest) else self.plan

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            if isinstance(self.addons, list):
                addons = []
                for addons_item_data in self.addons:
                    addons_item = (
                        addons_item_data.to_dict()
                        if isinstance(addons_item_data, HostedPageAddonRequest)
                        else addons_item_data
                    )
                    addons.append(addons_item)
            else:
                addons = self.addons

        reference_id = self.reference_id

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat() if isinstance(self.starts_at, datetime.date) else self.starts_at

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            if isinstance(self.custom_fields, list):
                custom_fields = []
                for custom_fields_item_data in self.custom_fields:
                    custom_fields_item = (
                        custom_fields_item_data.to_dict()
                        if isinstance(custom_fields_item_data, HostedPageItemCustomField)
                        else custom_fields_item_data
                    )
                    custom_fields.append(custom_fields_item)
            else:
                custom_fields = self.custom_fields

        coupon_code = self.coupon_code

        salesperson_name = self.salesperson_name

        can_charge_setup_fee_immediately = self.can_charge_setup_fee_immediately

        gst_treatment: str | Unset = UNSET
        if not isinstance(self.gst_treatment, Unset):
            gst_treatment = (
                self.gst_treatment.value if isinstance(self.gst_treatment, GstTreatment) else self.gst_treatment
            )

        gst_no = self.gst_no

        cfdi_usage: str | Unset = UNSET
        if not isinstance(self.cfdi_usage, Unset):
            cfdi_usage = self.cfdi_usage.value if isinstance(self.cfdi_usage, HostedPageCfdiUsage) else self.cfdi_usage

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

        exchange_rate = self.exchange_rate

        place_of_supply = self.place_of_supply

        billing_address_id = self.billing_address_id

        shipping_address_id = self.shipping_address_id

        branch_id = self.branch_id

        template_id = self.template_id

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "plan": plan,
            }
        )
        if addons is not UNSET:
            field_dict["addons"] = addons
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if salesperson_name is not UNSET:
            field_dict["salesperson_name"] = salesperson_name
        if can_charge_setup_fee_immediately is not UNSET:
            field_dict["can_charge_setup_fee_immediately"] = can_charge_setup_fee_immediately
        if gst_treatment is not UNSET:
            field_dict["gst_treatment"] = gst_treatment
        if gst_no is not UNSET:
            field_dict["gst_no"] = gst_no
        if cfdi_usage is not UNSET:
            field_dict["cfdi_usage"] = cfdi_usage
        if payment_gateways is not UNSET:
            field_dict["payment_gateways"] = payment_gateways
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if place_of_supply is not UNSET:
            field_dict["place_of_supply"] = place_of_supply
        if billing_address_id is not UNSET:
            field_dict["billing_address_id"] = billing_address_id
        if shipping_address_id is not UNSET:
            field_dict["shipping_address_id"] = shipping_address_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        _plan_raw = d.pop("plan")
        plan: HostedPagePlanRequest
        if isinstance(_plan_raw, dict):
            plan = HostedPagePlanRequest.from_dict(_plan_raw)
        else:
            plan = _plan_raw

        _addons = d.pop("addons", UNSET)
        addons: list[HostedPageAddonRequest] | Unset
        if isinstance(_addons, list):
            addons = []
            for addons_item_data in _addons:
                _addons_item_raw = addons_item_data
                addons_item: HostedPageAddonRequest
                if isinstance(_addons_item_raw, dict):
                    addons_item = HostedPageAddonRequest.from_dict(_addons_item_raw)
                else:
                    addons_item = _addons_item_raw

                addons.append(addons_item)
        else:
            addons = _addons

        reference_id = d.pop("reference_id", UNSET)

        starts_at = as_date(d.pop("starts_at", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[HostedPageItemCustomField] | Unset
        if isinstance(_custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item_raw = custom_fields_item_data
                custom_fields_item: HostedPageItemCustomField
                if isinstance(_custom_fields_item_raw, dict):
                    custom_fields_item = HostedPageItemCustomField.from_dict(_custom_fields_item_raw)
                else:
                    custom_fields_item = _custom_fields_item_raw

                custom_fields.append(custom_fields_item)
        else:
            custom_fields = _custom_fields

        coupon_code = d.pop("coupon_code", UNSET)

        salesperson_name = d.pop("salesperson_name", UNSET)

        can_charge_setup_fee_immediately = d.pop("can_charge_setup_fee_immediately", UNSET)

        _gst_treatment_raw = d.pop("gst_treatment", UNSET)
        gst_treatment: GstTreatment | Unset
        if isinstance(_gst_treatment_raw, str):
            gst_treatment = GstTreatment(_gst_treatment_raw)
        else:
            gst_treatment = _gst_treatment_raw

        gst_no = d.pop("gst_no", UNSET)

        _cfdi_usage_raw = d.pop("cfdi_usage", UNSET)
        cfdi_usage: HostedPageCfdiUsage | Unset
        if isinstance(_cfdi_usage_raw, str):
            cfdi_usage = HostedPageCfdiUsage(_cfdi_usage_raw)
        else:
            cfdi_usage = _cfdi_usage_raw

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

        exchange_rate = d.pop("exchange_rate", UNSET)
        if exchange_rate.__class__ is not Decimal:
            exchange_rate = as_decimal(exchange_rate)

        place_of_supply = d.pop("place_of_supply", UNSET)

        billing_address_id = d.pop("billing_address_id", UNSET)

        shipping_address_id = d.pop("shipping_address_id", UNSET)

        branch_id = d.pop("branch_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        hosted_page_update_subscription_request = cls(
            subscription_id=subscription_id,
            plan=plan,
            addons=addons,
            reference_id=reference_id,
            starts_at=starts_at,
            custom_fields=custom_fields,
            coupon_code=coupon_code,
            salesperson_name=salesperson_name,
            can_charge_setup_fee_immediately=can_charge_setup_fee_immediately,
            gst_treatment=gst_treatment,
            gst_no=gst_no,
            cfdi_usage=cfdi_usage,
            payment_gateways=payment_gateways,
            exchange_rate=exchange_rate,
            place_of_supply=place_of_supply,
            billing_address_id=billing_address_id,
            shipping_address_id=shipping_address_id,
            branch_id=branch_id,
            template_id=template_id,
            redirect_url=redirect_url,
        )

        hosted_page_update_subscription_request.additional_properties = d
        return hosted_page_update_subscription_request

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


from ..models.hosted_page_addon_request import HostedPageAddonRequest  # noqa: E402
from ..models.hosted_page_item_custom_field import HostedPageItemCustomField  # noqa: E402
from ..models.hosted_page_payment_gateway_choice import HostedPagePaymentGatewayChoice  # noqa: E402
from ..models.hosted_page_plan_request import HostedPagePlanRequest  # noqa: E402
