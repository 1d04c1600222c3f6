from .._open_enum import OpenStrEnum


class AddonProductType(OpenStrEnum):
    GOODS = "goods"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
