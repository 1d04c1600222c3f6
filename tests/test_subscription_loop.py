"""The subscription loop end to end (issue 11, "Done when"): the generated client over HTTP against the
local server started as its own process on 127.0.0.1, and a local webhook receiver.

Customer, product, plan (100.00 a month), addon (20.00), coupon (10.00 off, flat); a subscription
with two of the addon and the coupon, whose first invoice is 130.00 exactly; a payment that pays it;
signed subscription and invoice events received and verified with `zoho_billing_client.webhooks`; an
upgrade to a 200.00 plan; a cancellation at the end of the term (non_renewing); and the events, in
order, from `GET /events`. Waits are bounded loops on conditions, never on elapsed time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent / "mock"))  # --import-mode=importlib: the webhook receiver

from webhook_receiver import WebhookReceiver, wait_for

SECRET = "loopSecretToken2026"
ORGANIZATION = "10234695"


@dataclass
class RunningMock:
    process: subprocess.Popen[str]
    root_url: str

    @property
    def base_url(self) -> str:
        return self.root_url + "/billing/v1"

    def control(self, method: str, path: str, body: Any = None) -> Any:
        answer = httpx.request(method, self.root_url + "/__mock__" + path, json=body, timeout=10)
        assert answer.status_code < 300, answer.text
        return answer.json()


@pytest.fixture(scope="module")
def running_mock(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, write_mock_spec: Callable[..., Path]
) -> Iterator[RunningMock]:
    """`zoho-billing-mock --port 0` on the spec bundled from openapi/ in this session; killed by its PID."""
    spec = write_mock_spec(document, tmp_path_factory.mktemp("loop-spec") / "zoho-billing.json")
    command = [sys.executable, "-m", "zoho_billing_mock", "--port", "0", "--spec", str(spec)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if "listening on " not in line:
            raise AssertionError(f"the mock did not start: {line!r} {process.stderr.read() if process.stderr else ''}")
        base_url = line.split("listening on ", 1)[1].strip()
        yield RunningMock(process, base_url.removesuffix("/billing/v1"))
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _needs(document: dict[str, Any]) -> None:
    records = {schema.get("x-zoho-record", {}).get("name") for schema in document["components"]["schemas"].values()}
    missing = {"customer", "product", "plan", "addon", "coupon", "subscription", "invoice", "payment", "event"}
    missing -= records
    if missing:
        pytest.skip(f"the spec has no {', '.join(sorted(missing))} module yet")


def _field(record: Any, name: str) -> Any:
    """A field of a typed record (a model), or of one the client keeps as a mapping."""
    return record[name] if isinstance(record, dict) else getattr(record, name)


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def test_the_subscription_loop(document: dict[str, Any], running_mock: RunningMock) -> None:
    _needs(document)
    from zoho_billing_client import ZohoBilling, webhooks

    mock = running_mock
    mock.control("POST", "/reset")
    with (
        WebhookReceiver() as receiver,
        ZohoBilling(
            access_token="mock-access-token",
            organization_id=ORGANIZATION,
            base_url=mock.base_url,
            accounts_url=mock.root_url,
            max_retries=0,
        ) as client,
    ):
        mock.control(
            "PUT",
            "/webhooks",
            {"url": receiver.url + "/zoho?shop=engines", "secret": SECRET, "retry_delays": [0.05, 0.1]},
        )

        customer = _plain(client.customers.create(display_name="Ada Lovelace", email="ada@example.com"))
        product = _plain(client.products.create(name="Analytical Engine"))
        client.plans.create(
            plan_code="engine-monthly",
            name="Monthly",
            recurring_price=Decimal("100.00"),
            interval=1,
            interval_unit="months",
            product_id=product["product_id"],
        )
        client.plans.create(
            plan_code="engine-pro",
            name="Pro",
            recurring_price=Decimal("200.00"),
            interval=1,
            interval_unit="months",
            product_id=product["product_id"],
        )
        client.addons.create(
            addon_code="punch-cards",
            name="Punch cards",
            type="recurring",
            pricing_scheme="unit",
            price_brackets=[{"price": Decimal("20.00")}],
            product_id=product["product_id"],
            unit_name="box",
            interval_unit="monthly",
            applicable_to_all_plans=True,
        )
        client.coupons.create(
            coupon_code="TENOFF",
            name="Ten off",
            type="forever",
            discount_by="flat",
            discount_value=Decimal("10.00"),
            product_id=product["product_id"],
            apply_to_plans="all",
            apply_to_addons="all_addons",
            expiry_at="2099-12-31",
        )

        # Subscribe: plan 100.00, two addons at 20.00, 10.00 off -> 130.00, exactly.
        subscription = _plain(
            client.subscriptions.create(
                customer_id=customer["customer_id"],
                plan={"plan_code": "engine-monthly", "quantity": 1},
                addons=[{"addon_code": "punch-cards", "quantity": 2}],
                coupon_code="TENOFF",
                auto_collect=False,
            )
        )
        assert subscription["status"] == "live"
        subscription_id = subscription["subscription_id"]
        invoice_id = subscription["child_invoice_id"]
        invoice = _plain(client.invoices.retrieve(invoice_id))
        assert invoice["total"] == Decimal("130.00") and str(invoice["total"]) == "130.00"
        assert invoice["balance"] == Decimal("130.00") and invoice["status"] == "sent"

        # A payment pays it.
        client.payments.create(
            customer_id=customer["customer_id"],
            payment_mode="banktransfer",
            amount=Decimal("130.00"),
            date="2026-12-04",
            invoices=[{"invoice_id": invoice_id, "amount_applied": Decimal("130.00")}],
        )
        paid = _plain(client.invoices.retrieve(invoice_id))
        assert paid["status"] == "paid" and paid["balance"] == Decimal("0.00")

        # Upgrade to the 200.00 plan, then cancel at the end of the term.
        upgraded = _plain(
            client.subscriptions.update(
                subscription_id, {"plan": {"plan_code": "engine-pro", "quantity": 1}, "auto_collect": False}
            )
        )
        assert upgraded["plan"]["plan_code"] == "engine-pro"
        assert Decimal(str(upgraded["amount"])) == Decimal("230.00")  # 200 + 2 x 20 - 10
        cancelled = _plain(client.subscriptions.cancel(subscription_id, cancel_at_end=True))
        assert cancelled["status"] == "non_renewing"

        expected = [
            "subscription_created",
            "subscription_activation",
            "invoice_created",
            "payment_thankyou",
            "subscription_upgraded",
            "invoice_created",
            "subscription_cancellation_scheduled",
        ]
        listed = [_plain(event) for event in client.events.list()]
        assert [event["event_type"] for event in listed] == expected
        first = _plain(client.events.retrieve(listed[0]["event_id"]))
        assert first["payload"]["subscription"]["subscription_id"] == subscription_id

        # Every event reached the receiver, signed; each verifies and parses with the client's webhooks module.
        wait_for(lambda: len(receiver.received) == len(expected), "every event to be delivered", attempts=2000)
        wait_for(lambda: mock.control("GET", "/webhooks/deliveries")["idle"], "the deliveries to end")
        parsed = []
        for delivery in receiver.received:
            path, _, query = delivery.path.partition("?")
            assert (path, query) == ("/zoho", "shop=engines")
            webhooks.verify_signature(delivery.body, delivery.headers, SECRET, query)
            parsed.append(webhooks.parse_event(delivery.body, delivery.headers, secret=SECRET, query=query))
        assert [event.event_type for event in parsed] == expected
        assert _field(parsed[0].data.subscription, "subscription_id") == subscription_id
        assert Decimal(str(_field(parsed[2].data.invoice, "total"))) == Decimal("130.00")
        assert parsed[3].record is not None and parsed[3].payload_key == "payment"
        tampered = json.loads(receiver.received[0].body)
        tampered["event_type"] = "subscription_deleted"
        with pytest.raises(webhooks.WebhookSignatureError):
            webhooks.parse_event(
                json.dumps(tampered).encode(), receiver.received[0].headers, SECRET, query="shop=engines"
            )
        with pytest.raises(webhooks.WebhookSignatureError):  # the query string is signed too
            webhooks.verify_signature(receiver.received[0].body, receiver.received[0].headers, SECRET)

        # Each event records its delivery as a success.
        for event in listed:
            detail = _plain(client.events.retrieve(event["event_id"]))
            assert [hook["status"] for hook in detail["webhooks"]] == ["success"], detail
