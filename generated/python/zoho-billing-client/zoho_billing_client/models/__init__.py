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
