from .._open_enum import OpenStrEnum


class PlanFilter(OpenStrEnum):
    PLANSTATUS_ACTIVE = "PlanStatus.ACTIVE"
    PLANSTATUS_ALL = "PlanStatus.All"
    PLANSTATUS_INACTIVE = "PlanStatus.INACTIVE"

    def __str__(self) -> str:
        return str(self.value)
