from .._open_enum import OpenStrEnum


class CouponFilter(OpenStrEnum):
    COUPONSTATUS_ACTIVE = "CouponStatus.ACTIVE"
    COUPONSTATUS_ALL = "CouponStatus.All"
    COUPONSTATUS_EXPIRED = "CouponStatus.EXPIRED"
    COUPONSTATUS_INACTIVE = "CouponStatus.INACTIVE"

    def __str__(self) -> str:
        return str(self.value)
