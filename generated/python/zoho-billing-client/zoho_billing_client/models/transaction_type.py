from enum import StrEnum


class TransactionType(StrEnum):
    CREDIT = "credit"
    INVOICE = "invoice"
    PAYMENT = "payment"
    REFUND = "refund"

    @classmethod
    def _missing_(cls, value: object) -> "TransactionType | None":
        # Open enum: a value the spec does not list becomes a pseudo-member that keeps the value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
