from .._open_enum import OpenStrEnum


class AddonStatus(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
