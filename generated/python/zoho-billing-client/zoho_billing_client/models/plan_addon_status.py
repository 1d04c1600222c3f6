from .._open_enum import OpenStrEnum


class PlanAddonStatus(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
