from .._open_enum import OpenStrEnum


class HostedPagePaymentGateway(OpenStrEnum):
    AUTHORIZE_NET = "authorize_net"
    FORTE = "forte"
    PAYFLOW_PRO = "payflow_pro"
    PAYMENTS_PRO = "payments_pro"
    STRIPE = "stripe"
    TEST_GATEWAY = "test_gateway"
    VALUE_3 = "2checkout"
    WEPAY = "wepay"
    WORLDPAY = "worldpay"

    def __str__(self) -> str:
        return str(self.value)
