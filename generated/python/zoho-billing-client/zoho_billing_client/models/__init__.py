"""Every data model of the API, each imported from its module on first use (a module ``__getattr__``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
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
    from .product_type import ProductType
    from .reference_id_type import ReferenceIdType
    from .status_response import StatusResponse
    from .tax_regime import TaxRegime
    from .tax_specification import TaxSpecification
    from .tax_treatment import TaxTreatment
    from .transaction import Transaction
    from .transaction_filter import TransactionFilter
    from .transaction_list_response import TransactionListResponse
    from .transaction_type import TransactionType
    from .vat_treatment import VatTreatment

_MODULES: dict[str, str] = {
    "Address": "address",
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
    "ProductType": "product_type",
    "ReferenceIdType": "reference_id_type",
    "StatusResponse": "status_response",
    "TaxRegime": "tax_regime",
    "TaxSpecification": "tax_specification",
    "TaxTreatment": "tax_treatment",
    "Transaction": "transaction",
    "TransactionFilter": "transaction_filter",
    "TransactionListResponse": "transaction_list_response",
    "TransactionType": "transaction_type",
    "VatTreatment": "vat_treatment",
}

__all__ = (
    "Address",
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
    "ProductType",
    "ReferenceIdType",
    "StatusResponse",
    "TaxRegime",
    "TaxSpecification",
    "TaxTreatment",
    "Transaction",
    "TransactionFilter",
    "TransactionListResponse",
    "TransactionType",
    "VatTreatment",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
