from .._open_enum import OpenStrEnum


class CustomerFilter(OpenStrEnum):
    STATUS_ACTIVE = "Status.Active"
    STATUS_ALL = "Status.All"
    STATUS_CRM = "Status.Crm"
    STATUS_GAPPS = "Status.Gapps"
    STATUS_INACTIVE = "Status.Inactive"
    STATUS_NONSUBSCRIBERS = "Status.NonSubscribers"
    STATUS_PORTALDISABLED = "Status.PortalDisabled"
    STATUS_PORTALENABLED = "Status.PortalEnabled"

    def __str__(self) -> str:
        return str(self.value)
