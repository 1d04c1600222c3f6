from .._open_enum import OpenStrEnum


class ItemFilter(OpenStrEnum):
    STATUS_ACTIVE = "Status.Active"
    STATUS_ALL = "Status.All"
    STATUS_INACTIVE = "Status.Inactive"

    def __str__(self) -> str:
        return str(self.value)
