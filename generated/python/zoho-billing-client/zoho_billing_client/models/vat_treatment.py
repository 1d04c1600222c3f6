from enum import StrEnum


class VatTreatment(StrEnum):
    EU_VAT_NOT_REGISTERED = "eu_vat_not_registered"
    EU_VAT_REGISTERED = "eu_vat_registered"
    NON_EU = "non_eu"
    OVERSEAS = "overseas"
    UK = "uk"

    @classmethod
    def _missing_(cls, value: object) -> "VatTreatment | None":
        # Open enum: a value the spec does not list becomes a pseudo-member that keeps the value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
