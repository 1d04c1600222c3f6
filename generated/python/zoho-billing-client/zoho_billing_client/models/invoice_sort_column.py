from .._open_enum import OpenStrEnum


class InvoiceSortColumn(OpenStrEnum):
    BALANCE = "balance"
    CREATED_TIME = "created_time"
    CUSTOMER_NAME = "customer_name"
    DATE = "date"
    DUE_DATE = "due_date"
    INVOICE_NUMBER = "invoice_number"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
