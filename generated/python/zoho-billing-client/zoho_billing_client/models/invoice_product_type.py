from .._open_enum import OpenStrEnum


class InvoiceProductType(OpenStrEnum):
    GOODS = "goods"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
