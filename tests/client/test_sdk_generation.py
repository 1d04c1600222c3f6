"""The SDK layer's generation: spec rules the validator does not know stop it, and the public API
type-checks for users under mypy --strict."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.core.api_model import ApiModel, build_api_model
from generator.core.tools import ToolError
from generator.python_client.write_client_sdk import write_client_sdk
from generator.python_common.python_view import python_view
from generator.python_common.shared_runtime import SHARED_RUNTIME_DIR

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "generated" / "python" / "zoho-billing-client" / "zoho_billing_client"


def _package_stub(tmp_path: Path) -> Path:
    package = tmp_path / "zoho_billing_client"
    (package / "models").mkdir(parents=True)
    shutil.copyfile(PACKAGE / "models" / "__init__.py", package / "models" / "__init__.py")
    return package


def test_renders_the_sdk_modules(api_model: ApiModel, tmp_path: Path) -> None:
    package = _package_stub(tmp_path)
    # The SDK layer reads the Python view of the bundle, as `make generate` hands it (python_view.py).
    python_model = api_model.with_document(python_view(api_model.document))
    written = {path.relative_to(package).as_posix() for path in write_client_sdk(python_model, package, version="1.0")}
    # One resource module per API module (the resource of x-zoho-sdk), the models' lazy index.
    resources = {f"resources/{resource.name}.py" for resource in api_model.resources}
    assert {"_client.py", "_spec.py", "error_codes.py", "_base_client.py", "resources/__init__.py"} <= written
    # The sources shared with the models package are copied by generate_client (generator/python_common/runtime/).
    shared = {path.name for path in SHARED_RUNTIME_DIR.glob("*.py")}
    assert written == (
        {path.name for path in PACKAGE.glob("_*.py") if path.name != "__init__.py"} - shared
        | {"error_codes.py", "resources/__init__.py", "models/__init__.py", "webhooks.py"}
        | resources
    )
    assert {path.relative_to(PACKAGE).as_posix() for path in (PACKAGE / "resources").glob("*.py")} == resources | {
        "resources/__init__.py"
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s["ItemRequest"]["properties"]["rate"].update(multipleOf=0.01), "'multipleOf' is not checked"),
        (lambda s: s["Address"]["properties"]["zip"].update(type=["string", "null"]), "only a single `type`"),
    ],
)
def test_a_rule_the_validator_does_not_know_stops_generation(
    document: dict[str, Any], tmp_path: Path, change: Any, message: str
) -> None:
    bundle = copy.deepcopy(document)
    change(bundle["components"]["schemas"])
    with pytest.raises(ToolError, match=message):
        write_client_sdk(build_api_model(python_view(bundle)), _package_stub(tmp_path), version="1.0")


USAGE = """
    from decimal import Decimal

    from zoho_billing_client import (
        AsyncZohoBilling, BadRequestError, Page, SyncPager, ZohoBilling, error_codes,
    )
    from zoho_billing_client.models import Customer, CustomerSummary, Item, StatusResponse


    def sync_usage() -> None:
        with ZohoBilling(organization_id="1", access_token="t", data_center="eu") as client:
            customer: Customer = client.customers.create(display_name="B", email="b@example.com")
            pager: SyncPager[CustomerSummary] = client.customers.list(filter_by="Status.Active")
            names: list[str] = [c.display_name for c in pager]
            first: Page[CustomerSummary] = pager.first_page()
            updated: Customer = client.customers.update(customer.customer_id, customer, phone="1")
            item: Item = client.with_options(max_retries=0).items.create(name="A", rate=Decimal("1.5"))
            done: StatusResponse = client.items.delete(item.item_id)
            try:
                client.items.create(name="A", rate=1)
            except BadRequestError as error:
                code: int | None = error.code
                assert code == error_codes.ITEM_NAME_ALREADY_EXISTS
            print(names, first.has_more, updated, done.message)


    async def async_usage() -> None:
        async with AsyncZohoBilling(organization_id="1", client_id="i", client_secret="s", refresh_token="r") as client:
            customer: Customer = await client.customers.retrieve("1")
            ids: list[str] = [c.customer_id async for c in client.customers.list()]
            print(customer, ids)
"""


@pytest.mark.slow
def test_public_api_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    sample = tmp_path / "usage.py"
    sample.write_text(textwrap.dedent(USAGE), encoding="utf-8")
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy), "--strict", "--cache-dir", str(tmp_path / "cache"), str(sample)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


LAZY = """
import sys
import zoho_billing_client
loaded = lambda prefix: sorted(m for m in sys.modules if m.startswith(prefix))
print(loaded("zoho_billing_client.resources."))
print(loaded("zoho_billing_client.models."))
client = zoho_billing_client.ZohoBilling(organization_id="1", access_token="t")
client.{resource}
print(loaded("zoho_billing_client.resources."))
from zoho_billing_client.models import *
from zoho_billing_client.resources import *
names = [*zoho_billing_client.models.__all__, *zoho_billing_client.resources.__all__]
print(all(name in globals() for name in names))
"""


def test_importing_the_package_imports_no_resource_module_and_no_model(api_model: ApiModel) -> None:
    # The import cost must not grow with the number of API modules: resources load on first use,
    # models on first access (the page context the decoder needs aside).
    resource = api_model.resources[-1].name
    result = subprocess.run(
        [sys.executable, "-c", LAZY.format(resource=resource)], capture_output=True, text=True, check=True, timeout=60
    )
    before, models, after, every_name = result.stdout.splitlines()
    assert before == "[]"
    assert models == "['zoho_billing_client.models.page_context']"
    assert after == repr([f"zoho_billing_client.resources.{resource}"])
    assert every_name == "True"


def test_an_object_result_without_key_decodes_the_whole_body(document: dict[str, Any], tmp_path: Path) -> None:
    # x-zoho-sdk `result: {kind: object}` without `key`: Zoho answers the object's fields beside code and
    # message (the hosted page retrieve), so the method decodes the body itself as its success schema.
    bundle = copy.deepcopy(document)
    bundle["paths"]["/items/{item_id}"]["get"]["x-zoho-sdk"]["result"] = {"kind": "object"}
    package = _package_stub(tmp_path)
    write_client_sdk(build_api_model(python_view(bundle)), package, version="1.0")
    source = (package / "resources" / "items.py").read_text(encoding="utf-8")
    retrieve = source[source.index("    def retrieve(") : source.index("    def update(")]
    assert "decode_model(ItemResponse, data, context=" in retrieve
    assert "decode_resource" not in retrieve
    assert "the response's body, whose fields Zoho sends beside `code` and `message`" in " ".join(retrieve.split())
