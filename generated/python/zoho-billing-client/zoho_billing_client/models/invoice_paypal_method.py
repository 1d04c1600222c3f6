from .._open_enum import OpenStrEnum


class InvoicePaypalMethod(OpenStrEnum):
    ADAPTIVE = "adaptive"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
