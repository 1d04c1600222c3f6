from .._open_enum import OpenStrEnum


class AddonType(OpenStrEnum):
    ONE_TIME = "one_time"
    RECURRING = "recurring"

    def __str__(self) -> str:
        return str(self.value)
