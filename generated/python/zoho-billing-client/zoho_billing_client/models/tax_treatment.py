from enum import StrEnum


class TaxTreatment(StrEnum):
    BORDER_REGION_MEXICO = "border_region_mexico"
    HOME_COUNTRY_MEXICO = "home_country_mexico"
    NON_MEXICO = "non_mexico"

    @classmethod
    def _missing_(cls, value: object) -> "TaxTreatment | None":
        # Open enum: a value the spec does not list becomes a pseudo-member that keeps the value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
