from .._open_enum import OpenStrEnum


class CouponType(OpenStrEnum):
    DURATION = "duration"
    FOREVER = "forever"
    ONE_TIME = "one_time"

    def __str__(self) -> str:
        return str(self.value)
