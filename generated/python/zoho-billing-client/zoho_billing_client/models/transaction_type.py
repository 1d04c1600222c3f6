from .._open_enum import OpenStrEnum


class TransactionType(OpenStrEnum):
    CREDIT = "credit"
    INVOICE = "invoice"
    PAYMENT = "payment"
    REFUND = "refund"

    def __str__(self) -> str:
        return str(self.value)
