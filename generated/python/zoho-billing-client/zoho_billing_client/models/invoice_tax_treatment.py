from .._open_enum import OpenStrEnum


class InvoiceTaxTreatment(OpenStrEnum):
    BORDER_REGION_MEXICO = "border_region_mexico"
    HOME_COUNTRY_MEXICO = "home_country_mexico"
    NON_MEXICO = "non_mexico"

    def __str__(self) -> str:
        return str(self.value)
