from .._open_enum import OpenStrEnum


class InvoiceFilter(OpenStrEnum):
    STATUS_ALL = "Status.All"
    STATUS_DRAFT = "Status.Draft"
    STATUS_OVERDUE = "Status.OverDue"
    STATUS_PAID = "Status.Paid"
    STATUS_PARTIALLYPAID = "Status.PartiallyPaid"
    STATUS_SENT = "Status.Sent"
    STATUS_UNPAID = "Status.Unpaid"
    STATUS_VOID = "Status.Void"

    def __str__(self) -> str:
        return str(self.value)
