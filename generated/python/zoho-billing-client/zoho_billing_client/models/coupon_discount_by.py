from .._open_enum import OpenStrEnum


class CouponDiscountBy(OpenStrEnum):
    FLAT = "flat"
    PERCENTAGE = "percentage"

    def __str__(self) -> str:
        return str(self.value)
