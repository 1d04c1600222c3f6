from .._open_enum import OpenStrEnum


class ProductStatus(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
