from .._open_enum import OpenStrEnum


class EventWebhookStatus(OpenStrEnum):
    FAILURE = "failure"
    SCHEDULED = "scheduled"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
