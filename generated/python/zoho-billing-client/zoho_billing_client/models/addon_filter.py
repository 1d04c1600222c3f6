from .._open_enum import OpenStrEnum


class AddonFilter(OpenStrEnum):
    ADDONSTATUS_ACTIVE = "AddonStatus.ACTIVE"
    ADDONSTATUS_ALL = "AddonStatus.All"
    ADDONSTATUS_INACTIVE = "AddonStatus.INACTIVE"
    ADDONSTATUS_ONETIME = "AddonStatus.ONETIME"
    ADDONSTATUS_RECURRING = "AddonStatus.RECURRING"

    def __str__(self) -> str:
        return str(self.value)
