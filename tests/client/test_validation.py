"""Bad arguments fail before any request, naming the field, by the spec's rules."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from client_support import Mock
from zoho_billing_client import FieldError, ZohoBilling, ZohoBillingValidationError
from zoho_billing_client.models import Address, ItemRequest


def _error(call: Any) -> ZohoBillingValidationError:
    with pytest.raises(ZohoBillingValidationError) as raised:
        call()
    return raised.value


def test_bad_arguments_fail_before_any_request(client: ZohoBilling, mock: Mock) -> None:
    cases: list[tuple[Any, str]] = [
        (lambda: client.items.create(name="x" * 101, rate=1), "name: must be at most 100 characters (got 101)"),
        (lambda: client.items.create(name="", rate=1), "name: must be at least 1 character long"),
        (lambda: client.items.create(name="Drive", rate="12.50"), "rate: must be a number, not str"),  # type: ignore[arg-type]
        (lambda: client.items.create(name="Drive", rate=True), "rate: must be a number, not bool"),
        (lambda: client.items.create(name="Drive", rate=float("nan")), "rate: must be a finite number"),
        (lambda: client.items.create(name="Drive", rate=1, description="d" * 2001), "description: must be at most"),
        (lambda: client.items.update("1", name="Drive"), "rate: is required"),
        (lambda: client.items.retrieve("abc"), "item_id: must match the pattern ^[0-9]+$"),
        (lambda: client.items.retrieve(9.03e14), "item_id: must be a string, not float"),  # type: ignore[arg-type]
        (lambda: client.items.retrieve("903000000045027\n"), "item_id: must match the pattern ^[0-9]+$"),
        (lambda: client.items.retrieve(True), "item_id: must be a string, not bool"),  # type: ignore[arg-type]
        (lambda: client.items.list(per_page=0), "per_page: must be at least 1"),
        (lambda: client.items.list(rate_less_than="cheap"), "rate_less_than: must be a number"),
        (lambda: client.customers.create(display_name="B", email="not-an-email"), "email: must be an email address"),
        (
            lambda: client.customers.create(display_name="B", email="b@example.com", billing_address={"zip": True}),
            "billing_address.zip: must be a string, not bool",
        ),
        (
            lambda: client.customers.create(display_name="B", email="b@example.com", tags=[{"tag_id": {"id": 1}}]),
            "tags[0].tag_id: must be a string, not dict",
        ),
        (
            lambda: client.customers.create(display_name="B", email="b@example.com", vat_reg_no="X"),
            "vat_reg_no: must be at least 2 characters long",
        ),
        (lambda: client.customers.list(filter_by=3.0), "filter_by: must be a string, not float"),  # type: ignore[arg-type]
        (lambda: client.customers.update("1", {"display_name": "B"}), "email: is required"),
        # Collect charge takes exactly one payment method (the spec's `oneOf` of required branches).
        (lambda: client.invoices.collect_charge("903000000079426"), "needs one of: card_id, account_id"),
        (
            lambda: client.invoices.collect_charge("903000000079426", card_id="1", account_id="2"),
            "takes only one of: card_id, account_id",
        ),
    ]
    for call, message in cases:
        assert message in str(_error(call)), message
    assert mock.requests() == []


def test_every_problem_is_reported(client: ZohoBilling) -> None:
    error = _error(lambda: client.customers.update("x", {}, phone=True))  # type: ignore[arg-type]
    assert error.operation == "customers.update" and isinstance(error, ValueError)
    assert error.errors == [
        FieldError("customer_id", "must match the pattern ^[0-9]+$"),
        FieldError("display_name", "is required"),
        FieldError("email", "is required"),
        FieldError("phone", "must be a string, not bool"),
    ]
    assert str(error) == (
        "customers.update: customer_id: must match the pattern ^[0-9]+$; display_name: is required; "
        "email: is required; phone: must be a string, not bool"
    )


def test_good_values_are_converted_for_the_wire(client: ZohoBilling, mock: Mock) -> None:
    client.customers.create(
        display_name="B",
        email="b@example.com",
        billing_address=Address(city="Paris", zip_="75001"),
        vat_treatment="uk",
        tags=({"tag_id": "1", "tag_option_id": "2"},),
        extra_body={"cf_loyalty": "gold"},
    )
    body = mock.requests("create_customer")[0]["body"]
    assert '"billing_address":{"city":"Paris","zip":"75001"}' in body
    assert '"tags":[{"tag_id":"1","tag_option_id":"2"}]' in body and '"cf_loyalty":"gold"' in body
    pager = client.items.list(rate_greater_than=Decimal("1E+2"), rate_less_than=250, extra_query={"x": "y"})
    assert pager.first_page().items == []
    query = mock.requests("list_items")[0]["query_params"]
    assert query == {"rate_greater_than": ["100"], "rate_less_than": ["250"], "x": ["y"], "page": ["1"]}
    item = client.items.create(name="Drive", rate=0.1)
    assert '"rate":0.1' in mock.requests("create_item")[0]["body"] and item.rate == Decimal("0.1")
    # A model of the request schema works as the base of an update.
    assert client.items.update(item.item_id, ItemRequest(name="SSD", rate=Decimal("2.50"))).name == "SSD"


def test_unknown_enum_values_are_not_rejected_by_the_client(client: ZohoBilling, mock: Mock) -> None:
    # Enums are open: the client sends a value the spec does not list and lets Zoho decide.
    with pytest.raises(Exception) as raised:  # the local server follows the spec strictly
        client.customers.list(filter_by="Status.Archived").first_page()
    assert not isinstance(raised.value, ZohoBillingValidationError)
    assert mock.requests("list_customers")[0]["query_params"]["filter_by"] == ["Status.Archived"]


def test_required_alternatives_are_checked_at_any_depth() -> None:
    from zoho_billing_client._validation import SchemaCompiler

    schemas = {
        "Payer": {
            "type": "object",
            "properties": {"card_id": {"type": "string"}, "account_id": {"type": "string"}},
            "oneOf": [{"required": ["card_id"]}, {"required": ["account_id"]}],
        },
        "Create": {
            "type": "object",
            "properties": {
                "customer_id": {"type": "string"},
                "customer": {"type": "object"},
                "payer": {"$ref": "#/components/schemas/Payer"},
            },
            "anyOf": [{"required": ["customer_id"]}, {"required": ["customer"]}],
        },
    }
    check = SchemaCompiler(schemas).compile({"$ref": "#/components/schemas/Create"})

    def errors(value: dict[str, Any]) -> list[str]:
        found: list[FieldError] = []
        check(value, "", found)
        return [str(error) for error in found]

    assert errors({"customer_id": "1"}) == []
    assert errors({"customer_id": "1", "customer": {}}) == []  # anyOf: both may be given
    assert errors({}) == ["body: needs one of: customer_id, customer (none given)"]
    assert errors({"customer_id": None}) == ["body: needs one of: customer_id, customer (none given)"]
    assert errors({"customer": {}, "payer": {}}) == ["payer: needs one of: card_id, account_id (none given)"]
    assert errors({"customer": {}, "payer": {"card_id": "1", "account_id": "2"}}) == [
        "payer: takes only one of: card_id, account_id"
    ]
