from .._open_enum import OpenStrEnum


class EventType(OpenStrEnum):
    BILLING_DATE_CHANGED = "billing_date_changed"
    CARD_DELETED = "card_deleted"
    CARD_EXPIRED = "card_expired"
    CARD_EXPIRING = "card_expiring"
    CREDITNOTE_ADDED = "creditnote_added"
    INVOICE_CREATED = "invoice_created"
    PAYMENT_DECLINED = "payment_declined"
    PAYMENT_REFUNDED = "payment_refunded"
    PAYMENT_THANKYOU = "payment_thankyou"
    SUBSCRIPTION_ACTIVATION = "subscription_activation"
    SUBSCRIPTION_AHEAD = "subscription_ahead"
    SUBSCRIPTION_CANCELLATION_SCHEDULED = "subscription_cancellation_scheduled"
    SUBSCRIPTION_CANCELLED = "subscription_cancelled"
    SUBSCRIPTION_CREATED = "subscription_created"
    SUBSCRIPTION_DELETED = "subscription_deleted"
    SUBSCRIPTION_DOWNGRADED = "subscription_downgraded"
    SUBSCRIPTION_EXPIRED = "subscription_expired"
    SUBSCRIPTION_EXPIRING = "subscription_expiring"
    SUBSCRIPTION_MOVE_TO_FREE_SCHEDULED = "subscription_move_to_free_scheduled"
    SUBSCRIPTION_REACTIVATED = "subscription_reactivated"
    SUBSCRIPTION_RENEWED = "subscription_renewed"
    SUBSCRIPTION_UNPAID = "subscription_unpaid"
    SUBSCRIPTION_UPGRADED = "subscription_upgraded"
    TRIAL_EXPIRING = "trial_expiring"

    def __str__(self) -> str:
        return str(self.value)
