"""Benchmark of response decoding: a 200-customer list page, from bytes to typed objects, in both packages.

Measured side by side, on the same 120 kB page (realistic ``CustomerSummary`` objects, with tags):

  * ``json.loads`` of the bytes (floats as floats): the reference, 1.00x;
  * ``json.loads(..., parse_float=Decimal)``: the exact parse both packages start from;
  * the client: ``decode_page(CustomerSummary, ...)`` on the exact parse, as ``client.customers.list()`` does it;
  * the models: ``CustomerListResponse.from_json(bytes)`` of ``zoho_billing_models`` (exact parse plus validation);
  * a strict pydantic model of the same page (plain ``BaseModel``, ``Decimal`` money, no leniency), with
    ``model_validate_json``: what a strict generated client costs, for comparison.

Target (issue 10): each package at most 2x ``json.loads``. Each figure is the median of --runs runs, each run the
best of 3 repeats of --number decodes. Run from the repository root: ``.venv/bin/python bench/decode.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import timeit
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from pydantic import BaseModel
from zoho_billing_client._decode import decode_page
from zoho_billing_client.models import CustomerSummary
from zoho_billing_client.types import json_loads
from zoho_billing_models import CustomerListResponse
from zoho_billing_models import CustomerSummary as ModelsCustomerSummary

sys.path.insert(0, str(Path(__file__).resolve().parent))
from client import _cpu_name, customer_page


class _StrictTag(BaseModel):
    tag_id: str
    tag_option_id: str


class _StrictCustomer(BaseModel):
    customer_id: str
    display_name: str
    salutation: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str
    tags: list[_StrictTag] | None = None
    company_name: str | None = None
    phone: str | None = None
    mobile: str | None = None
    website: str | None = None
    department: str | None = None
    designation: str | None = None
    currency_code: str
    unused_credits: Decimal
    outstanding: Decimal
    is_gapps_customer: bool
    updated_time: str
    created_time: str
    has_attachment: bool | None = None


class _StrictPageContext(BaseModel):
    page: int
    per_page: int
    has_more_page: bool


class _StrictPage(BaseModel):
    code: int
    message: str
    customers: list[_StrictCustomer]
    page_context: _StrictPageContext


def _time(function: Callable[[], object], runs: int, number: int) -> float:
    return statistics.median(min(timeit.repeat(function, number=number, repeat=3)) / number for _ in range(runs))


def bench(runs: int, number: int) -> dict[str, float]:
    body = customer_page()
    response = httpx.Response(200, content=body)

    def client() -> object:
        return decode_page(CustomerSummary, json_loads(body), "customers", page=1, context="bench", response=response)

    def models() -> object:
        return CustomerListResponse.from_json(body)

    # The decoders give what they should before they are timed.
    page: Any = client()
    first: Any = page.items[0]
    assert len(page.items) == 200 and type(first) is CustomerSummary
    assert first.unused_credits == Decimal("1234.5") and isinstance(first.tags, list) and first.tags[0].tag_id
    parsed: Any = models()
    first = parsed.customers[0]
    assert len(parsed.customers) == 200 and type(first) is ModelsCustomerSummary
    assert first.unused_credits == Decimal("1234.5") and isinstance(first.tags, list) and first.tags[0].tag_id
    assert len(_StrictPage.model_validate_json(body).customers) == 200

    return {
        "json.loads": _time(lambda: json.loads(body), runs, number),
        "json.loads, exact decimals": _time(lambda: json_loads(body), runs, number),
        "client: decode_page(CustomerSummary)": _time(client, runs, number),
        "models: CustomerListResponse.from_json": _time(models, runs, number),
        "strict pydantic model_validate_json": _time(lambda: _StrictPage.model_validate_json(body), runs, number),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median reported)")
    parser.add_argument("--number", type=int, default=100, help="decodes per repeat")
    args = parser.parse_args()
    import pydantic

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPU(s), {_cpu_name()}")
    print(f"python {platform.python_version()}, pydantic {pydantic.VERSION}; median of {args.runs} runs\n")
    figures = bench(args.runs, args.number)
    reference = figures["json.loads"]
    print("decode of a 200-customer page (120 kB)")
    for name, seconds in figures.items():
        target = "   (target <= 2x)" if name.startswith(("client", "models")) else ""
        print(f"  {name:<42} {seconds * 1e3:7.3f} ms   {seconds / reference:5.2f}x{target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
