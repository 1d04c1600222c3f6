from .._open_enum import OpenStrEnum


class CouponApplyToAddons(OpenStrEnum):
    ALL_ADDONS = "all_addons"
    ALL_ONETIME = "all_onetime"
    ALL_RECURRING = "all_recurring"
    NONE = "none"
    SELECT = "select"

    def __str__(self) -> str:
        return str(self.value)
