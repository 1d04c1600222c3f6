"""Required alternatives ("customer_id or customer") through the whole toolchain (issue 11).

A module states them as optional properties plus, on the object, ``anyOf`` of branches that carry
only ``required`` (CONTRIBUTING.md). The check: a copy of openapi/ whose customer create request
requires ``display_name`` and one of ``email`` / ``phone`` that way, generated into a temporary tree.
The Python client must refuse a call with neither before sending (naming the alternatives), both
Python packages must still have one plain class for the object, the TypeScript types must compile
strictly, the docs must say "one of: email, phone", and the local server must refuse such a body.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.core.api_model import resolve_with_siblings

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = "modules/customers/schemas/customers.yaml"
BEFORE = "CustomerCreateRequest:\n"
REQUIRED = "  required: [display_name, email]\n"
ALTERNATIVES = "  required: [display_name]\n  anyOf:\n    - required: [email]\n    - required: [phone]\n"
GENERATE_TIMEOUT = 300
RUN_TIMEOUT = 120


def with_alternatives(spec_dir: Path) -> None:
    """The customer create request: ``display_name`` required, and ``email`` or ``phone``."""
    path = spec_dir / SCHEMA_FILE
    text = path.read_text(encoding="utf-8")
    start = text.index(BEFORE)
    at = text.index(REQUIRED, start)
    path.write_text(text[:at] + ALTERNATIVES + text[at + len(REQUIRED) :], encoding="utf-8")


def test_the_pattern_validates(validate_copy: object) -> None:
    result = validate_copy(with_alternatives)  # type: ignore[operator]
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("required-alternatives")
    shutil.copytree(REPO_ROOT / "openapi", tmp / "openapi")
    with_alternatives(tmp / "openapi")
    spec, out = str(tmp / "openapi/zoho-billing.yaml"), str(tmp / "generated")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", spec, "generate", "--out", out],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=GENERATE_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp / "generated"


def test_both_python_packages_have_one_plain_class(generated: Path) -> None:
    models = (generated / "python/zoho-billing-models/zoho_billing_models/customers.py").read_text(encoding="utf-8")
    assert re.search(r"^class CustomerCreateRequest\(ZohoModel\):", models, re.MULTILINE)
    assert not re.search(r"^class CustomerCreateRequest\w+\(", models, re.MULTILINE)  # no numbered variants
    client_models = generated / "python/zoho-billing-client/zoho_billing_client/models"
    text = (client_models / "customer_create_request.py").read_text(encoding="utf-8")
    assert "class CustomerCreateRequest:" in text
    assert not [path.name for path in client_models.glob("*any_of*")]


CLIENT_CHECK = """
import sys

sys.path.insert(0, sys.argv[1])  # the client generated from the copy, ahead of the installed one
import httpx
import zoho_billing_client
from zoho_billing_client import ZohoBilling, ZohoBillingValidationError
from zoho_billing_mock import MockServer

assert zoho_billing_client.__file__.startswith(sys.argv[1]), zoho_billing_client.__file__
with MockServer(spec_path=sys.argv[2]) as server:
    headers = server.headers()
    token = headers["Authorization"].split(" ", 1)[1]
    organization = headers["X-com-zoho-subscriptions-organizationid"]
    options = {"organization_id": organization, "access_token": token, "base_url": server.base_url}
    with ZohoBilling(**options, max_retries=0) as client:
        try:
            client.customers.create(display_name="Bowman and Co")
        except ZohoBillingValidationError as error:
            assert str(error) == "customers.create: body: needs one of: email, phone (none given)", str(error)
        else:
            raise AssertionError("a customer without email or phone was sent")
        assert len(server.requests) == 0, "the client sent the request"
        assert client.customers.create(display_name="Bowman and Co", phone="+1 555 0100").display_name
        assert client.customers.create(display_name="Rook", email="rook@example.com").display_name
    # The local server refuses the body the client would not send.
    answer = httpx.post(f"{server.base_url}/customers", json={"display_name": "Bowman and Co"}, headers=headers)
    assert answer.status_code == 400, (answer.status_code, answer.text)
print("alternatives ok")
"""


def test_the_client_checks_and_the_mock_refuses(generated: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CLIENT_CHECK,
            str(generated / "python/zoho-billing-client"),
            str(generated / "openapi/zoho-billing.json"),
        ],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0 and "alternatives ok" in result.stdout, result.stdout + result.stderr


def test_the_typescript_types_compile(generated: Path) -> None:
    # openapi-typescript types a property with a `default` as always present: give those too.
    document = json.loads((generated / "openapi/zoho-billing.json").read_text(encoding="utf-8"))
    properties = document["components"]["schemas"]["CustomerCreateRequest"]["properties"]
    defaults = {
        name: prop["default"]
        for name, prop in ((name, resolve_with_siblings(document, prop)) for name, prop in properties.items())
        if "default" in prop
    }
    given = json.dumps(defaults)[1:-1]
    usage = generated / "typescript/usage.ts"
    usage.write_text(
        textwrap.dedent(
            f"""\
            import type {{ components }} from "./zoho-billing";
            type Create = components["schemas"]["CustomerCreateRequest"];
            const byPhone: Create = {{ {given}, display_name: "Bowman and Co", phone: "+1 555 0100" }};
            // @ts-expect-error: neither email nor phone
            const neither: Create = {{ {given}, display_name: "Bowman and Co" }};
            export const used = [byPhone.display_name, neither];
            """
        ),
        encoding="utf-8",
    )
    tsc = str(REPO_ROOT / "node_modules/.bin/tsc")
    result = subprocess.run(
        [tsc, "--strict", "--noEmit", "--target", "es2020", "--module", "es2020", str(usage)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_docs_name_the_alternatives(generated: Path) -> None:
    markdown = (generated / "docs/customers.md").read_text(encoding="utf-8")
    html = (generated / "docs/customers.html").read_text(encoding="utf-8")
    assert "`email`**one of: email, phone**" in markdown
    assert "`phone`**one of: email, phone**" in markdown
    assert "one of: email, phone</span>" in html
