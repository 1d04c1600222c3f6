from enum import StrEnum


class CustomerFilter(StrEnum):
    STATUS_ACTIVE = "Status.Active"
    STATUS_ALL = "Status.All"
    STATUS_CRM = "Status.Crm"
    STATUS_GAPPS = "Status.Gapps"
    STATUS_INACTIVE = "Status.Inactive"
    STATUS_NONSUBSCRIBERS = "Status.NonSubscribers"
    STATUS_PORTALDISABLED = "Status.PortalDisabled"
    STATUS_PORTALENABLED = "Status.PortalEnabled"

    @classmethod
    def _missing_(cls, value: object) -> "CustomerFilter | None":
        # Open enum: a value the spec does not list becomes a pseudo-member that keeps the value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
