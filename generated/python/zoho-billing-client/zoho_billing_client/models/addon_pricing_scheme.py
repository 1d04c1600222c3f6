from .._open_enum import OpenStrEnum


class AddonPricingScheme(OpenStrEnum):
    PACKAGE = "package"
    TIER = "tier"
    UNIT = "unit"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
