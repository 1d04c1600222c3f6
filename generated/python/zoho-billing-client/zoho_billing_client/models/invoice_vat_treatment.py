from .._open_enum import OpenStrEnum


class InvoiceVatTreatment(OpenStrEnum):
    EU_VAT_NOT_REGISTERED = "eu_vat_not_registered"
    EU_VAT_REGISTERED = "eu_vat_registered"
    NON_EU = "non_eu"
    OVERSEAS = "overseas"
    UK = "uk"

    def __str__(self) -> str:
        return str(self.value)
