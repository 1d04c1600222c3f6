"""The billing rules of the local server: what an operation's `x-zoho-behaviour.effect` does.

This is the one place that knows what subscribing, changing, cancelling and paying mean; the
engine (`engine.py`) hands an operation with an `effect` to `Billing.apply` and stores nothing
itself for it. The rules work on the records of the contract's kinds (`x-zoho-record` names:
`customer`, `product`, `plan`, `addon`, `coupon`, `subscription`, `invoice`, `payment`,
`hosted_page`, `event`); their fields are Zoho's wire names. Which errors refuse a plan, addon
or coupon comes from the catalogue (the record's `not_found`, and `<RECORD>_INACTIVE` when the
module catalogues one); the mock's generic 400/404 otherwise.

Money is exact: every amount is a `Decimal`, a line is price x quantity, a total is rounded to
cents half-up once, at the end. The mock's own choices where Zoho documents no rule (no
proration, when an invoice is raised, the declining test card) are listed in mock/README.md.

Every effect, and every operation that declares `events` without an effect, records `event`
records (when the spec declares that kind); `notify` (set by the app to the webhook dispatcher)
is told of each new event and answers the event's `webhooks[]` entries.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from . import jsonio
from .errors import ZohoError, catalogued_error, generic_error
from .spec import ApiSpec, RecordType, SpecError
from .state import Record

if TYPE_CHECKING:
    from .engine import Call, Engine

__all__ = [
    "DECLINED_CARD_ID",
    "TEST_CARD_ID",
    "Billing",
    "Charge",
    "Line",
    "add_interval",
    "addon_unit_total",
    "cents",
    "charge",
    "coupon_discount",
    "money",
]

CENT = Decimal("0.01")
# A card ID the mock's payment gateway always declines (any other card is charged): the mock's choice.
DECLINED_CARD_ID = "900000000000402"
# The card a completed hosted page pays with when the completion names none.
TEST_CARD_ID = "900000000000001"
HOSTED_PAGE_LIFETIME = timedelta(hours=1)

CUSTOMER, PRODUCT, PLAN, ADDON, COUPON = "customer", "product", "plan", "addon", "coupon"
SUBSCRIPTION, INVOICE, PAYMENT, HOSTED_PAGE, EVENT = "subscription", "invoice", "payment", "hosted_page", "event"

# The record kinds each effect cannot do without: an operation naming the effect in a spec without them is a
# SpecError. The others are used when the spec has them (no `invoice` kind: a subscription raises no invoice;
# no `payment` kind: nothing is charged; no `event` kind: no event is recorded).
NEEDS: dict[str, tuple[str, ...]] = {
    "subscribe": (SUBSCRIPTION, CUSTOMER, PLAN),
    "change_subscription": (SUBSCRIPTION, PLAN),
    "cancel_subscription": (SUBSCRIPTION,),
    "reactivate_subscription": (SUBSCRIPTION,),
    "record_payment": (PAYMENT,),
    "collect_charge": (INVOICE, PAYMENT),
    "hosted_page": (HOSTED_PAGE,),
}
# Subscription statuses from which `reactivate` is possible, and those that are over.
_INACTIVE_SUBSCRIPTION = ("cancelled", "non_renewing", "expired", "cancelled_from_dunning", "trial_expired")
_ENDED_SUBSCRIPTION = ("cancelled", "expired", "cancelled_from_dunning", "trial_expired")


# --- arithmetic (pure) ---------------------------------------------------------------------------
def money(value: Any, name: str = "amount") -> Decimal:
    """An exact amount from a JSON number (already a `Decimal` or an int), a decimal string or None (0)."""
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, bool):
        raise generic_error(400, f"Invalid value passed for {name}: must be a number")
    return exact_decimal(value if isinstance(value, Decimal) else str(value), name)


def exact_decimal(value: str | Decimal, name: str) -> Decimal:
    """The finite Decimal a decimal string spells (or the Decimal itself); anything else is a 400 naming `name`."""
    try:
        result = value if isinstance(value, Decimal) else Decimal(value)
    except InvalidOperation:
        raise generic_error(400, f"Invalid value passed for {name}: must be a number") from None
    if not result.is_finite():
        raise generic_error(400, f"Invalid value passed for {name}: must be a finite number")
    return result


def cents(value: Decimal) -> Decimal:
    """Rounded to cents, half-up (2.345 -> 2.35); an amount too large to be written in cents is a 400."""
    try:
        return value.quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise generic_error(400, "Invalid value passed for amount: too large") from None


@dataclass(frozen=True)
class Line:
    """One charged line: a plan or an addon (or a setup fee), its unit price and quantity."""

    kind: str  # plan, addon, setup_fee
    code: str
    name: str
    price: Decimal  # per unit (for tiered addons: the line's total / quantity is not used)
    quantity: Decimal
    total: Decimal  # exact, before the coupon
    recurring: bool = True
    record: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Charge:
    """What an invoice charges: its lines, their sum, the coupon's discount and the total (cents)."""

    lines: tuple[Line, ...]
    sub_total: Decimal
    discount: Decimal
    total: Decimal


def addon_unit_total(addon: Mapping[str, Any], quantity: Decimal, override: Any = None) -> Decimal:
    """An addon's price for a quantity, by its `pricing_scheme` and `price_brackets`.

    `unit` (and an overriding `price` from the request): price x quantity. `volume`: the
    bracket the whole quantity falls in, x quantity. `tier`: each bracket's price for the units
    inside it. `package`: the bracket's price per started package of `end_quantity` units.
    """
    if override is not None:
        return money(override, "addons.price") * quantity
    brackets = list(addon.get("price_brackets") or [])
    scheme = addon.get("pricing_scheme") or "unit"
    if not brackets:
        return money(addon.get("price"), "price") * quantity
    if scheme == "unit":
        return money(brackets[0].get("price"), "price") * quantity
    if scheme == "tier":
        total, lower = Decimal(0), Decimal(0)
        for bracket in brackets:
            end = bracket.get("end_quantity")
            upper = money(end) if end not in (None, "", 0) else quantity
            inside = max(Decimal(0), min(quantity, upper) - lower)
            total += inside * money(bracket.get("price"), "price")
            lower = upper
            if lower >= quantity:
                break
        return total
    chosen = brackets[-1]
    for bracket in brackets:
        end = bracket.get("end_quantity")
        if end in (None, "", 0) or quantity <= money(end):
            chosen = bracket
            break
    price = money(chosen.get("price"), "price")
    if scheme == "package":
        size = money(chosen.get("end_quantity")) or Decimal(1)
        return price * (quantity / size).to_integral_value(rounding=ROUND_CEILING)
    return price * quantity  # volume


def coupon_discount(coupon: Mapping[str, Any] | None, sub_total: Decimal) -> Decimal:
    """The discount of a coupon on a sub-total: flat `discount_value` (at most the sub-total), or
    `discount_value` percent of it, rounded to cents half-up."""
    if not coupon:
        return Decimal(0)
    value = money(coupon.get("discount_value"), "discount_value")
    if coupon.get("discount_by") == "percentage":
        return cents(sub_total * value / 100)
    return min(value, sub_total)


def charge(lines: Iterable[Line], coupon: Mapping[str, Any] | None = None) -> Charge:
    """Lines, sub-total, discount and total, exact; the total rounded to cents half-up."""
    lines = tuple(lines)
    sub_total = sum((line.total for line in lines), Decimal(0))
    discount = coupon_discount(coupon, sub_total)
    return Charge(lines, cents(sub_total), cents(discount), cents(sub_total - discount))


def add_interval(day: date, interval: int, unit: str | None) -> date:
    """`day` moved on by `interval` days, weeks, months or years (a month end clamps: Jan 31 + 1 month = Feb 28)."""
    unit = (unit or "months").lower().rstrip("s")
    if unit == "day":
        return day + timedelta(days=interval)
    if unit == "week":
        return day + timedelta(weeks=interval)
    months = interval * (12 if unit == "year" else 1)
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no day in {year}-{month}")  # unreachable: every month has 28 days


def _quantity(value: Any, name: str) -> Decimal:
    quantity = money(value if value not in (None, "") else 1, name)
    if quantity <= 0:
        raise generic_error(400, f"Invalid value passed for {name}: must be greater than zero")
    return quantity


def _whole(value: Any, name: str) -> int:
    """A whole number of days (None: 0); anything else is a 400 naming the field."""
    if value in (None, ""):
        return 0
    try:
        number = money(value, name)
        if number != number.to_integral_value() or number < 0:
            raise ValueError
        return int(number)
    except (ValueError, ZohoError):
        raise generic_error(400, f"Invalid value passed for {name or 'trial_period'}: must be a whole number") from None


def _true(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _timestamp(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")


# --- the rules -----------------------------------------------------------------------------------
Notify = Callable[[str, Record], list[dict[str, Any]]]


class Billing:
    """Carries out `x-zoho-behaviour.effect`s on the engine's store and records events."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.spec: ApiSpec = engine.spec
        self.notify: Notify | None = None  # the webhook dispatcher, set by the app
        self.control_url = "http://localhost/__mock__"  # set by the app once the server is bound
        self._check(self.spec)

    @staticmethod
    def _check(spec: ApiSpec) -> None:
        for operation in spec.operations.values():
            behaviour = operation.behaviour
            if behaviour is None or behaviour.effect is None:
                continue
            missing = [name for name in NEEDS[behaviour.effect] if name not in spec.records]
            if missing:
                raise SpecError(
                    f"{operation.operation_id}: x-zoho-behaviour/effect {behaviour.effect} needs the record kinds "
                    f"{', '.join(missing)}, which no schema declares (x-zoho-record)"
                )

    # --- entry points (called with the store lock held) ----------------------------------------
    def apply(self, call: Call, kind: RecordType) -> Record:
        """Carry out the operation's effect; answers the record its result key names."""
        behaviour = call.operation.behaviour
        assert behaviour is not None and behaviour.effect is not None
        org, body = call.organization, dict(call.body or {})
        ident = call.path_params.get(str(behaviour.id_parameter)) if behaviour.id_parameter else None
        effect = behaviour.effect
        if effect == "subscribe":
            return self.subscribe(org, body, call.operation.request_properties)
        if effect == "hosted_page":
            return self.hosted_page(org, kind, body, call)
        record = self.engine.find(org, kind, str(ident)) if ident is not None else None
        if effect == "record_payment":
            return self.record_payment(org, body, call.operation.request_properties)
        if record is None:
            raise generic_error(500, f"{call.operation.operation_id}: the effect {effect} needs the record's ID")
        if effect == "change_subscription":
            return self.change_subscription(org, record, body, call.operation.request_properties)
        if effect == "cancel_subscription":
            # Zoho's parameter is `cancel_at_end`; `end_of_term` is accepted as its other spelling.
            at_end = next(
                (
                    source[name]
                    for name in ("cancel_at_end", "end_of_term")
                    for source in (call.query, body)
                    if source.get(name) is not None
                ),
                False,
            )
            return self.cancel_subscription(org, record, _true(at_end))
        if effect == "reactivate_subscription":
            return self.reactivate_subscription(org, record)
        # collect_charge: the invoice is charged; the answer is the payment
        return self.collect_charge(org, record, body)

    def operation_events(self, org: str, events: Iterable[str], kind: RecordType, record: Record) -> None:
        """The events an operation without an effect declares, each carrying the record."""
        for event_type in events:
            self.event(org, event_type, {kind.name: record})

    def before_create(self, org: str, kind: RecordType, record: Record) -> None:
        """A record the generic engine is about to store: an invoice gets its totals from its items."""
        if kind.name != INVOICE or record.get("total") is not None:
            return
        items = record.get("invoice_items") or record.get("line_items") or []
        sub_total = Decimal(0)
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                price = money(item.get("price", item.get("rate")), "price")
                total = price * _quantity(item.get("quantity"), "quantity")
                item.setdefault("item_total", cents(total))
                sub_total += total
        record.update(
            sub_total=cents(sub_total),
            total=cents(sub_total),
            balance=cents(sub_total),
            payment_made=Decimal("0.00"),
            credits_applied=Decimal("0.00"),
        )
        record.setdefault("status", "sent" if sub_total > 0 else "paid")
        record.setdefault("invoice_number", self._invoice_number(org))
        self._customer_fields(org, record)

    # --- subscriptions -------------------------------------------------------------------------
    def subscribe(self, org: str, body: Mapping[str, Any], declared: Iterable[str] = ()) -> Record:
        """A new subscription: its customer, plan, addons and coupon resolved; live, trial or future;
        its first invoice raised (unless trial or future) and charged when it collects automatically."""
        customer = self._customer(org, body)
        plan_ref = dict(body.get("plan") or {})
        plan = self._usable(org, PLAN, plan_ref.get("plan_code"))
        lines = self._lines(org, plan, plan_ref, body.get("addons") or [])
        coupon = self._usable(org, COUPON, body["coupon_code"]) if body.get("coupon_code") else None
        recurring = charge([line for line in lines if line.recurring], coupon)
        subscription = self.engine.new_record(self._kind(SUBSCRIPTION))
        declared = set(declared)
        for key, value in body.items():
            if key in ("customer", "plan", "addons"):
                continue
            if key in declared:
                subscription[key] = value
            else:
                subscription["_extra"][key] = value
        today = date.today()
        start = _date(body.get("starts_at"), "starts_at") or today
        trial_days = 0
        if not _true(plan_ref.get("exclude_trial")):
            trial_days = _whole(plan_ref.get("trial_days"), "plan.trial_days") or _whole(plan.get("trial_period"), "")
        subscription.update(
            customer_id=customer[self._kind(CUSTOMER).id],
            customer_name=customer.get("display_name"),
            email=customer.get("email"),
            customer=self._public(CUSTOMER, customer),
            auto_collect=bool(body.get("auto_collect", True)),
            created_at=today.isoformat(),
            currency_code=customer.get("currency_code") or "USD",
            currency_symbol=_symbol(customer.get("currency_code") or "USD"),
        )
        self._set_plan(org, subscription, plan, lines, coupon, recurring)
        card_id = body.get("card_id")
        if card_id:
            subscription["card"] = {
                "card_id": str(card_id),
                "payment_gateway": "test_gateway",
                "last_four_digits": "1111",
            }
        if start > today:
            subscription.update(status="future", next_billing_at=start.isoformat(), starts_at=start.isoformat())
        elif trial_days > 0:
            ends = start + timedelta(days=trial_days)
            subscription.update(
                status="trial",
                trial_starts_at=start.isoformat(),
                trial_ends_at=ends.isoformat(),
                trial_remaining_days=trial_days,
                current_term_starts_at=start.isoformat(),
                current_term_ends_at=ends.isoformat(),
                next_billing_at=ends.isoformat(),
            )
        else:
            self._new_term(subscription, start, plan)
            subscription.update(status="live", activated_at=start.isoformat())
        self._fill(org, SUBSCRIPTION, subscription)
        events: list[tuple[str, dict[str, Any]]] = [("subscription_created", {})]
        invoice: Record | None = None
        if subscription["status"] == "live":
            events.append(("subscription_activation", {}))
            invoice = self._invoice(org, customer, subscription, charge(lines, coupon))
        self._save(org, SUBSCRIPTION, subscription)
        for event_type, _ in events:
            self.event(org, event_type, {SUBSCRIPTION: subscription})
        if invoice is not None:
            self._raised(org, subscription, invoice)
        return self.engine.find(org, self._kind(SUBSCRIPTION), subscription[self._kind(SUBSCRIPTION).id])

    def change_subscription(
        self, org: str, subscription: Record, body: Mapping[str, Any], declared: Iterable[str] = ()
    ) -> Record:
        """A new plan, quantity, addons or coupon. At once (the mock's choice: no proration, a new term
        from today and an invoice for the whole new amount), or with `end_of_term` kept for the renewal."""
        kind = self._kind(SUBSCRIPTION)
        if subscription.get("status") in _ENDED_SUBSCRIPTION:
            raise generic_error(400, f"The subscription is {subscription['status']} and cannot be changed")
        old_plan = dict(subscription.get("plan") or {})
        plan_ref = {**{"quantity": old_plan.get("quantity")}, **dict(body.get("plan") or {})}
        plan_code = plan_ref.get("plan_code") or old_plan.get("plan_code")
        if "price" not in plan_ref and plan_code == old_plan.get("plan_code") and "price" in old_plan:
            plan_ref["price"] = old_plan["price"]
        addon_refs = (
            body["addons"]
            if "addons" in body
            else [
                {"addon_code": addon.get("addon_code"), "quantity": addon.get("quantity"), "price": addon.get("price")}
                for addon in subscription.get("addons") or []
            ]
        )
        declared = set(declared)
        for key, value in body.items():
            if key in ("plan", "addons", "customer"):
                continue
            if key in declared:
                subscription[key] = value
            else:
                subscription.setdefault("_extra", {})[key] = value
        if _true(body.get("end_of_term")):
            subscription["_scheduled_change"] = {
                "plan": plan_ref,
                "addons": addon_refs,
                "coupon_code": body.get("coupon_code"),
            }
            self._save(org, SUBSCRIPTION, subscription)
            return self.engine.find(org, kind, subscription[kind.id])
        plan = self._usable(org, PLAN, plan_code, allow=plan_code == old_plan.get("plan_code"))
        lines = self._lines(org, plan, plan_ref, addon_refs)
        coupon_code = body.get("coupon_code") or (subscription.get("coupon") or {}).get("coupon_code")
        coupon = self._usable(org, COUPON, coupon_code, allow=not body.get("coupon_code")) if coupon_code else None
        recurring = charge([line for line in lines if line.recurring], coupon)
        before = (old_plan.get("plan_code"), str(old_plan.get("quantity")), _addon_key(subscription.get("addons")))
        old_amount = money(subscription.get("amount"))
        self._set_plan(org, subscription, plan, lines, coupon, recurring)
        after = (
            plan[self._kind(PLAN).id],
            str(subscription["plan"]["quantity"]),
            _addon_key(subscription.get("addons")),
        )
        if before == after:
            self._save(org, SUBSCRIPTION, subscription)
            return self.engine.find(org, kind, subscription[kind.id])
        self._new_term(subscription, date.today(), plan)
        if subscription.get("status") in ("trial", "future"):
            subscription["status"] = "live"
            subscription["activated_at"] = date.today().isoformat()
        customer = self._find_customer(org, subscription)
        invoice = self._invoice(org, customer, subscription, charge([line for line in lines if line.recurring], coupon))
        self._save(org, SUBSCRIPTION, subscription)
        new_amount = money(subscription.get("amount"))
        if new_amount != old_amount:
            change = "subscription_upgraded" if new_amount > old_amount else "subscription_downgraded"
            self.event(org, change, {SUBSCRIPTION: subscription})
        if invoice is not None:
            self._raised(org, subscription, invoice)
        return self.engine.find(org, kind, subscription[kind.id])

    def cancel_subscription(self, org: str, subscription: Record, at_end: bool) -> Record:
        kind = self._kind(SUBSCRIPTION)
        if subscription.get("status") in _ENDED_SUBSCRIPTION:
            raise generic_error(400, f"The subscription is already {subscription['status']}")
        today = date.today().isoformat()
        if at_end:
            ends = subscription.get("current_term_ends_at") or subscription.get("next_billing_at") or today
            subscription.update(status="non_renewing", expires_at=ends, end_of_term=True)
            subscription.pop("next_billing_at", None)
            event_type = "subscription_cancellation_scheduled"
        else:
            subscription.update(status="cancelled", cancelled_at=today, expires_at=today)
            subscription.pop("next_billing_at", None)
            event_type = "subscription_cancelled"
        self._save(org, SUBSCRIPTION, subscription)
        self.event(org, event_type, {SUBSCRIPTION: subscription})
        return self.engine.find(org, kind, subscription[kind.id])

    def reactivate_subscription(self, org: str, subscription: Record) -> Record:
        """Back to live: a non-renewing one renews again; a cancelled one starts a new term today with an invoice."""
        kind = self._kind(SUBSCRIPTION)
        status = subscription.get("status")
        if status not in _INACTIVE_SUBSCRIPTION:
            raise generic_error(
                400, f"The subscription is {status}; only a cancelled or non-renewing one is reactivated"
            )
        for key in ("cancelled_at", "expires_at", "end_of_term"):
            subscription.pop(key, None)
        subscription["status"] = "live"
        invoice: Record | None = None
        if status == "non_renewing":
            subscription["next_billing_at"] = subscription.get("current_term_ends_at")
        else:
            plan = self._find_optional(org, PLAN, (subscription.get("plan") or {}).get("plan_code")) or {}
            self._new_term(subscription, date.today(), plan)
            customer = self._find_customer(org, subscription)
            lines = self._recurring_lines(org, subscription)
            coupon = self._find_optional(org, COUPON, (subscription.get("coupon") or {}).get("coupon_code"))
            invoice = self._invoice(org, customer, subscription, charge(lines, coupon))
        self._save(org, SUBSCRIPTION, subscription)
        self.event(org, "subscription_reactivated", {SUBSCRIPTION: subscription})
        if invoice is not None:
            self._raised(org, subscription, invoice)
        return self.engine.find(org, kind, subscription[kind.id])

    # --- payments ------------------------------------------------------------------------------
    def record_payment(self, org: str, body: Mapping[str, Any], declared: Iterable[str] = ()) -> Record:
        """A payment applied to the invoices it names (`invoices[].amount_applied`)."""
        applied: list[tuple[Record, Decimal]] = []
        for index, entry in enumerate(body.get("invoices") or []):
            invoice_kind = self._kind(INVOICE)
            invoice = self.engine.find(org, invoice_kind, str(entry.get(invoice_kind.id)))
            applying = money(entry.get("amount_applied"), f"invoices[{index}].amount_applied")
            balance = self._balance(invoice)
            if applying < 0 or applying > balance:
                raise generic_error(
                    400,
                    f"Invalid value passed for invoices[{index}].amount_applied: {applying} is more than the "
                    f"balance {balance} of invoice {invoice.get('invoice_number') or invoice[invoice_kind.id]}",
                )
            applied.append((invoice, applying))
        amount = money(body.get("amount"), "amount") if body.get("amount") is not None else None
        total_applied = sum((value for _, value in applied), Decimal(0))
        if amount is not None and total_applied > amount:
            raise generic_error(
                400, f"Invalid value passed for amount: {amount} is less than the {total_applied} applied"
            )
        customer_id = body.get("customer_id") or (applied[0][0].get("customer_id") if applied else None)
        if customer_id is not None and CUSTOMER in self.spec.records:
            self.engine.find(org, self._kind(CUSTOMER), str(customer_id))
        fields = {key: value for key, value in body.items() if key in set(declared)}
        extra = {key: value for key, value in body.items() if key not in set(declared)}
        fields.update(
            customer_id=customer_id,
            amount=amount if amount is not None else total_applied,
            unused_amount=cents((amount if amount is not None else total_applied) - total_applied),
            payment_mode=body.get("payment_mode") or "cash",
            date=body.get("date") or date.today().isoformat(),
        )
        return self._payment(org, fields, applied, extra)

    def collect_charge(self, org: str, invoice: Record, body: Mapping[str, Any]) -> Record:
        """The invoice's balance charged to a card or bank account: a payment, or a decline (event and error)."""
        balance = self._balance(invoice)
        number = invoice.get("invoice_number") or invoice[self._kind(INVOICE).id]
        if invoice.get("status") in ("void", "draft") or balance <= 0:
            raise generic_error(400, f"The invoice {number} has no balance to collect")
        source = body.get("card_id") or body.get("account_id")
        if str(source) == DECLINED_CARD_ID:
            self.event(org, "payment_declined", {INVOICE: invoice})
            raise ZohoError(400, 4, "The payment could not be processed: the card was declined by the payment gateway")
        payment = self._payment(
            org,
            {
                "customer_id": invoice.get("customer_id"),
                "amount": balance,
                "payment_mode": "autotransaction",
                "date": date.today().isoformat(),
                **({"card_id": body["card_id"]} if body.get("card_id") else {}),
                **({"account_id": body["account_id"]} if body.get("account_id") else {}),
            },
            [(invoice, balance)],
            {},
        )
        return payment

    # --- hosted pages --------------------------------------------------------------------------
    def hosted_page(self, org: str, kind: RecordType, body: Mapping[str, Any], call: Call) -> Record:
        """A page stored with what it is for (its `action` and the request); done by `complete_hosted_page`."""
        record = self.engine.new_record(kind)
        record[kind.id] = hashlib.sha256(f"hostedpage-{record[kind.id]}".encode()).hexdigest()
        now = datetime.now()
        behaviour = call.operation.behaviour
        action = (behaviour.sets.get("action") if behaviour else None) or _page_action(
            kind, call.operation.path_template
        )
        declared = call.operation.request_properties
        for key, value in body.items():
            (record if key in declared else record["_extra"]).__setitem__(key, value)
        if behaviour is not None:
            record.update(behaviour.sets)  # what the operation sets whatever the body says
        record.update(
            action=action,
            status="fresh",
            url=f"{self.control_url}/records/{kind.name}/{record[kind.id]}",
            created_time=_timestamp(now),
            expiring_time=_timestamp(now + HOSTED_PAGE_LIFETIME),
            data={},
            _request=dict(body),
            _expires=(now + HOSTED_PAGE_LIFETIME).timestamp(),
        )
        self.engine.fill_generated(kind, record)
        self._save(org, HOSTED_PAGE, record)
        return self.engine.find(org, kind, record[kind.id])

    def complete(self, org: str, kind: RecordType, ident: str, given: Mapping[str, Any]) -> Record:
        """The control API's `complete` of a record: only a hosted page can be completed."""
        if kind.name != HOSTED_PAGE:
            raise generic_error(404, f"A {kind.name} cannot be completed: only a {HOSTED_PAGE} can")
        return self.complete_hosted_page(org, ident, given)

    def renew(self, org: str, kind: RecordType, ident: str) -> Record:
        """The control API's `renew` of a subscription: its term ends now, as if the clock had reached
        it (the mock has none). A trial or future one goes live; a live one renews for the next term
        (a change kept for the end of the term applied first); a non-renewing one expires. The new
        term is invoiced (a one-time coupon no longer applies) and charged when it collects automatically."""
        if kind.name != SUBSCRIPTION:
            raise generic_error(404, f"A {kind.name} cannot be renewed: only a {SUBSCRIPTION} can")
        subscription = self.engine.find(org, kind, ident)
        status = subscription.get("status")
        if status == "non_renewing":
            subscription.update(status="expired", expires_at=date.today().isoformat())
            subscription.pop("next_billing_at", None)
            self._save(org, SUBSCRIPTION, subscription)
            self.event(org, "subscription_expired", {SUBSCRIPTION: subscription})
            return self.engine.find(org, kind, ident)
        if status not in ("live", "trial", "future", "unpaid"):
            raise generic_error(400, f"The subscription is {status} and does not renew")
        scheduled = subscription.pop("_scheduled_change", None)
        if scheduled:
            plan_ref = dict(scheduled.get("plan") or {})
            plan = self._usable(org, PLAN, plan_ref.get("plan_code"), allow=True)
            lines = self._lines(org, plan, plan_ref, scheduled.get("addons") or [])
            code = scheduled.get("coupon_code") or (subscription.get("coupon") or {}).get("coupon_code")
            coupon = self._find_optional(org, COUPON, code)
            self._set_plan(org, subscription, plan, lines, coupon, charge([x for x in lines if x.recurring], coupon))
        coupon = self._find_optional(org, COUPON, (subscription.get("coupon") or {}).get("coupon_code"))
        if coupon is not None and coupon.get("type") == "one_time" and status == "live":
            subscription.pop("coupon", None)
            coupon = None
        plan = self._find_optional(org, PLAN, (subscription.get("plan") or {}).get("plan_code")) or {}
        if status == "live":
            start = _date(subscription.get("current_term_ends_at"), "current_term_ends_at") or date.today()
            event_type = "subscription_renewed"
        else:
            start = date.today()
            subscription.update(status="live", activated_at=start.isoformat())
            for key in ("trial_remaining_days",):
                subscription.pop(key, None)
            event_type = "subscription_activation"
        self._new_term(subscription, start, plan)
        bill = charge(self._recurring_lines(org, subscription), coupon)
        subscription["amount"] = bill.total
        invoice = self._invoice(org, self._find_customer(org, subscription), subscription, bill)
        self._save(org, SUBSCRIPTION, subscription)
        self.event(org, event_type, {SUBSCRIPTION: subscription})
        if invoice is not None:
            self._raised(org, subscription, invoice)
        return self.engine.find(org, kind, ident)

    def complete_hosted_page(self, org: str, page_id: str, given: Mapping[str, Any]) -> Record:
        """The customer finished the page: do what it was for. `given` may name `card_id`, or
        `outcome: failed|cancelled` (the page ends so, nothing is done)."""
        kind = self._kind(HOSTED_PAGE)
        page = self.engine.find(org, kind, page_id)
        if page.get("status") not in ("fresh", "read"):
            raise generic_error(400, f"The hosted page is {page.get('status')} and cannot be completed again")
        if datetime.now().timestamp() > float(page.get("_expires") or 0):
            raise generic_error(400, "The hosted page has expired")
        outcome = given.get("outcome", "success")
        if outcome not in ("success", "failed", "cancelled"):
            raise generic_error(400, "Invalid value passed for outcome: success, failed or cancelled")
        if outcome != "success":
            page["status"] = outcome
            self._save(org, HOSTED_PAGE, page)
            return page
        request = {**dict(page.get("_request") or {}), **{k: v for k, v in given.items() if k != "outcome"}}
        card_id = str(request.get("card_id") or TEST_CARD_ID)
        action = str(page.get("action") or "")
        data: dict[str, Any] = {}
        if action == "new_subscription":
            subscription = self.subscribe(org, {**request, "auto_collect": True, "card_id": card_id})
            data[SUBSCRIPTION] = self._public(SUBSCRIPTION, subscription)
            invoice = self._find_optional(org, INVOICE, subscription.get("child_invoice_id"))
            if invoice is not None:
                data[INVOICE] = self._public(INVOICE, invoice)
        elif action == "update_subscription":
            subscription = self.engine.find(org, self._kind(SUBSCRIPTION), str(request.get("subscription_id")))
            changed = self.change_subscription(org, subscription, {**request, "card_id": card_id})
            data[SUBSCRIPTION] = self._public(SUBSCRIPTION, changed)
        elif action in ("invoice_payment", "invoicepayment") and request.get("invoice_id"):
            invoice = self.engine.find(org, self._kind(INVOICE), str(request["invoice_id"]))
            payment = self.collect_charge(org, invoice, {"card_id": card_id})
            data[PAYMENT] = self._public(PAYMENT, payment)
        elif action == "one_time_addon" and request.get("subscription_id"):
            invoice = self.one_time_addons(org, str(request["subscription_id"]), request, card_id)
            if invoice is not None:
                stored = self.engine.find(org, self._kind(INVOICE), str(invoice[self._kind(INVOICE).id]))
                data[INVOICE] = self._public(INVOICE, stored)
        elif request.get("subscription_id") and SUBSCRIPTION in self.spec.records:
            # update_card, add or update a payment method: the card is the subscription's from now on
            subscription = self.engine.find(org, self._kind(SUBSCRIPTION), str(request["subscription_id"]))
            subscription["card"] = {"card_id": card_id, "payment_gateway": "test_gateway", "last_four_digits": "1111"}
            self._save(org, SUBSCRIPTION, subscription)
            data[SUBSCRIPTION] = self._public(SUBSCRIPTION, subscription)
        page = self.engine.find(org, kind, page_id)
        page.update(status="success", data=data)
        self._save(org, HOSTED_PAGE, page)
        return page

    def one_time_addons(
        self, org: str, subscription_id: str, request: Mapping[str, Any], card_id: str
    ) -> Record | None:
        """A purchase of one-time addons for a subscription (a completed hosted page): an invoice for
        `addons[]` (minus `coupon_code`), paid with the card."""
        subscription = self.engine.find(org, self._kind(SUBSCRIPTION), subscription_id)
        lines = []
        for index, ref in enumerate(request.get("addons") or []):
            if not isinstance(ref, dict):
                raise generic_error(400, f"Invalid value passed for addons[{index}]: must be an object")
            addon = self._usable(org, ADDON, ref.get("addon_code"))
            quantity = _quantity(ref.get("quantity"), f"addons[{index}].quantity")
            total = addon_unit_total(addon, quantity, ref.get("price"))
            code = str(addon[self._kind(ADDON).id])
            lines.append(
                Line("addon", code, str(addon.get("name") or code), total / quantity, quantity, total, False, addon)
            )
        coupon = self._usable(org, COUPON, request["coupon_code"]) if request.get("coupon_code") else None
        invoice = self._invoice(org, self._find_customer(org, subscription), subscription, charge(lines, coupon))
        if invoice is None:
            return None
        subscription = self.engine.find(org, self._kind(SUBSCRIPTION), subscription_id)  # child_invoice_id kept
        self._raised(org, {**subscription, "auto_collect": True, "card": {"card_id": card_id}}, invoice)
        return invoice

    # --- events --------------------------------------------------------------------------------
    def event(self, org: str, event_type: str, records: Mapping[str, Record]) -> Record | None:
        """Record an event carrying the records (each as its schema shows it); tell the dispatcher."""
        if EVENT not in self.spec.records:
            return None
        kind = self._kind(EVENT)
        data = {name: self._public(name, record) for name, record in records.items()}
        event = self.engine.new_record(kind)
        now = datetime.now()
        event.update(event_type=event_type, event_time=_timestamp(now), created_time=_timestamp(now))
        for key in ("data", "payload"):
            schema = kind.properties.get(key, {})
            event[key] = jsonio.dumps(data) if schema.get("type") == "string" else data
        event["_data"] = data
        event["webhooks"] = []
        self.engine.fill_generated(kind, event)
        if self.notify is not None:
            event["webhooks"] = self.notify(org, event)
        self._save(org, EVENT, event)
        return event

    def event_id(self, event: Record) -> str:
        return str(event[self._kind(EVENT).id])

    def delivery_outcome(self, org: str, event_id: str, webhook_id: str, status: str) -> None:
        """A webhook delivery of the event ended (`success` or `failure`): its `webhooks[]` entry says so."""
        event = self._find_optional(org, EVENT, event_id)
        if event is None:
            return
        for entry in event.get("webhooks") or []:
            if entry.get("webhook_id") == webhook_id:
                entry.update(status=status, last_updated_time=_timestamp(datetime.now()))
        self._save(org, EVENT, event)

    def delivery_body(self, event: Record) -> dict[str, Any]:
        """What a webhook delivers for an event: its ID, type and time, and `data` with the records."""
        return {
            "event_id": event[self._kind(EVENT).id],
            "event_type": event.get("event_type"),
            "event_time": event.get("event_time"),
            "created_time": event.get("created_time"),
            "data": event.get("_data") or {},
            "payload": event.get("_data") or {},
        }

    # --- helpers -------------------------------------------------------------------------------
    def _kind(self, name: str) -> RecordType:
        kind = self.spec.records.get(name)
        if kind is None:
            raise generic_error(500, f"The spec declares no record {name!r} (x-zoho-record), which billing needs")
        return kind

    def _save(self, org: str, name: str, record: Record) -> None:
        self.engine.save(org, self._kind(name), record)

    def _fill(self, org: str, name: str, record: Record) -> None:
        self.engine.fill_generated(self._kind(name), record)

    def _public(self, name: str, record: Record) -> dict[str, Any]:
        return self.engine.project(self._kind(name), record)

    def _find_optional(self, org: str, name: str, ident: Any) -> Record | None:
        if ident in (None, "") or name not in self.spec.records:
            return None
        return self.engine.store.get(org, name, str(ident))

    def _usable(self, org: str, name: str, ident: Any, *, allow: bool = False) -> Record:
        """The plan, addon or coupon a request names: unknown -> the record's not-found error; not
        active -> `<RECORD>_INACTIVE` from the catalogue when the module has one, else a generic 400.
        `allow` keeps one the subscription already has although it is no longer active."""
        kind = self._kind(name)
        if ident in (None, ""):
            raise generic_error(400, f"Missing required field: {kind.id}")
        record = self.engine.find(org, kind, str(ident))
        status = record.get("status")
        if status not in (None, "active") and not allow:
            entry = next((e for e in self.spec.error_codes() if e.get("name") == f"{name.upper()}_INACTIVE"), None)
            if entry is not None:
                raise catalogued_error(entry)
            raise generic_error(400, f"The {name} {ident} is {status} and cannot be used")
        return record

    def _customer(self, org: str, body: Mapping[str, Any]) -> Record:
        kind = self._kind(CUSTOMER)
        if body.get("customer_id"):
            return self.engine.find(org, kind, str(body["customer_id"]))
        given = body.get("customer")
        if not isinstance(given, dict) or not given.get("display_name"):
            raise generic_error(400, "Missing required field: customer_id or customer (with display_name)")
        customer = self.engine.new_record(kind)
        customer.update(given)
        self.engine.fill_generated(kind, customer)
        self._save(org, CUSTOMER, customer)
        return customer

    def _find_customer(self, org: str, subscription: Record) -> Record:
        found = self._find_optional(org, CUSTOMER, subscription.get("customer_id"))
        return found if found is not None else {"customer_id": subscription.get("customer_id")}

    def _lines(self, org: str, plan: Record, plan_ref: Mapping[str, Any], addon_refs: Iterable[Any]) -> list[Line]:
        plan_kind = self._kind(PLAN)
        quantity = _quantity(plan_ref.get("quantity"), "plan.quantity")
        price = money(plan_ref["price"] if plan_ref.get("price") is not None else plan.get("recurring_price"), "price")
        code = str(plan[plan_kind.id])
        lines = [Line("plan", code, str(plan.get("name") or code), price, quantity, price * quantity, True, plan)]
        for index, ref in enumerate(addon_refs):
            if not isinstance(ref, dict):
                raise generic_error(400, f"Invalid value passed for addons[{index}]: must be an object")
            addon = self._usable(org, ADDON, ref.get("addon_code"))
            addon_quantity = _quantity(ref.get("quantity"), f"addons[{index}].quantity")
            total = addon_unit_total(addon, addon_quantity, ref.get("price"))
            unit = money(ref["price"]) if ref.get("price") is not None else total / addon_quantity
            addon_code = str(addon[self._kind(ADDON).id])
            recurring = addon.get("type") != "one_time"
            lines.append(
                Line(
                    "addon",
                    addon_code,
                    str(addon.get("name") or addon_code),
                    unit,
                    addon_quantity,
                    total,
                    recurring,
                    addon,
                )
            )
        return lines

    def _recurring_lines(self, org: str, subscription: Record) -> list[Line]:
        """The subscription's plan and addons that charge every term (not its one-time addons)."""
        return [
            line
            for line in self._stored_lines(subscription)
            if line.kind == "plan" or (self._find_optional(org, ADDON, line.code) or {}).get("type") != "one_time"
        ]

    def _stored_lines(self, subscription: Record) -> list[Line]:
        plan = subscription.get("plan") or {}
        lines = [
            Line(
                "plan",
                str(plan.get("plan_code")),
                str(plan.get("name")),
                money(plan.get("price")),
                money(plan.get("quantity") or 1),
                money(plan.get("price")) * money(plan.get("quantity") or 1),
            )
        ]
        for addon in subscription.get("addons") or []:
            quantity = money(addon.get("quantity") or 1)
            lines.append(
                Line(
                    "addon",
                    str(addon.get("addon_code")),
                    str(addon.get("name")),
                    money(addon.get("price")),
                    quantity,
                    money(addon.get("total"))
                    if addon.get("total") is not None
                    else money(addon.get("price")) * quantity,
                )
            )
        return lines

    def _set_plan(
        self, org: str, subscription: Record, plan: Record, lines: list[Line], coupon: Record | None, recurring: Charge
    ) -> None:
        plan_kind = self._kind(PLAN)
        plan_line = lines[0]
        subscription["plan"] = {
            "plan_code": plan[plan_kind.id],
            "name": plan.get("name"),
            "quantity": _number(plan_line.quantity),
            "price": plan_line.price,
            "discount": Decimal("0.00"),
            "total": cents(plan_line.total),
            **({"plan_description": plan["description"]} if plan.get("description") else {}),
            **({"setup_fee": plan["setup_fee"]} if plan.get("setup_fee") is not None else {}),
            **({"trial_days": plan["trial_period"]} if plan.get("trial_period") is not None else {}),
            **({"tax_id": plan["tax_id"]} if plan.get("tax_id") else {}),
        }
        subscription["addons"] = [
            {
                "addon_code": line.code,
                "name": line.name,
                "quantity": _number(line.quantity),
                "price": line.price,
                "discount": Decimal("0.00"),
                "total": cents(line.total),
                **({"addon_description": line.record["description"]} if line.record.get("description") else {}),
            }
            for line in lines[1:]
        ]
        if coupon is not None:
            subscription["coupon"] = {
                "coupon_code": coupon[self._kind(COUPON).id],
                "coupon_name": coupon.get("name"),
                "discount_amount": recurring.discount,
            }
            subscription["coupon_code"] = coupon[self._kind(COUPON).id]
        subscription.update(
            interval=plan.get("interval") or 1,
            interval_unit=plan.get("interval_unit") or "months",
            amount=recurring.total,
            sub_total=recurring.sub_total,
        )
        product = self._find_optional(org, PRODUCT, plan.get("product_id"))
        plan_name = str(plan.get("name") or plan[plan_kind.id])
        subscription["name"] = f"{product.get('name')}-{plan_name}" if product else plan_name
        if plan.get("product_id"):
            subscription["product_id"] = plan["product_id"]
        if product is not None:
            subscription["product_name"] = product.get("name")

    @staticmethod
    def _new_term(subscription: Record, start: date, plan: Mapping[str, Any]) -> None:
        interval = int(plan.get("interval") or subscription.get("interval") or 1)
        unit = str(plan.get("interval_unit") or subscription.get("interval_unit") or "months")
        ends = add_interval(start, interval, unit)
        subscription.update(
            current_term_starts_at=start.isoformat(),
            current_term_ends_at=ends.isoformat(),
            last_billing_at=start.isoformat(),
            next_billing_at=ends.isoformat(),
        )
        cycles = int(plan.get("billing_cycles") or -1)
        if cycles > 0:
            subscription["expires_at"] = add_interval(start, interval * cycles, unit).isoformat()

    def _invoice_number(self, org: str) -> str:
        return f"INV-{len(self.engine.store.records(org, INVOICE)) + 1:06d}"

    def _customer_fields(self, org: str, record: Record) -> None:
        customer = self._find_optional(org, CUSTOMER, record.get("customer_id"))
        if customer is not None:
            record.setdefault("customer_name", customer.get("display_name"))
            record.setdefault("email", customer.get("email"))
            record.setdefault("currency_code", customer.get("currency_code") or "USD")

    def _invoice(self, org: str, customer: Mapping[str, Any], subscription: Record, bill: Charge) -> Record | None:
        """The invoice of a subscription's term (None when the spec has no invoices); its ID becomes the
        subscription's `child_invoice_id`."""
        if INVOICE not in self.spec.records:
            return None
        kind = self._kind(INVOICE)
        invoice = self.engine.new_record(kind)
        today = date.today().isoformat()
        sub_kind = self._kind(SUBSCRIPTION)
        coupon = subscription.get("coupon")
        invoice.update(
            invoice_number=self._invoice_number(org),
            date=today,
            due_date=today,
            status="sent" if bill.total > 0 else "paid",
            customer_id=subscription.get("customer_id"),
            customer_name=customer.get("display_name") or subscription.get("customer_name"),
            email=customer.get("email") or subscription.get("email"),
            currency_code=subscription.get("currency_code") or "USD",
            currency_symbol=subscription.get("currency_symbol") or "$",
            invoice_items=[
                {
                    "item_id": str(line.record.get("item_id") or line.code),
                    "code": line.code,
                    "name": line.name,
                    "price": line.price,
                    "quantity": _number(line.quantity),
                    "item_total": cents(line.total),
                    "discount_amount": Decimal("0.00"),
                }
                for line in bill.lines
            ],
            coupons=[
                {
                    "coupon_code": coupon.get("coupon_code"),
                    "coupon_name": coupon.get("coupon_name"),
                    "discount_amount": bill.discount,
                }
            ]
            if coupon and bill.discount
            else [],
            sub_total=bill.sub_total,
            discount_total=bill.discount,
            total=bill.total,
            balance=bill.total,
            payment_made=Decimal("0.00"),
            credits_applied=Decimal("0.00"),
            price_precision=2,
            subscriptions=[{sub_kind.id: subscription[sub_kind.id]}],
        )
        self.engine.fill_generated(kind, invoice)
        self._save(org, INVOICE, invoice)
        subscription["child_invoice_id"] = invoice[kind.id]
        return invoice

    def _raised(self, org: str, subscription: Record, invoice: Record) -> None:
        """An invoice was raised for a subscription: its event, then the automatic charge when it collects
        automatically with a card or bank account (declined: a payment_declined event, the invoice unpaid)."""
        self.event(org, "invoice_created", {INVOICE: invoice})
        source = (subscription.get("card") or {}).get("card_id") or subscription.get("account_id")
        if not subscription.get("auto_collect") or not source or self._balance(invoice) <= 0:
            return
        if str(source) == DECLINED_CARD_ID:
            self.event(org, "payment_declined", {INVOICE: invoice})
            return
        if PAYMENT in self.spec.records:
            self._payment(
                org,
                {
                    "customer_id": invoice.get("customer_id"),
                    "amount": self._balance(invoice),
                    "payment_mode": "autotransaction",
                    "date": date.today().isoformat(),
                    "card_id": str(source),
                },
                [(invoice, self._balance(invoice))],
                {},
            )

    def _payment(
        self, org: str, fields: Mapping[str, Any], applied: list[tuple[Record, Decimal]], extra: Mapping[str, Any]
    ) -> Record:
        kind = self._kind(PAYMENT)
        invoice_id = self.spec.records[INVOICE].id if INVOICE in self.spec.records else "invoice_id"
        payment = self.engine.new_record(kind)
        payment.update(fields)
        payment["_extra"].update(extra)
        payment["invoices"] = [
            {
                invoice_id: invoice[invoice_id],
                "invoice_number": invoice.get("invoice_number"),
                "date": invoice.get("date"),
                "invoice_amount": invoice.get("total"),
                "amount_applied": amount,
                "balance_amount": self._balance(invoice) - amount,
            }
            for invoice, amount in applied
        ]
        self._customer_fields(org, payment)
        self.engine.fill_generated(kind, payment)
        self._save(org, PAYMENT, payment)
        for invoice, amount in applied:
            balance = self._balance(invoice) - amount
            invoice.update(
                balance=cents(balance),
                payment_made=cents(money(invoice.get("payment_made")) + amount),
                status="paid" if balance <= 0 else "partially_paid",
                last_payment_date=payment.get("date"),
            )
            self._save(org, INVOICE, invoice)
        self.event(org, "payment_thankyou", {PAYMENT: payment})
        return self.engine.find(org, kind, payment[kind.id])

    @staticmethod
    def _balance(invoice: Mapping[str, Any]) -> Decimal:
        value = invoice.get("balance")
        return money(value if value is not None else invoice.get("total"))


def _number(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value


def _symbol(currency: str) -> str:
    return {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥", "AUD": "$", "CAD": "$"}.get(currency, currency)


def _date(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise generic_error(400, f"Invalid value passed for {name}: must be a date (yyyy-mm-dd)") from None


def _addon_key(addons: Any) -> str:
    return json.dumps(
        sorted((str(a.get("addon_code")), str(a.get("quantity")), str(a.get("price"))) for a in addons or []),
    )


def _page_action(kind: RecordType, path: str) -> str:
    """The action of a hosted-page create: the value of the record's `action` enum whose letters are
    the path's last segment (`/hostedpages/newsubscription` -> `new_subscription`), else the segment."""
    segment = path.rstrip("/").rsplit("/", 1)[-1]
    for value in kind.properties.get("action", {}).get("enum") or []:
        if isinstance(value, str) and value.replace("_", "") == segment.replace("_", ""):
            return value
    return segment
