"""Every data model of the API, each imported from its module on first use (a module ``__getattr__``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .addon import Addon
    from .addon_create_request import AddonCreateRequest
    from .addon_custom_field import AddonCustomField
    from .addon_custom_field_request import AddonCustomFieldRequest
    from .addon_filter import AddonFilter
    from .addon_interval_unit import AddonIntervalUnit
    from .addon_list_response import AddonListResponse
    from .addon_plan import AddonPlan
    from .addon_price_bracket import AddonPriceBracket
    from .addon_pricing_scheme import AddonPricingScheme
    from .addon_product_type import AddonProductType
    from .addon_response import AddonResponse
    from .addon_status import AddonStatus
    from .addon_summary import AddonSummary
    from .addon_tag import AddonTag
    from .addon_tax_preference import AddonTaxPreference
    from .addon_type import AddonType
    from .addon_update_request import AddonUpdateRequest
    from .address import Address
    from .coupon import Coupon
    from .coupon_addon import CouponAddon
    from .coupon_apply_to_addons import CouponApplyToAddons
    from .coupon_apply_to_plans import CouponApplyToPlans
    from .coupon_create_request import CouponCreateRequest
    from .coupon_discount_by import CouponDiscountBy
    from .coupon_filter import CouponFilter
    from .coupon_list_response import CouponListResponse
    from .coupon_plan import CouponPlan
    from .coupon_response import CouponResponse
    from .coupon_status import CouponStatus
    from .coupon_summary import CouponSummary
    from .coupon_type import CouponType
    from .coupon_update_request import CouponUpdateRequest
    from .customer import Customer
    from .customer_create_request import CustomerCreateRequest
    from .customer_custom_field import CustomerCustomField
    from .customer_custom_field_create import CustomerCustomFieldCreate
    from .customer_custom_field_update import CustomerCustomFieldUpdate
    from .customer_document import CustomerDocument
    from .customer_filter import CustomerFilter
    from .customer_list_response import CustomerListResponse
    from .customer_response import CustomerResponse
    from .customer_status import CustomerStatus
    from .customer_summary import CustomerSummary
    from .customer_tag import CustomerTag
    from .customer_tag_reference import CustomerTagReference
    from .customer_update_request import CustomerUpdateRequest
    from .default_templates import DefaultTemplates
    from .error_response import ErrorResponse
    from .event import Event
    from .event_card import EventCard
    from .event_card_data import EventCardData
    from .event_card_notification import EventCardNotification
    from .event_credit_note import EventCreditNote
    from .event_credit_note_data import EventCreditNoteData
    from .event_credit_note_notification import EventCreditNoteNotification
    from .event_data import EventData
    from .event_invoice_data import EventInvoiceData
    from .event_invoice_notification import EventInvoiceNotification
    from .event_list_response import EventListResponse
    from .event_payment_data import EventPaymentData
    from .event_payment_notification import EventPaymentNotification
    from .event_response import EventResponse
    from .event_subscription_data import EventSubscriptionData
    from .event_subscription_notification import EventSubscriptionNotification
    from .event_summary import EventSummary
    from .event_type import EventType
    from .event_webhook_delivery import EventWebhookDelivery
    from .event_webhook_status import EventWebhookStatus
    from .gst_treatment import GstTreatment
    from .hosted_page import HostedPage
    from .hosted_page_action import HostedPageAction
    from .hosted_page_add_payment_method_request import HostedPageAddPaymentMethodRequest
    from .hosted_page_addon_request import HostedPageAddonRequest
    from .hosted_page_buy_one_time_addon_request import HostedPageBuyOneTimeAddonRequest
    from .hosted_page_card import HostedPageCard
    from .hosted_page_cfdi_usage import HostedPageCfdiUsage
    from .hosted_page_contact_person import HostedPageContactPerson
    from .hosted_page_custom_field import HostedPageCustomField
    from .hosted_page_data import HostedPageData
    from .hosted_page_interval_unit import HostedPageIntervalUnit
    from .hosted_page_invoice import HostedPageInvoice
    from .hosted_page_invoice_comment import HostedPageInvoiceComment
    from .hosted_page_invoice_coupon import HostedPageInvoiceCoupon
    from .hosted_page_invoice_credit import HostedPageInvoiceCredit
    from .hosted_page_invoice_item import HostedPageInvoiceItem
    from .hosted_page_invoice_payment import HostedPageInvoicePayment
    from .hosted_page_invoice_payment_request import HostedPageInvoicePaymentRequest
    from .hosted_page_item_custom_field import HostedPageItemCustomField
    from .hosted_page_list_response import HostedPageListResponse
    from .hosted_page_new_customer import HostedPageNewCustomer
    from .hosted_page_new_subscription_request import HostedPageNewSubscriptionRequest
    from .hosted_page_note import HostedPageNote
    from .hosted_page_one_time_addon_request import HostedPageOneTimeAddonRequest
    from .hosted_page_one_time_addon_request_product_type import HostedPageOneTimeAddonRequestProductType
    from .hosted_page_payment_gateway import HostedPagePaymentGateway
    from .hosted_page_payment_gateway_choice import HostedPagePaymentGatewayChoice
    from .hosted_page_payment_mode import HostedPagePaymentMode
    from .hosted_page_plan_request import HostedPagePlanRequest
    from .hosted_page_response import HostedPageResponse
    from .hosted_page_retrieve_response import HostedPageRetrieveResponse
    from .hosted_page_status import HostedPageStatus
    from .hosted_page_subscription import HostedPageSubscription
    from .hosted_page_subscription_addon import HostedPageSubscriptionAddon
    from .hosted_page_subscription_coupon import HostedPageSubscriptionCoupon
    from .hosted_page_subscription_customer import HostedPageSubscriptionCustomer
    from .hosted_page_subscription_plan import HostedPageSubscriptionPlan
    from .hosted_page_summary import HostedPageSummary
    from .hosted_page_tag import HostedPageTag
    from .hosted_page_update_card_request import HostedPageUpdateCardRequest
    from .hosted_page_update_payment_method_request import HostedPageUpdatePaymentMethodRequest
    from .hosted_page_update_subscription_request import HostedPageUpdateSubscriptionRequest
    from .invoice import Invoice
    from .invoice_address import InvoiceAddress
    from .invoice_address_request import InvoiceAddressRequest
    from .invoice_address_response import InvoiceAddressResponse
    from .invoice_addresses import InvoiceAddresses
    from .invoice_apply_credits_request import InvoiceApplyCreditsRequest
    from .invoice_apply_credits_response import InvoiceApplyCreditsResponse
    from .invoice_autotransaction import InvoiceAutotransaction
    from .invoice_cfdi_usage import InvoiceCfdiUsage
    from .invoice_charge_application import InvoiceChargeApplication
    from .invoice_charge_payment import InvoiceChargePayment
    from .invoice_charge_response import InvoiceChargeResponse
    from .invoice_collect_charge_request import InvoiceCollectChargeRequest
    from .invoice_comment import InvoiceComment
    from .invoice_contact_person import InvoiceContactPerson
    from .invoice_coupon import InvoiceCoupon
    from .invoice_create_request import InvoiceCreateRequest
    from .invoice_credit import InvoiceCredit
    from .invoice_credit_application import InvoiceCreditApplication
    from .invoice_credit_note_to_apply import InvoiceCreditNoteToApply
    from .invoice_custom_field import InvoiceCustomField
    from .invoice_custom_field_setting import InvoiceCustomFieldSetting
    from .invoice_custom_field_value import InvoiceCustomFieldValue
    from .invoice_custom_fields_request import InvoiceCustomFieldsRequest
    from .invoice_custom_fields_response import InvoiceCustomFieldsResponse
    from .invoice_discount_type import InvoiceDiscountType
    from .invoice_document import InvoiceDocument
    from .invoice_email_request import InvoiceEmailRequest
    from .invoice_filter import InvoiceFilter
    from .invoice_gateway_name import InvoiceGatewayName
    from .invoice_gst_treatment import InvoiceGstTreatment
    from .invoice_item_custom_field import InvoiceItemCustomField
    from .invoice_item_tag import InvoiceItemTag
    from .invoice_line_item import InvoiceLineItem
    from .invoice_line_item_request import InvoiceLineItemRequest
    from .invoice_line_items_request import InvoiceLineItemsRequest
    from .invoice_list_response import InvoiceListResponse
    from .invoice_payment_applied import InvoicePaymentApplied
    from .invoice_payment_gateway import InvoicePaymentGateway
    from .invoice_payment_mode import InvoicePaymentMode
    from .invoice_payment_options import InvoicePaymentOptions
    from .invoice_paypal_method import InvoicePaypalMethod
    from .invoice_pending_line_item import InvoicePendingLineItem
    from .invoice_product_type import InvoiceProductType
    from .invoice_response import InvoiceResponse
    from .invoice_sort_column import InvoiceSortColumn
    from .invoice_status import InvoiceStatus
    from .invoice_subscription_link import InvoiceSubscriptionLink
    from .invoice_summary import InvoiceSummary
    from .invoice_tax import InvoiceTax
    from .invoice_tax_treatment import InvoiceTaxTreatment
    from .invoice_transaction_type import InvoiceTransactionType
    from .invoice_update_request import InvoiceUpdateRequest
    from .invoice_vat_treatment import InvoiceVatTreatment
    from .invoice_write_off_request import InvoiceWriteOffRequest
    from .item import Item
    from .item_custom_field import ItemCustomField
    from .item_filter import ItemFilter
    from .item_list_response import ItemListResponse
    from .item_request import ItemRequest
    from .item_response import ItemResponse
    from .item_sort_column import ItemSortColumn
    from .item_status import ItemStatus
    from .item_summary import ItemSummary
    from .item_tax_preference import ItemTaxPreference
    from .page_context import PageContext
    from .payment import Payment
    from .payment_autotransaction import PaymentAutotransaction
    from .payment_custom_field import PaymentCustomField
    from .payment_custom_field_value import PaymentCustomFieldValue
    from .payment_invoice import PaymentInvoice
    from .payment_invoice_application import PaymentInvoiceApplication
    from .payment_mode import PaymentMode
    from .payment_request import PaymentRequest
    from .payment_response import PaymentResponse
    from .payment_status import PaymentStatus
    from .plan import Plan
    from .plan_addon import PlanAddon
    from .plan_addon_price_bracket import PlanAddonPriceBracket
    from .plan_addon_pricing_scheme import PlanAddonPricingScheme
    from .plan_addon_reference import PlanAddonReference
    from .plan_addon_status import PlanAddonStatus
    from .plan_create_request import PlanCreateRequest
    from .plan_custom_field import PlanCustomField
    from .plan_custom_field_input import PlanCustomFieldInput
    from .plan_filter import PlanFilter
    from .plan_interval_unit import PlanIntervalUnit
    from .plan_list_response import PlanListResponse
    from .plan_response import PlanResponse
    from .plan_status import PlanStatus
    from .plan_summary import PlanSummary
    from .plan_tag import PlanTag
    from .plan_tag_reference import PlanTagReference
    from .plan_tax_preference import PlanTaxPreference
    from .plan_update_request import PlanUpdateRequest
    from .product import Product
    from .product_list_response import ProductListResponse
    from .product_request import ProductRequest
    from .product_response import ProductResponse
    from .product_status import ProductStatus
    from .product_type import ProductType
    from .reference_id_type import ReferenceIdType
    from .status_response import StatusResponse
    from .subscription import Subscription
    from .subscription_activities_response import SubscriptionActivitiesResponse
    from .subscription_activity import SubscriptionActivity
    from .subscription_addon import SubscriptionAddon
    from .subscription_addon_input import SubscriptionAddonInput
    from .subscription_auto_collect_request import SubscriptionAutoCollectRequest
    from .subscription_buy_one_time_addon_request import SubscriptionBuyOneTimeAddonRequest
    from .subscription_card import SubscriptionCard
    from .subscription_card_request import SubscriptionCardRequest
    from .subscription_cfdi_usage import SubscriptionCfdiUsage
    from .subscription_charge_request import SubscriptionChargeRequest
    from .subscription_contact_person import SubscriptionContactPerson
    from .subscription_contact_persons_request import SubscriptionContactPersonsRequest
    from .subscription_coupon import SubscriptionCoupon
    from .subscription_create_request import SubscriptionCreateRequest
    from .subscription_custom_field import SubscriptionCustomField
    from .subscription_custom_field_input import SubscriptionCustomFieldInput
    from .subscription_custom_field_update import SubscriptionCustomFieldUpdate
    from .subscription_custom_fields_request import SubscriptionCustomFieldsRequest
    from .subscription_custom_fields_response import SubscriptionCustomFieldsResponse
    from .subscription_customer import SubscriptionCustomer
    from .subscription_filter import SubscriptionFilter
    from .subscription_interval_unit import SubscriptionIntervalUnit
    from .subscription_invoice import SubscriptionInvoice
    from .subscription_invoice_comment import SubscriptionInvoiceComment
    from .subscription_invoice_coupon import SubscriptionInvoiceCoupon
    from .subscription_invoice_credit import SubscriptionInvoiceCredit
    from .subscription_invoice_item import SubscriptionInvoiceItem
    from .subscription_invoice_payment import SubscriptionInvoicePayment
    from .subscription_invoice_response import SubscriptionInvoiceResponse
    from .subscription_item_custom_field import SubscriptionItemCustomField
    from .subscription_line_item_description_request import SubscriptionLineItemDescriptionRequest
    from .subscription_list_response import SubscriptionListResponse
    from .subscription_new_customer import SubscriptionNewCustomer
    from .subscription_note import SubscriptionNote
    from .subscription_note_batch import SubscriptionNoteBatch
    from .subscription_note_request import SubscriptionNoteRequest
    from .subscription_note_response import SubscriptionNoteResponse
    from .subscription_one_time_addon_input import SubscriptionOneTimeAddonInput
    from .subscription_payment_gateway import SubscriptionPaymentGateway
    from .subscription_payment_gateway_entry import SubscriptionPaymentGatewayEntry
    from .subscription_payment_mode import SubscriptionPaymentMode
    from .subscription_plan import SubscriptionPlan
    from .subscription_plan_input import SubscriptionPlanInput
    from .subscription_postpone_request import SubscriptionPostponeRequest
    from .subscription_reference_request import SubscriptionReferenceRequest
    from .subscription_response import SubscriptionResponse
    from .subscription_salesperson_request import SubscriptionSalespersonRequest
    from .subscription_status import SubscriptionStatus
    from .subscription_summary import SubscriptionSummary
    from .subscription_tax import SubscriptionTax
    from .subscription_update_request import SubscriptionUpdateRequest
    from .tax_regime import TaxRegime
    from .tax_specification import TaxSpecification
    from .tax_treatment import TaxTreatment
    from .transaction import Transaction
    from .transaction_filter import TransactionFilter
    from .transaction_list_response import TransactionListResponse
    from .transaction_type import TransactionType
    from .vat_treatment import VatTreatment

_MODULES: dict[str, str] = {
    "Addon": "addon",
    "AddonCreateRequest": "addon_create_request",
    "AddonCustomField": "addon_custom_field",
    "AddonCustomFieldRequest": "addon_custom_field_request",
    "AddonFilter": "addon_filter",
    "AddonIntervalUnit": "addon_interval_unit",
    "AddonListResponse": "addon_list_response",
    "AddonPlan": "addon_plan",
    "AddonPriceBracket": "addon_price_bracket",
    "AddonPricingScheme": "addon_pricing_scheme",
    "AddonProductType": "addon_product_type",
    "AddonResponse": "addon_response",
    "AddonStatus": "addon_status",
    "AddonSummary": "addon_summary",
    "AddonTag": "addon_tag",
    "AddonTaxPreference": "addon_tax_preference",
    "AddonType": "addon_type",
    "AddonUpdateRequest": "addon_update_request",
    "Address": "address",
    "Coupon": "coupon",
    "CouponAddon": "coupon_addon",
    "CouponApplyToAddons": "coupon_apply_to_addons",
    "CouponApplyToPlans": "coupon_apply_to_plans",
    "CouponCreateRequest": "coupon_create_request",
    "CouponDiscountBy": "coupon_discount_by",
    "CouponFilter": "coupon_filter",
    "CouponListResponse": "coupon_list_response",
    "CouponPlan": "coupon_plan",
    "CouponResponse": "coupon_response",
    "CouponStatus": "coupon_status",
    "CouponSummary": "coupon_summary",
    "CouponType": "coupon_type",
    "CouponUpdateRequest": "coupon_update_request",
    "Customer": "customer",
    "CustomerCreateRequest": "customer_create_request",
    "CustomerCustomField": "customer_custom_field",
    "CustomerCustomFieldCreate": "customer_custom_field_create",
    "CustomerCustomFieldUpdate": "customer_custom_field_update",
    "CustomerDocument": "customer_document",
    "CustomerFilter": "customer_filter",
    "CustomerListResponse": "customer_list_response",
    "CustomerResponse": "customer_response",
    "CustomerStatus": "customer_status",
    "CustomerSummary": "customer_summary",
    "CustomerTag": "customer_tag",
    "CustomerTagReference": "customer_tag_reference",
    "CustomerUpdateRequest": "customer_update_request",
    "DefaultTemplates": "default_templates",
    "ErrorResponse": "error_response",
    "Event": "event",
    "EventCard": "event_card",
    "EventCardData": "event_card_data",
    "EventCardNotification": "event_card_notification",
    "EventCreditNote": "event_credit_note",
    "EventCreditNoteData": "event_credit_note_data",
    "EventCreditNoteNotification": "event_credit_note_notification",
    "EventData": "event_data",
    "EventInvoiceData": "event_invoice_data",
    "EventInvoiceNotification": "event_invoice_notification",
    "EventListResponse": "event_list_response",
    "EventPaymentData": "event_payment_data",
    "EventPaymentNotification": "event_payment_notification",
    "EventResponse": "event_response",
    "EventSubscriptionData": "event_subscription_data",
    "EventSubscriptionNotification": "event_subscription_notification",
    "EventSummary": "event_summary",
    "EventType": "event_type",
    "EventWebhookDelivery": "event_webhook_delivery",
    "EventWebhookStatus": "event_webhook_status",
    "GstTreatment": "gst_treatment",
    "HostedPage": "hosted_page",
    "HostedPageAction": "hosted_page_action",
    "HostedPageAddPaymentMethodRequest": "hosted_page_add_payment_method_request",
    "HostedPageAddonRequest": "hosted_page_addon_request",
    "HostedPageBuyOneTimeAddonRequest": "hosted_page_buy_one_time_addon_request",
    "HostedPageCard": "hosted_page_card",
    "HostedPageCfdiUsage": "hosted_page_cfdi_usage",
    "HostedPageContactPerson": "hosted_page_contact_person",
    "HostedPageCustomField": "hosted_page_custom_field",
    "HostedPageData": "hosted_page_data",
    "HostedPageIntervalUnit": "hosted_page_interval_unit",
    "HostedPageInvoice": "hosted_page_invoice",
    "HostedPageInvoiceComment": "hosted_page_invoice_comment",
    "HostedPageInvoiceCoupon": "hosted_page_invoice_coupon",
    "HostedPageInvoiceCredit": "hosted_page_invoice_credit",
    "HostedPageInvoiceItem": "hosted_page_invoice_item",
    "HostedPageInvoicePayment": "hosted_page_invoice_payment",
    "HostedPageInvoicePaymentRequest": "hosted_page_invoice_payment_request",
    "HostedPageItemCustomField": "hosted_page_item_custom_field",
    "HostedPageListResponse": "hosted_page_list_response",
    "HostedPageNewCustomer": "hosted_page_new_customer",
    "HostedPageNewSubscriptionRequest": "hosted_page_new_subscription_request",
    "HostedPageNote": "hosted_page_note",
    "HostedPageOneTimeAddonRequest": "hosted_page_one_time_addon_request",
    "HostedPageOneTimeAddonRequestProductType": "hosted_page_one_time_addon_request_product_type",
    "HostedPagePaymentGateway": "hosted_page_payment_gateway",
    "HostedPagePaymentGatewayChoice": "hosted_page_payment_gateway_choice",
    "HostedPagePaymentMode": "hosted_page_payment_mode",
    "HostedPagePlanRequest": "hosted_page_plan_request",
    "HostedPageResponse": "hosted_page_response",
    "HostedPageRetrieveResponse": "hosted_page_retrieve_response",
    "HostedPageStatus": "hosted_page_status",
    "HostedPageSubscription": "hosted_page_subscription",
    "HostedPageSubscriptionAddon": "hosted_page_subscription_addon",
    "HostedPageSubscriptionCoupon": "hosted_page_subscription_coupon",
    "HostedPageSubscriptionCustomer": "hosted_page_subscription_customer",
    "HostedPageSubscriptionPlan": "hosted_page_subscription_plan",
    "HostedPageSummary": "hosted_page_summary",
    "HostedPageTag": "hosted_page_tag",
    "HostedPageUpdateCardRequest": "hosted_page_update_card_request",
    "HostedPageUpdatePaymentMethodRequest": "hosted_page_update_payment_method_request",
    "HostedPageUpdateSubscriptionRequest": "hosted_page_update_subscription_request",
    "Invoice": "invoice",
    "InvoiceAddress": "invoice_address",
    "InvoiceAddressRequest": "invoice_address_request",
    "InvoiceAddressResponse": "invoice_address_response",
    "InvoiceAddresses": "invoice_addresses",
    "InvoiceApplyCreditsRequest": "invoice_apply_credits_request",
    "InvoiceApplyCreditsResponse": "invoice_apply_credits_response",
    "InvoiceAutotransaction": "invoice_autotransaction",
    "InvoiceCfdiUsage": "invoice_cfdi_usage",
    "InvoiceChargeApplication": "invoice_charge_application",
    "InvoiceChargePayment": "invoice_charge_payment",
    "InvoiceChargeResponse": "invoice_charge_response",
    "InvoiceCollectChargeRequest": "invoice_collect_charge_request",
    "InvoiceComment": "invoice_comment",
    "InvoiceContactPerson": "invoice_contact_person",
    "InvoiceCoupon": "invoice_coupon",
    "InvoiceCreateRequest": "invoice_create_request",
    "InvoiceCredit": "invoice_credit",
    "InvoiceCreditApplication": "invoice_credit_application",
    "InvoiceCreditNoteToApply": "invoice_credit_note_to_apply",
    "InvoiceCustomField": "invoice_custom_field",
    "InvoiceCustomFieldSetting": "invoice_custom_field_setting",
    "InvoiceCustomFieldValue": "invoice_custom_field_value",
    "InvoiceCustomFieldsRequest": "invoice_custom_fields_request",
    "InvoiceCustomFieldsResponse": "invoice_custom_fields_response",
    "InvoiceDiscountType": "invoice_discount_type",
    "InvoiceDocument": "invoice_document",
    "InvoiceEmailRequest": "invoice_email_request",
    "InvoiceFilter": "invoice_filter",
    "InvoiceGatewayName": "invoice_gateway_name",
    "InvoiceGstTreatment": "invoice_gst_treatment",
    "InvoiceItemCustomField": "invoice_item_custom_field",
    "InvoiceItemTag": "invoice_item_tag",
    "InvoiceLineItem": "invoice_line_item",
    "InvoiceLineItemRequest": "invoice_line_item_request",
    "InvoiceLineItemsRequest": "invoice_line_items_request",
    "InvoiceListResponse": "invoice_list_response",
    "InvoicePaymentApplied": "invoice_payment_applied",
    "InvoicePaymentGateway": "invoice_payment_gateway",
    "InvoicePaymentMode": "invoice_payment_mode",
    "InvoicePaymentOptions": "invoice_payment_options",
    "InvoicePaypalMethod": "invoice_paypal_method",
    "InvoicePendingLineItem": "invoice_pending_line_item",
    "InvoiceProductType": "invoice_product_type",
    "InvoiceResponse": "invoice_response",
    "InvoiceSortColumn": "invoice_sort_column",
    "InvoiceStatus": "invoice_status",
    "InvoiceSubscriptionLink": "invoice_subscription_link",
    "InvoiceSummary": "invoice_summary",
    "InvoiceTax": "invoice_tax",
    "InvoiceTaxTreatment": "invoice_tax_treatment",
    "InvoiceTransactionType": "invoice_transaction_type",
    "InvoiceUpdateRequest": "invoice_update_request",
    "InvoiceVatTreatment": "invoice_vat_treatment",
    "InvoiceWriteOffRequest": "invoice_write_off_request",
    "Item": "item",
    "ItemCustomField": "item_custom_field",
    "ItemFilter": "item_filter",
    "ItemListResponse": "item_list_response",
    "ItemRequest": "item_request",
    "ItemResponse": "item_response",
    "ItemSortColumn": "item_sort_column",
    "ItemStatus": "item_status",
    "ItemSummary": "item_summary",
    "ItemTaxPreference": "item_tax_preference",
    "PageContext": "page_context",
    "Payment": "payment",
    "PaymentAutotransaction": "payment_autotransaction",
    "PaymentCustomField": "payment_custom_field",
    "PaymentCustomFieldValue": "payment_custom_field_value",
    "PaymentInvoice": "payment_invoice",
    "PaymentInvoiceApplication": "payment_invoice_application",
    "PaymentMode": "payment_mode",
    "PaymentRequest": "payment_request",
    "PaymentResponse": "payment_response",
    "PaymentStatus": "payment_status",
    "Plan": "plan",
    "PlanAddon": "plan_addon",
    "PlanAddonPriceBracket": "plan_addon_price_bracket",
    "PlanAddonPricingScheme": "plan_addon_pricing_scheme",
    "PlanAddonReference": "plan_addon_reference",
    "PlanAddonStatus": "plan_addon_status",
    "PlanCreateRequest": "plan_create_request",
    "PlanCustomField": "plan_custom_field",
    "PlanCustomFieldInput": "plan_custom_field_input",
    "PlanFilter": "plan_filter",
    "PlanIntervalUnit": "plan_interval_unit",
    "PlanListResponse": "plan_list_response",
    "PlanResponse": "plan_response",
    "PlanStatus": "plan_status",
    "PlanSummary": "plan_summary",
    "PlanTag": "plan_tag",
    "PlanTagReference": "plan_tag_reference",
    "PlanTaxPreference": "plan_tax_preference",
    "PlanUpdateRequest": "plan_update_request",
    "Product": "product",
    "ProductListResponse": "product_list_response",
    "ProductRequest": "product_request",
    "ProductResponse": "product_response",
    "ProductStatus": "product_status",
    "ProductType": "product_type",
    "ReferenceIdType": "reference_id_type",
    "StatusResponse": "status_response",
    "Subscription": "subscription",
    "SubscriptionActivitiesResponse": "subscription_activities_response",
    "SubscriptionActivity": "subscription_activity",
    "SubscriptionAddon": "subscription_addon",
    "SubscriptionAddonInput": "subscription_addon_input",
    "SubscriptionAutoCollectRequest": "subscription_auto_collect_request",
    "SubscriptionBuyOneTimeAddonRequest": "subscription_buy_one_time_addon_request",
    "SubscriptionCard": "subscription_card",
    "SubscriptionCardRequest": "subscription_card_request",
    "SubscriptionCfdiUsage": "subscription_cfdi_usage",
    "SubscriptionChargeRequest": "subscription_charge_request",
    "SubscriptionContactPerson": "subscription_contact_person",
    "SubscriptionContactPersonsRequest": "subscription_contact_persons_request",
    "SubscriptionCoupon": "subscription_coupon",
    "SubscriptionCreateRequest": "subscription_create_request",
    "SubscriptionCustomField": "subscription_custom_field",
    "SubscriptionCustomFieldInput": "subscription_custom_field_input",
    "SubscriptionCustomFieldUpdate": "subscription_custom_field_update",
    "SubscriptionCustomFieldsRequest": "subscription_custom_fields_request",
    "SubscriptionCustomFieldsResponse": "subscription_custom_fields_response",
    "SubscriptionCustomer": "subscription_customer",
    "SubscriptionFilter": "subscription_filter",
    "SubscriptionIntervalUnit": "subscription_interval_unit",
    "SubscriptionInvoice": "subscription_invoice",
    "SubscriptionInvoiceComment": "subscription_invoice_comment",
    "SubscriptionInvoiceCoupon": "subscription_invoice_coupon",
    "SubscriptionInvoiceCredit": "subscription_invoice_credit",
    "SubscriptionInvoiceItem": "subscription_invoice_item",
    "SubscriptionInvoicePayment": "subscription_invoice_payment",
    "SubscriptionInvoiceResponse": "subscription_invoice_response",
    "SubscriptionItemCustomField": "subscription_item_custom_field",
    "SubscriptionLineItemDescriptionRequest": "subscription_line_item_description_request",
    "SubscriptionListResponse": "subscription_list_response",
    "SubscriptionNewCustomer": "subscription_new_customer",
    "SubscriptionNote": "subscription_note",
    "SubscriptionNoteBatch": "subscription_note_batch",
    "SubscriptionNoteRequest": "subscription_note_request",
    "SubscriptionNoteResponse": "subscription_note_response",
    "SubscriptionOneTimeAddonInput": "subscription_one_time_addon_input",
    "SubscriptionPaymentGateway": "subscription_payment_gateway",
    "SubscriptionPaymentGatewayEntry": "subscription_payment_gateway_entry",
    "SubscriptionPaymentMode": "subscription_payment_mode",
    "SubscriptionPlan": "subscription_plan",
    "SubscriptionPlanInput": "subscription_plan_input",
    "SubscriptionPostponeRequest": "subscription_postpone_request",
    "SubscriptionReferenceRequest": "subscription_reference_request",
    "SubscriptionResponse": "subscription_response",
    "SubscriptionSalespersonRequest": "subscription_salesperson_request",
    "SubscriptionStatus": "subscription_status",
    "SubscriptionSummary": "subscription_summary",
    "SubscriptionTax": "subscription_tax",
    "SubscriptionUpdateRequest": "subscription_update_request",
    "TaxRegime": "tax_regime",
    "TaxSpecification": "tax_specification",
    "TaxTreatment": "tax_treatment",
    "Transaction": "transaction",
    "TransactionFilter": "transaction_filter",
    "TransactionListResponse": "transaction_list_response",
    "TransactionType": "transaction_type",
    "VatTreatment": "vat_treatment",
}

__all__ = [
    "Addon",
    "AddonCreateRequest",
    "AddonCustomField",
    "AddonCustomFieldRequest",
    "AddonFilter",
    "AddonIntervalUnit",
    "AddonListResponse",
    "AddonPlan",
    "AddonPriceBracket",
    "AddonPricingScheme",
    "AddonProductType",
    "AddonResponse",
    "AddonStatus",
    "AddonSummary",
    "AddonTag",
    "AddonTaxPreference",
    "AddonType",
    "AddonUpdateRequest",
    "Address",
    "Coupon",
    "CouponAddon",
    "CouponApplyToAddons",
    "CouponApplyToPlans",
    "CouponCreateRequest",
    "CouponDiscountBy",
    "CouponFilter",
    "CouponListResponse",
    "CouponPlan",
    "CouponResponse",
    "CouponStatus",
    "CouponSummary",
    "CouponType",
    "CouponUpdateRequest",
    "Customer",
    "CustomerCreateRequest",
    "CustomerCustomField",
    "CustomerCustomFieldCreate",
    "CustomerCustomFieldUpdate",
    "CustomerDocument",
    "CustomerFilter",
    "CustomerListResponse",
    "CustomerResponse",
    "CustomerStatus",
    "CustomerSummary",
    "CustomerTag",
    "CustomerTagReference",
    "CustomerUpdateRequest",
    "DefaultTemplates",
    "ErrorResponse",
    "Event",
    "EventCard",
    "EventCardData",
    "EventCardNotification",
    "EventCreditNote",
    "EventCreditNoteData",
    "EventCreditNoteNotification",
    "EventData",
    "EventInvoiceData",
    "EventInvoiceNotification",
    "EventListResponse",
    "EventPaymentData",
    "EventPaymentNotification",
    "EventResponse",
    "EventSubscriptionData",
    "EventSubscriptionNotification",
    "EventSummary",
    "EventType",
    "EventWebhookDelivery",
    "EventWebhookStatus",
    "GstTreatment",
    "HostedPage",
    "HostedPageAction",
    "HostedPageAddPaymentMethodRequest",
    "HostedPageAddonRequest",
    "HostedPageBuyOneTimeAddonRequest",
    "HostedPageCard",
    "HostedPageCfdiUsage",
    "HostedPageContactPerson",
    "HostedPageCustomField",
    "HostedPageData",
    "HostedPageIntervalUnit",
    "HostedPageInvoice",
    "HostedPageInvoiceComment",
    "HostedPageInvoiceCoupon",
    "HostedPageInvoiceCredit",
    "HostedPageInvoiceItem",
    "HostedPageInvoicePayment",
    "HostedPageInvoicePaymentRequest",
    "HostedPageItemCustomField",
    "HostedPageListResponse",
    "HostedPageNewCustomer",
    "HostedPageNewSubscriptionRequest",
    "HostedPageNote",
    "HostedPageOneTimeAddonRequest",
    "HostedPageOneTimeAddonRequestProductType",
    "HostedPagePaymentGateway",
    "HostedPagePaymentGatewayChoice",
    "HostedPagePaymentMode",
    "HostedPagePlanRequest",
    "HostedPageResponse",
    "HostedPageRetrieveResponse",
    "HostedPageStatus",
    "HostedPageSubscription",
    "HostedPageSubscriptionAddon",
    "HostedPageSubscriptionCoupon",
    "HostedPageSubscriptionCustomer",
    "HostedPageSubscriptionPlan",
    "HostedPageSummary",
    "HostedPageTag",
    "HostedPageUpdateCardRequest",
    "HostedPageUpdatePaymentMethodRequest",
    "HostedPageUpdateSubscriptionRequest",
    "Invoice",
    "InvoiceAddress",
    "InvoiceAddressRequest",
    "InvoiceAddressResponse",
    "InvoiceAddresses",
    "InvoiceApplyCreditsRequest",
    "InvoiceApplyCreditsResponse",
    "InvoiceAutotransaction",
    "InvoiceCfdiUsage",
    "InvoiceChargeApplication",
    "InvoiceChargePayment",
    "InvoiceChargeResponse",
    "InvoiceCollectChargeRequest",
    "InvoiceComment",
    "InvoiceContactPerson",
    "InvoiceCoupon",
    "InvoiceCreateRequest",
    "InvoiceCredit",
    "InvoiceCreditApplication",
    "InvoiceCreditNoteToApply",
    "InvoiceCustomField",
    "InvoiceCustomFieldSetting",
    "InvoiceCustomFieldValue",
    "InvoiceCustomFieldsRequest",
    "InvoiceCustomFieldsResponse",
    "InvoiceDiscountType",
    "InvoiceDocument",
    "InvoiceEmailRequest",
    "InvoiceFilter",
    "InvoiceGatewayName",
    "InvoiceGstTreatment",
    "InvoiceItemCustomField",
    "InvoiceItemTag",
    "InvoiceLineItem",
    "InvoiceLineItemRequest",
    "InvoiceLineItemsRequest",
    "InvoiceListResponse",
    "InvoicePaymentApplied",
    "InvoicePaymentGateway",
    "InvoicePaymentMode",
    "InvoicePaymentOptions",
    "InvoicePaypalMethod",
    "InvoicePendingLineItem",
    "InvoiceProductType",
    "InvoiceResponse",
    "InvoiceSortColumn",
    "InvoiceStatus",
    "InvoiceSubscriptionLink",
    "InvoiceSummary",
    "InvoiceTax",
    "InvoiceTaxTreatment",
    "InvoiceTransactionType",
    "InvoiceUpdateRequest",
    "InvoiceVatTreatment",
    "InvoiceWriteOffRequest",
    "Item",
    "ItemCustomField",
    "ItemFilter",
    "ItemListResponse",
    "ItemRequest",
    "ItemResponse",
    "ItemSortColumn",
    "ItemStatus",
    "ItemSummary",
    "ItemTaxPreference",
    "PageContext",
    "Payment",
    "PaymentAutotransaction",
    "PaymentCustomField",
    "PaymentCustomFieldValue",
    "PaymentInvoice",
    "PaymentInvoiceApplication",
    "PaymentMode",
    "PaymentRequest",
    "PaymentResponse",
    "PaymentStatus",
    "Plan",
    "PlanAddon",
    "PlanAddonPriceBracket",
    "PlanAddonPricingScheme",
    "PlanAddonReference",
    "PlanAddonStatus",
    "PlanCreateRequest",
    "PlanCustomField",
    "PlanCustomFieldInput",
    "PlanFilter",
    "PlanIntervalUnit",
    "PlanListResponse",
    "PlanResponse",
    "PlanStatus",
    "PlanSummary",
    "PlanTag",
    "PlanTagReference",
    "PlanTaxPreference",
    "PlanUpdateRequest",
    "Product",
    "ProductListResponse",
    "ProductRequest",
    "ProductResponse",
    "ProductStatus",
    "ProductType",
    "ReferenceIdType",
    "StatusResponse",
    "Subscription",
    "SubscriptionActivitiesResponse",
    "SubscriptionActivity",
    "SubscriptionAddon",
    "SubscriptionAddonInput",
    "SubscriptionAutoCollectRequest",
    "SubscriptionBuyOneTimeAddonRequest",
    "SubscriptionCard",
    "SubscriptionCardRequest",
    "SubscriptionCfdiUsage",
    "SubscriptionChargeRequest",
    "SubscriptionContactPerson",
    "SubscriptionContactPersonsRequest",
    "SubscriptionCoupon",
    "SubscriptionCreateRequest",
    "SubscriptionCustomField",
    "SubscriptionCustomFieldInput",
    "SubscriptionCustomFieldUpdate",
    "SubscriptionCustomFieldsRequest",
    "SubscriptionCustomFieldsResponse",
    "SubscriptionCustomer",
    "SubscriptionFilter",
    "SubscriptionIntervalUnit",
    "SubscriptionInvoice",
    "SubscriptionInvoiceComment",
    "SubscriptionInvoiceCoupon",
    "SubscriptionInvoiceCredit",
    "SubscriptionInvoiceItem",
    "SubscriptionInvoicePayment",
    "SubscriptionInvoiceResponse",
    "SubscriptionItemCustomField",
    "SubscriptionLineItemDescriptionRequest",
    "SubscriptionListResponse",
    "SubscriptionNewCustomer",
    "SubscriptionNote",
    "SubscriptionNoteBatch",
    "SubscriptionNoteRequest",
    "SubscriptionNoteResponse",
    "SubscriptionOneTimeAddonInput",
    "SubscriptionPaymentGateway",
    "SubscriptionPaymentGatewayEntry",
    "SubscriptionPaymentMode",
    "SubscriptionPlan",
    "SubscriptionPlanInput",
    "SubscriptionPostponeRequest",
    "SubscriptionReferenceRequest",
    "SubscriptionResponse",
    "SubscriptionSalespersonRequest",
    "SubscriptionStatus",
    "SubscriptionSummary",
    "SubscriptionTax",
    "SubscriptionUpdateRequest",
    "TaxRegime",
    "TaxSpecification",
    "TaxTreatment",
    "Transaction",
    "TransactionFilter",
    "TransactionListResponse",
    "TransactionType",
    "VatTreatment",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
