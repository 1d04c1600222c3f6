from .._open_enum import OpenStrEnum


class HostedPagePaymentMode(OpenStrEnum):
    AUTOTRANSACTION = "autotransaction"
    BANKREMITTANCE = "bankremittance"
    BANKTRANSFER = "banktransfer"
    CASH = "cash"
    CHECK = "check"
    CREDITCARD = "creditcard"
    OTHERS = "others"

    def __str__(self) -> str:
        return str(self.value)
