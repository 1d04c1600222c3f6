from .._open_enum import OpenStrEnum


class TaxSpecification(OpenStrEnum):
    INTER = "inter"
    INTRA = "intra"

    def __str__(self) -> str:
        return str(self.value)
