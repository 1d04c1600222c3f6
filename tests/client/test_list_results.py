"""A whole (unpaged) list result, `x-zoho-sdk` `result: {kind: list}`: an invoice's custom fields and
applied credits come back as a Python list of models."""

from __future__ import annotations

from decimal import Decimal

import pytest
from client_support import Canned, ScriptedServer
from zoho_billing_client import APIResponseValidationError, ZohoBilling
from zoho_billing_client.models import InvoiceCreditApplication, InvoiceCustomFieldSetting


def test_custom_fields_come_back_as_a_list(client: ZohoBilling) -> None:
    invoice = client.invoices.create(
        customer_id="903000000000099",
        date="2016-06-05",
        invoice_items=[{"product_id": "903000000079973", "quantity": 1}],
    )
    fields = client.invoices.update_custom_fields(invoice.invoice_id, custom_fields=[{"label": "PO", "value": "42"}])
    assert isinstance(fields, list) and [type(f) for f in fields] == [InvoiceCustomFieldSetting]
    assert (fields[0].label, fields[0].value) == ("PO", "42")
    raw = client.invoices.with_raw_response.update_custom_fields(
        invoice.invoice_id, custom_fields=[{"label": "PO", "value": "43"}]
    )
    assert [f.value for f in raw.parse()] == ["43"]


def test_applied_credits_are_typed(scripted: ScriptedServer, scripted_client: ZohoBilling) -> None:
    body = {
        "code": 0,
        "message": "Credits have been applied to the invoice(s).",
        "apply_creditnotes": [{"creditnote_id": "9", "invoice_id": "1", "amount_applied": 30.25}],
    }
    scripted.answer("POST", "/invoices/1/credits", Canned(200, body))
    [applied] = scripted_client.invoices.apply_credits(
        "1", apply_creditnotes=[{"creditnote_id": "9", "amount_applied": Decimal("30.25")}]
    )
    assert isinstance(applied, InvoiceCreditApplication) and applied.amount_applied == Decimal("30.25")
    scripted.answer("POST", "/invoices/1/credits", Canned(200, {"code": 0, "message": "ok"}))
    with pytest.raises(APIResponseValidationError, match="no 'apply_creditnotes' list"):
        scripted_client.invoices.apply_credits("1", apply_creditnotes=[])
