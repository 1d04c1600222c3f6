from .._open_enum import OpenStrEnum


class CouponStatus(OpenStrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    INACTIVE = "inactive"
    MAXED_OUT = "maxed_out"

    def __str__(self) -> str:
        return str(self.value)
