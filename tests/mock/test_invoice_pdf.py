"""Document answers over real HTTP: an invoice asked for as `application/pdf` (the Accept header, or
`accept=pdf` in the query, as Zoho's Response page shows) is a small, valid PDF built from it."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest


def _create(client: httpx.Client) -> dict[str, Any]:
    response = client.post(
        "/invoices",
        json={
            "customer_id": "903000000000099",
            "date": "2016-06-05",
            "reference_number": "PO-1182",
            "invoice_items": [{"product_id": "903000000079973", "name": "Setup fee", "price": 100, "quantity": 1}],
        },
    )
    assert response.status_code == 201, response.text
    invoice: dict[str, Any] = response.json()["invoice"]
    return invoice


def _assert_valid_pdf(document: bytes) -> None:
    """The header, the trailer, and a cross-reference table whose offsets point at their objects."""
    assert document.startswith(b"%PDF-1.")
    assert document.endswith(b"%%EOF\n")
    startxref = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", document).group(1))  # type: ignore[union-attr]
    assert document[startxref : startxref + 4] == b"xref"
    table = document[startxref:].split(b"trailer")[0].split(b"\n")
    count = int(table[1].split()[1])
    offsets = [int(line.split()[0]) for line in table[3 : 2 + count]]
    for number, offset in enumerate(offsets, start=1):
        assert document[offset:].startswith(b"%d 0 obj" % number), number
    assert b"/Type /Catalog" in document and b"/Type /Page " in document
    length = int(re.search(rb"/Length (\d+) >>\nstream\n", document).group(1))  # type: ignore[union-attr]
    stream = document.split(b"stream\n", 1)[1]
    assert stream[length:].startswith(b"\nendstream")


@pytest.mark.parametrize("how", ["header", "query"])
def test_invoice_as_pdf(client: httpx.Client, raw_client: httpx.Client, how: str) -> None:
    # raw_client: the checking client's spec checker reads JSON answers only.
    invoice = _create(client)
    path = f"/invoices/{invoice['invoice_id']}"
    if how == "header":
        response = raw_client.get(path, headers={"Accept": "application/pdf"})
    else:
        response = raw_client.get(path, params={"accept": "pdf"}, headers={"Accept": "*/*"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf;charset=UTF-8"
    assert re.fullmatch(r'attachment; filename="[\w.-]+\.pdf"', response.headers["content-disposition"])
    _assert_valid_pdf(response.content)
    for shown in (b"903000000000099", b"PO-1182", b"Setup fee", invoice["invoice_id"].encode()):
        assert shown in response.content


def test_invoice_stays_json_otherwise(client: httpx.Client) -> None:
    invoice = _create(client)
    for headers in ({}, {"Accept": "application/json"}):
        response = client.get(f"/invoices/{invoice['invoice_id']}", headers=headers)
        assert response.headers["content-type"].startswith("application/json")
        assert response.json()["invoice"]["invoice_id"] == invoice["invoice_id"]


def test_missing_invoice_as_pdf_is_a_json_error(client: httpx.Client) -> None:
    response = client.get("/invoices/903000000099999", headers={"Accept": "application/pdf"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == {"code": 1002, "message": "Invoice does not exist."}


def test_pdf_only_where_the_spec_declares_it(client: httpx.Client) -> None:
    item = client.post("/items", json={"name": "Hard Drive", "rate": 120}).json()["item"]
    response = client.get(f"/items/{item['item_id']}", headers={"Accept": "application/pdf"})
    assert response.status_code == 406
