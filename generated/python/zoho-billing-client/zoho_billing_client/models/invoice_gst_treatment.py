from .._open_enum import OpenStrEnum


class InvoiceGstTreatment(OpenStrEnum):
    BUSINESS_GST = "business_gst"
    BUSINESS_NONE = "business_none"
    CONSUMER = "consumer"
    OVERSEAS = "overseas"

    def __str__(self) -> str:
        return str(self.value)
