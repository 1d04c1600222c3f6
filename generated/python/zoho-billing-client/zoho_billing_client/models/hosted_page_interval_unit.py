from .._open_enum import OpenStrEnum


class HostedPageIntervalUnit(OpenStrEnum):
    MONTHS = "months"
    YEARS = "years"

    def __str__(self) -> str:
        return str(self.value)
