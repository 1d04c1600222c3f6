from .._open_enum import OpenStrEnum


class PlanAddonPricingScheme(OpenStrEnum):
    PACKAGE = "package"
    TIER = "tier"
    UNIT = "unit"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
