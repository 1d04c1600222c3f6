from .._open_enum import OpenStrEnum


class ReferenceIdType(OpenStrEnum):
    ZCRM_ACCOUNT_ID = "zcrm_account_id"
    ZCRM_CONTACT_ID = "zcrm_contact_id"

    def __str__(self) -> str:
        return str(self.value)
