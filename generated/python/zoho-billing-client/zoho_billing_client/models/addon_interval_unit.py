from .._open_enum import OpenStrEnum


class AddonIntervalUnit(OpenStrEnum):
    MONTHLY = "monthly"
    YEARLY = "yearly"

    def __str__(self) -> str:
        return str(self.value)
