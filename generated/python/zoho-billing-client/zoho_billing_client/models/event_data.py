from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """The record an event concerns, under the key of its kind. Which key an event type carries is stated by its webhook
    (`x-zoho-webhook` `payload`); the shape is inferred, since Zoho documents the payload of no event type (errata
    `event-payload-object`). Unknown keys are kept.

        Attributes:
            subscription (Subscription | Unset): A subscription as Zoho returns it: the customer billed, the plan and addons
                with their quantities and prices, the coupon, the current term and the next billing date, and how it is paid
                (online with a card, or offline). Operations return different subsets of these fields; only `subscription_id`
                and `status`, which Zoho sets itself, are always there. `customer_id`, `sub_total` and `cancelled_at` are
                defined in Zoho's file but placed in no documented response except the list (errata `subscription-orphan-
                fields`).
            invoice (Invoice | Unset): An invoice as Zoho returns it from create, retrieve and update: what a customer owes,
                line by line, and what has been paid, credited or written off against it. `invoice_id`, `customer_id` and
                `status` are always present (Zoho sets the ID and the status, and requires the customer on create; errata
                `required-response-fields`). Zoho's retrieve documents the number as `number` and the date as `invoice_date`;
                its create and update document `invoice_number` and `date`: both pairs are listed, and a response may carry
                either.
            payment (Payment | Unset): A payment as Zoho returns it from create, retrieve and update. `payment_id`,
                `customer_id`, `payment_mode`, `amount` and `date` are always present: Zoho sets the ID and the date (today when
                none is sent) and requires the others on create (errata `required-response-fields`). The other fields may be
                absent.
            card (EventCard | Unset): A customer's stored card, as a card event carries it. Its fields are those of Zoho's
                Cards reference (cards.yml, card-response); that a card event carries exactly this object is inferred. The full
                card number and CVV are never returned.
            creditnote (EventCreditNote | Unset): The credit note a credit-note event carries. Zoho documents neither this
                payload nor, in this spec, credit notes (a later module): its fields are not described here, and every field is
                kept as sent.
    """

    subscription: Subscription | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    payment: Payment | Unset = UNSET
    card: EventCard | Unset = UNSET
    creditnote: EventCreditNote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = (
                self.subscription.to_dict() if isinstance(self.subscription, Subscription) else self.subscription
            )

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict() if isinstance(self.invoice, Invoice) else self.invoice

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict() if isinstance(self.payment, Payment) else self.payment

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict() if isinstance(self.card, EventCard) else self.card

        creditnote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creditnote, Unset):
            creditnote = self.creditnote.to_dict() if isinstance(self.creditnote, EventCreditNote) else self.creditnote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if payment is not UNSET:
            field_dict["payment"] = payment
        if card is not UNSET:
            field_dict["card"] = card
        if creditnote is not UNSET:
            field_dict["creditnote"] = creditnote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subscription_raw = d.pop("subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription_raw, dict):
            subscription = Subscription.from_dict(_subscription_raw)
        else:
            subscription = _subscription_raw

        _invoice_raw = d.pop("invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice_raw, dict):
            invoice = Invoice.from_dict(_invoice_raw)
        else:
            invoice = _invoice_raw

        _payment_raw = d.pop("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment_raw, dict):
            payment = Payment.from_dict(_payment_raw)
        else:
            payment = _payment_raw

        _card_raw = d.pop("card", UNSET)
        card: EventCard | Unset
        if isinstance(_card_raw, dict):
            card = EventCard.from_dict(_card_raw)
        else:
            card = _card_raw

        _creditnote_raw = d.pop("creditnote", UNSET)
        creditnote: EventCreditNote | Unset
        if isinstance(_creditnote_raw, dict):
            creditnote = EventCreditNote.from_dict(_creditnote_raw)
        else:
            creditnote = _creditnote_raw

        event_data = cls(
            subscription=subscription,
            invoice=invoice,
            payment=payment,
            card=card,
            creditnote=creditnote,
        )

        event_data.additional_properties = d
        return event_data

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


from ..models.event_card import EventCard  # noqa: E402
from ..models.event_credit_note import EventCreditNote  # noqa: E402
from ..models.invoice import Invoice  # noqa: E402
from ..models.payment import Payment  # noqa: E402
from ..models.subscription import Subscription  # noqa: E402
