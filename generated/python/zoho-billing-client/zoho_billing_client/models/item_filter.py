from enum import StrEnum


class ItemFilter(StrEnum):
    STATUS_ACTIVE = "Status.Active"
    STATUS_ALL = "Status.All"
    STATUS_INACTIVE = "Status.Inactive"

    @classmethod
    def _missing_(cls, value: object) -> "ItemFilter | None":
        # Open enum: a value the spec does not list becomes a pseudo-member that keeps the value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
