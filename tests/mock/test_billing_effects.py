"""The billing effects over HTTP (billing.py): subscribe, change, cancel, reactivate, payments, collected
charges, hosted pages and the events they record. Every answer is validated against the spec.

These need the subscription loop's modules in the spec (products, plans, addons, coupons,
subscriptions, invoices, payments, events; hosted pages for their tests): a test skips, naming what is
missing, when the spec does not have them yet.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from zoho_billing_mock import MockServer
from zoho_billing_mock.billing import DECLINED_CARD_ID
from zoho_billing_mock.jsonio import dumps, loads

LOOP = ("customer", "product", "plan", "addon", "coupon", "subscription", "invoice", "payment", "event")
CARD = "903000000079226"


class Loop:
    """A client on the mock with the catalogue of the issue: plan `monthly` 100.00, `pro` 200.00,
    `trial` 50.00 with 14 trial days, addon `cards` 20.00, coupon `TENOFF` 10.00 flat, `HALF` 50 %."""

    def __init__(self, mock: MockServer, http: httpx.Client) -> None:
        self.mock, self.http = mock, http
        self.customer = self.ok("POST", "/customers", {"display_name": "Ada Lovelace", "email": "ada@example.com"})[
            "customer"
        ]
        product = self.ok("POST", "/products", {"name": "Engine"})["product"]
        self.product_id = product["product_id"]
        for code, price, trial in (("monthly", 100, 0), ("pro", 200, 0), ("trial", 50, 14)):
            plan = {"plan_code": code, "name": code.title(), "recurring_price": price, "interval": 1}
            self.ok("POST", "/plans", {**plan, "interval_unit": "months", "trial_period": trial, **self.product()})
        self.ok(
            "POST",
            "/addons",
            {
                "addon_code": "cards",
                "name": "Cards",
                "type": "recurring",
                "pricing_scheme": "unit",
                "price_brackets": [{"price": 20}],
                "unit_name": "box",
                "interval_unit": "monthly",
                "applicable_to_all_plans": True,
                **self.product(),
            },
        )
        for code, by, value in (("TENOFF", "flat", 10), ("HALF", "percentage", 50)):
            coupon = {"coupon_code": code, "name": code, "type": "forever", "discount_by": by, "discount_value": value}
            self.ok(
                "POST",
                "/coupons",
                {**coupon, "apply_to_plans": "all", "apply_to_addons": "all_addons", **self.product()},
            )

    def product(self) -> dict[str, str]:
        return {"product_id": self.product_id}

    def send(self, method: str, path: str, body: Any = None, **params: Any) -> httpx.Response:
        content = dumps(body) if body is not None else None  # exact decimals
        headers = {"Content-Type": "application/json"} if body is not None else None
        return self.http.request(method, path, content=content, headers=headers, params=params or None)

    def ok(self, method: str, path: str, body: Any = None, **params: Any) -> dict[str, Any]:
        answer = self.send(method, path, body, **params)
        assert answer.status_code < 300, f"{method} {path}: {answer.status_code} {answer.text}"
        result: dict[str, Any] = loads(answer.content)
        return result

    def subscribe(self, **fields: Any) -> dict[str, Any]:
        body = {"customer_id": self.customer["customer_id"], "plan": {"plan_code": "monthly"}, "auto_collect": False}
        body.update(fields)
        return self.ok("POST", "/subscriptions", body)["subscription"]

    def invoice(self, invoice_id: str) -> dict[str, Any]:
        return self.ok("GET", f"/invoices/{invoice_id}")["invoice"]

    def event_types(self) -> list[str]:
        return [event["event_type"] for event in self.ok("GET", "/events")["events"]]


@pytest.fixture
def loop(mock: MockServer, make_client: Callable[..., httpx.Client]) -> Loop:
    missing = [name for name in LOOP if name not in mock.app.spec.records]
    if missing:
        pytest.skip(f"the spec has no {', '.join(missing)} records yet")
    return Loop(mock, make_client(mock))


def test_the_first_invoice_is_the_plan_plus_the_addons_minus_the_coupon(loop: Loop) -> None:
    subscription = loop.subscribe(addons=[{"addon_code": "cards", "quantity": 2}], coupon_code="TENOFF")
    assert subscription["status"] == "live"
    assert subscription["amount"] == Decimal("130.00")
    assert (
        subscription["current_term_starts_at"] < subscription["current_term_ends_at"] == subscription["next_billing_at"]
    )
    invoice = loop.invoice(subscription["child_invoice_id"])
    assert (invoice["total"], invoice["balance"], invoice["status"]) == (Decimal("130.00"), Decimal("130.00"), "sent")
    assert str(invoice["total"]) == "130.00"
    assert loop.event_types() == ["subscription_created", "subscription_activation", "invoice_created"]


def test_a_percentage_coupon_and_a_quantity(loop: Loop) -> None:
    subscription = loop.subscribe(plan={"plan_code": "monthly", "quantity": 3}, coupon_code="HALF")
    assert loop.invoice(subscription["child_invoice_id"])["total"] == Decimal("150.00")


def test_a_plan_with_trial_days_starts_a_trial_without_an_invoice(loop: Loop) -> None:
    subscription = loop.subscribe(plan={"plan_code": "trial"})
    assert subscription["status"] == "trial"
    assert not subscription.get("child_invoice_id")
    assert loop.mock.records("invoice") == []
    assert loop.event_types() == ["subscription_created"]


def test_auto_collect_with_a_card_pays_the_first_invoice(loop: Loop) -> None:
    subscription = loop.subscribe(auto_collect=True, card_id=CARD)
    invoice = loop.invoice(subscription["child_invoice_id"])
    assert (invoice["status"], invoice["balance"]) == ("paid", Decimal("0.00"))
    [payment] = loop.mock.records("payment")
    assert payment["payment_mode"] == "autotransaction" and payment["amount"] == Decimal("100.00")
    assert loop.event_types()[-1] == "payment_thankyou"


def test_a_declined_card_leaves_the_invoice_unpaid(loop: Loop) -> None:
    subscription = loop.subscribe(auto_collect=True, card_id=DECLINED_CARD_ID)
    assert loop.invoice(subscription["child_invoice_id"])["status"] == "sent"
    assert loop.event_types()[-1] == "payment_declined"


def test_a_new_customer_comes_with_the_subscription(loop: Loop) -> None:
    body = {
        "customer": {"display_name": "Charles Babbage", "email": "charles@example.com"},
        "plan": {"plan_code": "pro"},
    }
    subscription = loop.ok("POST", "/subscriptions", {**body, "auto_collect": False})["subscription"]
    customer = loop.ok("GET", f"/customers/{subscription['customer_id']}")["customer"]
    assert customer["display_name"] == "Charles Babbage"


@pytest.mark.parametrize(
    "change",
    [{"plan": {"plan_code": "nope"}}, {"addons": [{"addon_code": "nope"}]}, {"coupon_code": "NOPE"}],
)
def test_an_unknown_plan_addon_or_coupon_is_refused(loop: Loop, change: dict[str, Any]) -> None:
    body = {"customer_id": loop.customer["customer_id"], "plan": {"plan_code": "monthly"}, **change}
    answer = loop.send("POST", "/subscriptions", body)
    assert answer.status_code in (400, 404), answer.text
    assert loop.mock.records("subscription") == []


def test_an_inactive_plan_is_refused(loop: Loop) -> None:
    loop.ok("POST", "/plans/monthly/markasinactive")
    answer = loop.send(
        "POST", "/subscriptions", {"customer_id": loop.customer["customer_id"], "plan": {"plan_code": "monthly"}}
    )
    assert answer.status_code == 400, answer.text


def test_payments_pay_an_invoice_in_parts_and_never_more_than_its_balance(loop: Loop) -> None:
    invoice_id = loop.subscribe()["child_invoice_id"]
    customer_id = loop.customer["customer_id"]

    def pay(amount: str, target: str = invoice_id) -> httpx.Response:
        body = {
            "customer_id": customer_id,
            "payment_mode": "cash",
            "amount": Decimal(amount),
            "invoices": [{"invoice_id": target, "amount_applied": Decimal(amount)}],
        }
        return loop.send("POST", "/payments", body)

    assert pay("40.10").status_code == 201
    invoice = loop.invoice(invoice_id)
    assert (invoice["status"], invoice["balance"], invoice["payment_made"]) == (
        "partially_paid",
        Decimal("59.90"),
        Decimal("40.10"),
    )
    assert pay("60.00").status_code == 400  # more than the balance
    assert pay("10.00", "903000000999999").status_code in (400, 404)  # no such invoice
    assert pay("59.90").status_code == 201
    assert loop.invoice(invoice_id)["status"] == "paid"
    assert loop.event_types().count("payment_thankyou") == 2


def test_collect_charge_pays_the_balance_or_is_declined(loop: Loop) -> None:
    operation = next(
        op for op in loop.mock.app.spec.operations.values() if op.behaviour and op.behaviour.effect == "collect_charge"
    )
    first = loop.subscribe()["child_invoice_id"]
    declined = loop.send(
        operation.method, operation.path_template.replace("{invoice_id}", first), {"card_id": DECLINED_CARD_ID}
    )
    assert declined.status_code == 400, declined.text
    assert loop.event_types()[-1] == "payment_declined"
    assert loop.invoice(first)["status"] == "sent"
    paid = loop.ok(operation.method, operation.path_template.replace("{invoice_id}", first), {"card_id": CARD})
    assert paid["payment"]["amount"] == Decimal("100.00")
    assert loop.invoice(first)["status"] == "paid"
    again = loop.send(operation.method, operation.path_template.replace("{invoice_id}", first), {"card_id": CARD})
    assert again.status_code == 400  # nothing left to collect


def test_an_upgrade_and_a_downgrade_raise_invoices_for_the_new_amount(loop: Loop) -> None:
    subscription = loop.subscribe(addons=[{"addon_code": "cards", "quantity": 2}], coupon_code="TENOFF")
    ident = subscription["subscription_id"]
    upgraded = loop.ok("PUT", f"/subscriptions/{ident}", {"plan": {"plan_code": "pro"}})["subscription"]
    assert upgraded["amount"] == Decimal("230.00") and upgraded["plan"]["plan_code"] == "pro"
    assert loop.invoice(upgraded["child_invoice_id"])["total"] == Decimal("230.00")
    downgraded = loop.ok("PUT", f"/subscriptions/{ident}", {"plan": {"plan_code": "monthly"}, "addons": []})[
        "subscription"
    ]
    assert downgraded["amount"] == Decimal("90.00") and downgraded["addons"] == []
    types = loop.event_types()
    assert types[3:] == ["subscription_upgraded", "invoice_created", "subscription_downgraded", "invoice_created"]


def test_cancel_at_the_end_of_the_term_then_reactivate_then_cancel_now(loop: Loop) -> None:
    ident = loop.subscribe()["subscription_id"]
    at_end = loop.ok("POST", f"/subscriptions/{ident}/cancel", cancel_at_end="true")["subscription"]
    assert at_end["status"] == "non_renewing" and at_end["expires_at"] == at_end["current_term_ends_at"]
    back = loop.ok("POST", f"/subscriptions/{ident}/reactivate")["subscription"]
    assert back["status"] == "live"
    now = loop.ok("POST", f"/subscriptions/{ident}/cancel", cancel_at_end="false")["subscription"]
    assert now["status"] == "cancelled" and now["cancelled_at"]
    assert loop.send("POST", f"/subscriptions/{ident}/cancel", cancel_at_end="false").status_code == 400
    assert loop.event_types()[3:] == [
        "subscription_cancellation_scheduled",
        "subscription_reactivated",
        "subscription_cancelled",
    ]


def test_deleting_a_subscription_records_its_event_with_the_subscription(loop: Loop) -> None:
    ident = loop.subscribe()["subscription_id"]
    loop.ok("DELETE", f"/subscriptions/{ident}")
    events = loop.ok("GET", "/events")["events"]
    assert events[-1]["event_type"] == "subscription_deleted"
    detail = loop.ok("GET", f"/events/{events[-1]['event_id']}")["event"]
    assert detail["payload"]["subscription"]["subscription_id"] == ident


def test_a_hosted_page_completed_through_the_control_api_subscribes(loop: Loop) -> None:
    if "hosted_page" not in loop.mock.app.spec.records:
        pytest.skip("the spec has no hosted_page records yet")
    operation = next(
        op
        for op in loop.mock.app.spec.operations.values()
        if op.behaviour and op.behaviour.effect == "hosted_page" and op.path_template.endswith("newsubscription")
    )
    body = {"customer_id": loop.customer["customer_id"], "plan": {"plan_code": "monthly"}}
    page = loop.ok(operation.method, operation.path_template, body)["hostedpage"]
    assert page["status"] == "fresh" and page["url"].startswith(loop.mock.control_url)
    assert page["expiring_time"] > page["created_time"]
    done = httpx.post(
        loop.mock.control_url + f"/records/hosted_page/{page['hostedpage_id']}/complete", json={}, timeout=10
    )
    assert done.status_code == 200, done.text
    record = done.json()["record"]
    assert record["status"] == "success" and record["data"]["subscription"]["status"] == "live"
    [subscription] = loop.mock.records("subscription")
    assert loop.invoice(subscription["child_invoice_id"])["status"] == "paid"
    again = httpx.post(loop.mock.control_url + f"/records/hosted_page/{page['hostedpage_id']}/complete", timeout=10)
    assert again.status_code == 400


def test_faults_and_the_request_log_work_for_the_new_operations(loop: Loop) -> None:
    loop.mock.clear_requests()
    loop.mock.faults.rate_limit(operation_id="create_subscription")
    body = {"customer_id": loop.customer["customer_id"], "plan": {"plan_code": "monthly"}}
    assert loop.send("POST", "/subscriptions", body).status_code == 429
    assert loop.mock.records("subscription") == []
    assert loop.send("POST", "/subscriptions", body).status_code == 201
    assert [entry.operation_id for entry in loop.mock.requests] == ["create_subscription", "create_subscription"]


def test_renewing_ends_a_trial_renews_a_term_and_expires_a_non_renewing_one(loop: Loop) -> None:
    ident = loop.subscribe(plan={"plan_code": "trial"}, auto_collect=True, card_id=CARD)["subscription_id"]
    renew = loop.mock.control_url + f"/records/subscription/{ident}/renew"
    live = httpx.post(renew, timeout=10).json()["record"]
    assert live["status"] == "live"
    assert loop.invoice(live["child_invoice_id"])["status"] == "paid"  # 50.00, charged to the card
    renewed = loop.mock.renew("subscription", ident)
    assert renewed["current_term_starts_at"] == live["current_term_ends_at"]
    assert renewed["child_invoice_id"] != live["child_invoice_id"]
    loop.ok("POST", f"/subscriptions/{ident}/cancel", cancel_at_end="true")
    assert loop.mock.renew("subscription", ident)["status"] == "expired"
    assert httpx.post(renew, timeout=10).status_code == 400
    assert loop.event_types() == [
        "subscription_created",
        "subscription_activation",
        "invoice_created",
        "payment_thankyou",
        "subscription_renewed",
        "invoice_created",
        "payment_thankyou",
        "subscription_cancellation_scheduled",
        "subscription_expired",
    ]


def test_a_completed_one_time_addon_page_invoices_the_addons_and_pays_them(loop: Loop) -> None:
    if "hosted_page" not in loop.mock.app.spec.records:
        pytest.skip("the spec has no hosted_page records yet")
    operation = next(
        op
        for op in loop.mock.app.spec.operations.values()
        if op.behaviour and op.behaviour.effect == "hosted_page" and op.behaviour.sets.get("action") == "one_time_addon"
    )
    ident = loop.subscribe()["subscription_id"]
    body = {"subscription_id": ident, "addons": [{"addon_code": "cards", "quantity": 3}]}
    page = loop.ok(operation.method, operation.path_template, body)["hostedpage"]
    record = loop.mock.complete("hosted_page", page["hostedpage_id"])
    assert record["status"] == "success"
    invoice = loop.invoice(record["data"]["invoice"]["invoice_id"])
    assert (invoice["total"], invoice["status"]) == (Decimal("60.00"), "paid")
