"""A document answer: `client.invoices.download_pdf(id)` sends `Accept: application/pdf` and returns the
PDF's bytes (the operation's `x-zoho-sdk.variants`), while errors stay Zoho's typed errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from client_support import Canned, Mock, ScriptedServer
from zoho_billing_client import (
    APIResponseValidationError,
    AsyncZohoBilling,
    BadRequestError,
    NotFoundError,
    ZohoBilling,
    error_codes,
)


def _invoice_id(client: ZohoBilling) -> str:
    invoice = client.invoices.create(
        customer_id="903000000000099",
        date="2016-06-05",
        invoice_items=[{"product_id": "903000000079973", "name": "Setup fee", "price": 100, "quantity": 1}],
    )
    return str(invoice.invoice_id)


def _accept(mock: Mock) -> str | None:
    [entry] = mock.requests("retrieve_invoice")[-1:]
    headers = {name.lower(): value for name, value in entry["headers"].items()}
    return headers.get("accept")


def test_download_pdf_returns_the_document_bytes(client: ZohoBilling, mock: Mock) -> None:
    invoice_id = _invoice_id(client)
    document = client.invoices.download_pdf(invoice_id)
    assert isinstance(document, bytes)
    assert document.startswith(b"%PDF-") and document.rstrip().endswith(b"%%EOF")
    assert b"Setup fee" in document
    assert _accept(mock) == "application/pdf"
    # The JSON call of the same operation is unchanged.
    assert client.invoices.retrieve(invoice_id).invoice_id == invoice_id
    assert _accept(mock) == "application/json"


def test_download_pdf_raw_response(client: ZohoBilling) -> None:
    raw = client.invoices.with_raw_response.download_pdf(_invoice_id(client))
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/pdf")
    assert raw.headers["content-disposition"].startswith("attachment; filename=")
    assert raw.parse() == raw.content and raw.parse().startswith(b"%PDF-")


def test_download_pdf_of_a_missing_invoice_raises_the_typed_error(client: ZohoBilling) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.invoices.download_pdf("903000000099999")
    error = raised.value
    assert (error.status_code, error.code, error.error_name) == (404, 1002, "INVOICE_NOT_FOUND")
    assert error.code == error_codes.INVOICE_NOT_FOUND
    assert error.operation == "invoices.download_pdf"


@pytest.mark.anyio
async def test_async_download_pdf(
    make_async_client: Callable[..., AsyncZohoBilling], client: ZohoBilling, mock: Mock
) -> None:
    invoice_id = _invoice_id(client)
    async_client = make_async_client()
    document = await async_client.invoices.download_pdf(invoice_id)
    assert document.startswith(b"%PDF-")
    assert _accept(mock) == "application/pdf"
    with pytest.raises(NotFoundError):
        await async_client.invoices.download_pdf("903000000099999")


def test_a_json_answer_to_a_document_request(scripted: ScriptedServer, scripted_client: ZohoBilling) -> None:
    # Zoho's error envelope on HTTP 200 is the typed error; a success envelope is not the document.
    scripted.answer("GET", "/invoices/1", Canned(200, {"code": 1001, "message": "Invoice Number already exist"}))
    with pytest.raises(BadRequestError) as raised:
        scripted_client.invoices.download_pdf("1")
    assert raised.value.error_name == "INVOICE_NUMBER_ALREADY_EXISTS"
    assert scripted.received[-1].headers["Accept"] == "application/pdf"
    scripted.answer("GET", "/invoices/1", Canned(200, {"code": 0, "message": "success", "invoice": {}}))
    with pytest.raises(APIResponseValidationError, match="not application/pdf"):
        scripted_client.invoices.download_pdf("1")
    # Any other content type is the document, returned as sent.
    scripted.answer("GET", "/invoices/1", Canned(200, b"%PDF-1.4 tiny", {"Content-Type": "application/pdf"}))
    assert scripted_client.invoices.download_pdf("1") == b"%PDF-1.4 tiny"
