from .._open_enum import OpenStrEnum


class ItemSortColumn(OpenStrEnum):
    NAME = "name"
    RATE = "rate"
    TAX_NAME = "tax_name"

    def __str__(self) -> str:
        return str(self.value)
