from .._open_enum import OpenStrEnum


class SubscriptionStatus(OpenStrEnum):
    CANCELLED = "cancelled"
    CANCELLED_FROM_DUNNING = "cancelled_from_dunning"
    CREATION_FAILED = "creation_failed"
    DUNNING = "dunning"
    EXPIRED = "expired"
    FUTURE = "future"
    LIVE = "live"
    NON_RENEWING = "non_renewing"
    TRIAL = "trial"
    TRIAL_EXPIRED = "trial_expired"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
