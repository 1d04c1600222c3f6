"""The arithmetic of the mock's billing rules (billing.py), exact to the cent, with no module spec needed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from zoho_billing_mock.billing import Line, add_interval, addon_unit_total, cents, charge, coupon_discount, money
from zoho_billing_mock.errors import ZohoError


def _line(price: str, quantity: int = 1, kind: str = "plan") -> Line:
    return Line(kind, kind, kind, Decimal(price), Decimal(quantity), Decimal(price) * quantity)


def test_the_issue_s_first_invoice_is_130_exactly() -> None:
    lines = [_line("100.00"), _line("20.00", 2, "addon")]
    bill = charge(lines, {"discount_by": "flat", "discount_value": Decimal("10.00")})
    assert (bill.sub_total, bill.discount, bill.total) == (Decimal("140.00"), Decimal("10.00"), Decimal("130.00"))
    assert str(bill.total) == "130.00"


def test_money_is_exact_and_rounded_half_up_once() -> None:
    bill = charge([_line("0.10", 3), _line("0.20", 1, "addon")])
    assert bill.total == Decimal("0.50")  # never 0.5000000000000001
    assert cents(Decimal("2.345")) == Decimal("2.35")
    assert cents(Decimal("2.344")) == Decimal("2.34")
    assert money("19.99") + money(Decimal("0.01")) == Decimal("20.00")


def test_a_percentage_coupon_is_a_share_of_the_sub_total_rounded_half_up() -> None:
    assert coupon_discount({"discount_by": "percentage", "discount_value": 15}, Decimal("33.33")) == Decimal("5.00")
    assert coupon_discount(
        {"discount_by": "percentage", "discount_value": Decimal("12.5")}, Decimal("0.20")
    ) == Decimal("0.03")  # 0.025 -> 0.03
    bill = charge([_line("99.99")], {"discount_by": "percentage", "discount_value": 10})
    assert (bill.discount, bill.total) == (Decimal("10.00"), Decimal("89.99"))


def test_a_flat_coupon_never_takes_the_total_below_zero() -> None:
    bill = charge([_line("5.00")], {"discount_by": "flat", "discount_value": 10})
    assert (bill.discount, bill.total) == (Decimal("5.00"), Decimal("0.00"))
    assert coupon_discount(None, Decimal(10)) == 0


BRACKETS = [
    {"start_quantity": 1, "end_quantity": 5, "price": Decimal(10)},
    {"start_quantity": 6, "end_quantity": 10, "price": Decimal(8)},
]


@pytest.mark.parametrize(
    ("scheme", "quantity", "expected"),
    [
        ("unit", 3, "30"),  # the first bracket's price per unit
        ("volume", 3, "30"),  # the bracket the whole quantity falls in: 1-5 at 10
        ("volume", 7, "56"),  # 6-10 at 8
        ("tier", 7, "66"),  # 5 x 10 + 2 x 8
        ("package", 3, "10"),  # one started package of the 1-5 bracket
        ("package", 7, "8"),  # one started package of the 6-10 bracket (10 units)
    ],
)
def test_addon_pricing_schemes(scheme: str, quantity: int, expected: str) -> None:
    addon = {"pricing_scheme": scheme, "price_brackets": BRACKETS}
    assert addon_unit_total(addon, Decimal(quantity)) == Decimal(expected)


def test_an_addon_price_given_in_the_request_overrides_the_catalogue() -> None:
    addon = {"pricing_scheme": "unit", "price_brackets": [{"price": Decimal(20)}]}
    assert addon_unit_total(addon, Decimal(2)) == Decimal(40)
    assert addon_unit_total(addon, Decimal(2), Decimal("12.50")) == Decimal(25)


def test_terms_move_on_by_the_plan_s_interval() -> None:
    assert add_interval(date(2026, 1, 15), 1, "months") == date(2026, 2, 15)
    assert add_interval(date(2026, 1, 31), 1, "months") == date(2026, 2, 28)  # a month end clamps
    assert add_interval(date(2024, 1, 31), 1, "months") == date(2024, 2, 29)
    assert add_interval(date(2026, 11, 30), 3, "months") == date(2027, 2, 28)
    assert add_interval(date(2026, 3, 1), 2, "years") == date(2028, 3, 1)
    assert add_interval(date(2026, 3, 1), 2, "weeks") == date(2026, 3, 15)
    assert add_interval(date(2026, 3, 1), 10, "days") == date(2026, 3, 11)


def test_an_amount_that_is_not_a_number_is_a_400() -> None:
    with pytest.raises(ZohoError) as caught:
        money("ten", "amount")
    assert (caught.value.status, caught.value.code) == (400, 4)
    with pytest.raises(ZohoError):
        money(True)
    assert money(None) == 0
