from .._open_enum import OpenStrEnum


class PlanStatus(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
