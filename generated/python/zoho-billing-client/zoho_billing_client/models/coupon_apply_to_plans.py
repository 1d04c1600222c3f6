from .._open_enum import OpenStrEnum


class CouponApplyToPlans(OpenStrEnum):
    ALL = "all"
    NONE = "none"
    SELECT = "select"

    def __str__(self) -> str:
        return str(self.value)
