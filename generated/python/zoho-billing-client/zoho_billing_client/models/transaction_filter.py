from .._open_enum import OpenStrEnum


class TransactionFilter(OpenStrEnum):
    TRANSACTIONTYPE_ALL = "TransactionType.All"
    TRANSACTIONTYPE_CREDIT = "TransactionType.CREDIT"
    TRANSACTIONTYPE_INVOICE = "TransactionType.INVOICE"
    TRANSACTIONTYPE_PAYMENT = "TransactionType.PAYMENT"
    TRANSACTIONTYPE_REFUND = "TransactionType.REFUND"

    def __str__(self) -> str:
        return str(self.value)
