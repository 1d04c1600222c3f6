from .._open_enum import OpenStrEnum


class HostedPageOneTimeAddonRequestProductType(OpenStrEnum):
    GOODS = "goods"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
