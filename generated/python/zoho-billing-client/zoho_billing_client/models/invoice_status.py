from .._open_enum import OpenStrEnum


class InvoiceStatus(OpenStrEnum):
    DRAFT = "draft"
    OVERDUE = "overdue"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    PENDING = "pending"
    SENT = "sent"
    UNPAID = "unpaid"
    VOID = "void"

    def __str__(self) -> str:
        return str(self.value)
