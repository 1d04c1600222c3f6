from .._open_enum import OpenStrEnum


class InvoiceDiscountType(OpenStrEnum):
    ENTITY_LEVEL = "entity_level"
    ITEM_LEVEL = "item_level"

    def __str__(self) -> str:
        return str(self.value)
