from .._open_enum import OpenStrEnum


class SubscriptionIntervalUnit(OpenStrEnum):
    MONTHS = "months"
    YEARS = "years"

    def __str__(self) -> str:
        return str(self.value)
