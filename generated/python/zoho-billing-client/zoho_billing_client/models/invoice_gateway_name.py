from .._open_enum import OpenStrEnum


class InvoiceGatewayName(OpenStrEnum):
    AUTHORIZE_NET = "authorize_net"
    BRAINTREE = "braintree"
    PAYFLOW_PRO = "payflow_pro"
    PAYPAL = "paypal"
    STRIPE = "stripe"
    VALUE_4 = "2checkout"

    def __str__(self) -> str:
        return str(self.value)
