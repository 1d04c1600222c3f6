"""Benchmark of the client's SDK layer (issue: typed decode within 3x json.loads, per-call overhead
within 1.3x bare httpx). ``bench/decode.py`` compares the decode of both packages side by side (issue 10: 2x).

Measures:
  * decode: a 200-customer list page (realistic CustomerSummary objects, 120 kB) from bytes to typed
    ``CustomerSummary`` models the way ``client.customers.list()`` does it (Decimal-exact JSON parse
    plus the models), against plain ``json.loads`` of the same bytes;
  * overhead: ``client.items.retrieve(id)`` (argument check, auth header, request, status and
    envelope check, typed ``Item``) against a bare ``httpx.Client.get`` of the same URL with the same
    headers followed by ``json.loads`` of the body (what hand-written code does at the least), and
    against the bare GET alone, on loopback. Two servers: a fixed-body server (answers every GET
    with the same item at once, so the client's own cost shows) and the local Zoho Billing server
    (``zoho-billing-mock``), each in its own process.

Each figure is the median of --runs runs; the three ways alternate within a run. Run from the
repository root: ``.venv/bin/python bench/client.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from zoho_billing_client import ZohoBilling
from zoho_billing_client._decode import decode_page
from zoho_billing_client.models import CustomerSummary
from zoho_billing_client.types import json_loads

REPO_ROOT = Path(__file__).resolve().parent.parent
ORGANIZATION = "10234695"
TOKEN = "bench-token"  # noqa: S105 - a local test token


def _customer(index: int) -> dict[str, Any]:
    return {
        "customer_id": str(903000000000000 + index),
        "display_name": f"Bowman Furniture {index}",
        "salutation": "Mr.",
        "first_name": "Benjamin",
        "last_name": "George",
        "email": f"benjamin.george{index}@bowmanfurniture.com",
        "tags": [{"tag_id": "903000000000335", "tag_option_id": "903000000000337"}],
        "company_name": "Bowman Furniture",
        "phone": "+1-925-921-9201",
        "mobile": "+1-4054439562",
        "website": "www.bowmanfurniture.com",
        "department": "Sales",
        "designation": "Sales Executive",
        "currency_code": "USD",
        "unused_credits": 1234.5 + index,
        "outstanding": 20.25,
        "is_gapps_customer": False,
        "updated_time": "2016-06-05T12:30:08-0700",
        "created_time": "2016-06-05T12:30:08-0700",
        "has_attachment": False,
    }


def customer_page(count: int = 200) -> bytes:
    envelope = {
        "code": 0,
        "message": "success",
        "customers": [_customer(index) for index in range(count)],
        "page_context": {"page": 1, "per_page": count, "has_more_page": False},
    }
    return json.dumps(envelope).encode()


ITEM = {
    "code": 0,
    "message": "success",
    "item": {
        "item_id": "903000000045027",
        "name": "Hard Drive",
        "status": "active",
        "description": "500GB",
        "rate": 120.5,
        "unit": "Nos",
        "tax_id": "903000000037049",
        "tax_name": "Sales Tax",
        "tax_percentage": "10",
        "tax_type": "tax",
        "sku": "HD-500",
        "product_type": "goods",
    },
}


# --- decode ----------------------------------------------------------------------------------
def bench_decode(runs: int) -> tuple[float, float]:
    body = customer_page()
    response = httpx.Response(200, content=body)

    def typed() -> object:
        return decode_page(CustomerSummary, json_loads(body), "customers", page=1, context="bench", response=response)

    page = decode_page(CustomerSummary, json_loads(body), "customers", page=1, context="bench", response=response)
    assert len(page.items) == 200 and isinstance(page.items[0], CustomerSummary)
    number = 100
    plain = [min(timeit.repeat(lambda: json.loads(body), number=number, repeat=3)) / number for _ in range(runs)]
    models = [min(timeit.repeat(typed, number=number, repeat=3)) / number for _ in range(runs)]
    return statistics.median(plain), statistics.median(models)


# --- servers ---------------------------------------------------------------------------------
class _FixedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    body = json.dumps(ITEM).encode()

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve_fixed() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FixedHandler)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}/billing/v1", flush=True)
    server.serve_forever()


@contextmanager
def _server(command: list[str]) -> Iterator[str]:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"listening on (\S+)", line)
        if found is None:
            raise RuntimeError(f"server did not start: {line!r}")
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _per_call(function: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls


def bench_overhead(base_url: str, item_id: str, token: str, calls: int, runs: int) -> tuple[float, float, float]:
    """Seconds per call: bare GET, bare GET + json.loads, and ``client.items.retrieve``."""
    headers = {
        "Authorization": f"Zoho-oauthtoken {token}",
        "X-com-zoho-subscriptions-organizationid": ORGANIZATION,
        "Accept": "application/json",
    }
    url = f"{base_url}/items/{item_id}"
    with (
        httpx.Client() as http,
        ZohoBilling(organization_id=ORGANIZATION, access_token=token, base_url=base_url) as client,
    ):

        def get() -> object:
            response = http.get(url, headers=headers)
            response.raise_for_status()
            return response

        def get_and_parse() -> object:
            response = http.get(url, headers=headers)
            response.raise_for_status()
            return json.loads(response.content)

        def sdk() -> object:
            return client.items.retrieve(item_id)

        for _ in range(200):  # warm up the connection pools
            get_and_parse()
            sdk()
        times: tuple[list[float], list[float], list[float]] = ([], [], [])
        for _ in range(runs):
            for function, found in zip((get, get_and_parse, sdk), times, strict=True):
                found.append(_per_call(function, calls))
    bare, parsed, typed = (statistics.median(found) for found in times)
    return bare, parsed, typed


def _mock_item(base_url: str) -> str:
    headers = {
        "Authorization": "Zoho-oauthtoken mock-access-token",
        "X-com-zoho-subscriptions-organizationid": ORGANIZATION,
    }
    response = httpx.post(f"{base_url}/items", json={"name": "Hard Drive", "rate": 120.5}, headers=headers)
    response.raise_for_status()
    return str(response.json()["item"]["item_id"])


def _cpu_name() -> str:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return platform.processor() or "unknown CPU"
    found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, flags=re.MULTILINE)
    return found.group(1).strip() if found else platform.processor() or "unknown CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median reported)")
    parser.add_argument("--calls", type=int, default=500, help="calls per run of the overhead benchmark")
    parser.add_argument("--serve-fixed", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fixed:
        serve_fixed()
        return 0
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPU(s), {_cpu_name()}")
    print(f"python {platform.python_version()}, httpx {httpx.__version__}; median of {args.runs} runs\n")

    plain, typed = bench_decode(args.runs)
    print("decode of a 200-customer page (120 kB)")
    print(f"  json.loads                     {plain * 1e3:7.3f} ms")
    print(f"  typed CustomerSummary page     {typed * 1e3:7.3f} ms   {typed / plain:.2f}x (target <= 3x)\n")

    results = []
    fixed = [sys.executable, str(Path(__file__).resolve()), "--serve-fixed"]
    with _server(fixed) as base_url:
        results.append(
            ("fixed-body server", *bench_overhead(base_url, "903000000045027", TOKEN, args.calls, args.runs))
        )
    mock = [str(Path(sys.executable).parent / "zoho-billing-mock"), "--port", "0"]
    with _server(mock) as base_url:
        item_id = _mock_item(base_url)
        results.append(
            (
                "local Zoho Billing server",
                *bench_overhead(base_url, item_id, "mock-access-token", args.calls, args.runs),
            )
        )
    print(f"per call on loopback, {args.calls} calls per run: bare httpx GET, bare GET + json.loads, items.retrieve")
    for name, bare, parsed, typed in results:
        print(
            f"  {name:<27} {bare * 1e6:5.0f} us   {parsed * 1e6:5.0f} us   {typed * 1e6:5.0f} us   "
            f"sdk / (GET + json.loads) {typed / parsed:.2f}x (target <= 1.3x), sdk / GET {typed / bare:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
