from .._open_enum import OpenStrEnum


class PaymentStatus(OpenStrEnum):
    FAILURE = "failure"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
