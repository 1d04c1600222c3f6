from .._open_enum import OpenStrEnum


class HostedPageAction(OpenStrEnum):
    ADD_PAYMENT_METHOD = "add_payment_method"
    INVOICE_PAYMENT = "invoice_payment"
    NEW_SUBSCRIPTION = "new_subscription"
    ONE_TIME_ADDON = "one_time_addon"
    UPDATE_CARD = "update_card"
    UPDATE_PAYMENT_METHOD = "update_payment_method"
    UPDATE_SUBSCRIPTION = "update_subscription"

    def __str__(self) -> str:
        return str(self.value)
