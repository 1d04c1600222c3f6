from .._open_enum import OpenStrEnum


class HostedPageStatus(OpenStrEnum):
    CANCELLED = "cancelled"
    FAILED = "failed"
    FORCE_CANCELLED = "force_cancelled"
    FRESH = "fresh"
    READ = "read"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
