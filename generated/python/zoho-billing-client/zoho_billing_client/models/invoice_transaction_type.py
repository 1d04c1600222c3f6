from .._open_enum import OpenStrEnum


class InvoiceTransactionType(OpenStrEnum):
    RENEWAL = "renewal"

    def __str__(self) -> str:
        return str(self.value)
