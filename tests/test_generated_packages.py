"""The generated client and pydantic models: lenient, exact, round-trip safe, lint-clean, installable."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import venv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import zoho_billing_client.models as client_models
import zoho_billing_models as pydantic_models
from zoho_billing_client.types import json_dumps, json_loads

from generator.bundle_spec import lookup
from generator.seed_examples import SeedExample, load_seed_examples
from generator.spec_checks import iter_example_sites

REPO_ROOT = Path(__file__).resolve().parent.parent
DISTS = REPO_ROOT / "generated" / "python"
BIN = Path(sys.executable).parent
SEEDS = list(load_seed_examples())


def _schema_name(document: dict[str, Any], schema_pointer: str) -> str | None:
    schema = lookup(document, schema_pointer)
    ref = schema.get("$ref", "#/components/schemas/" + schema_pointer.rsplit("/", 1)[-1])
    name = ref.rsplit("/", 1)[1]
    return name if "properties" in document["components"]["schemas"].get(name, {}) else None


def _exact(value: Any) -> Any:
    """The JSON value as the client reads it: non-integers as Decimal."""
    return json_loads(json.dumps(value))


def _as_written_back(payload: Any) -> Any:
    """``payload`` as both packages write it back: the same JSON, except that a transaction
    ``amount`` sent as a decimal string is read as an exact Decimal and written as that JSON
    number (the one normalisation, errata `transaction-amount-string-or-number`)."""
    if isinstance(payload, list):
        return [_as_written_back(item) for item in payload]
    if not isinstance(payload, dict):
        return payload
    result = {key: _as_written_back(value) for key, value in payload.items()}
    for transaction in result.get("transactions") or []:
        if isinstance(transaction, dict) and isinstance(transaction.get("amount"), str):
            transaction["amount"] = Decimal(transaction["amount"])
    return result


def _client_round_trip(name: str, payload: Any) -> Any:
    model = getattr(client_models, name).from_dict(copy.deepcopy(payload))
    return json_loads(json_dumps(model.to_dict()))


def _pydantic_round_trip(name: str, payload: Any) -> Any:
    model = getattr(pydantic_models, name).model_validate(copy.deepcopy(payload))
    # Zoho's values are short enough for pydantic's own JSON writer, which must agree with to_json.
    assert json_loads(model.model_dump_json(by_alias=True, exclude_unset=True)) == json_loads(model.to_json())
    return json_loads(model.to_json())


@pytest.mark.parametrize("example", SEEDS, ids=[example.file for example in SEEDS])
def test_seed_example_round_trips_through_both_packages(document: dict[str, Any], example: SeedExample) -> None:
    # Zoho's published payloads, wrong types and all, parse without error and serialise back to
    # the same JSON; the errata name no normalisation, because none happens.
    name = _schema_name(document, example.schema_pointer(document))
    assert name is not None
    payload = _exact(example.value)
    assert _client_round_trip(name, payload) == _as_written_back(payload)
    assert _pydantic_round_trip(name, payload) == _as_written_back(payload)


def test_every_spec_example_round_trips_through_both_packages(document: dict[str, Any]) -> None:
    checked = 0
    for site in iter_example_sites(document):
        name = _schema_name(document, site.schema_pointer)
        if name is None or not isinstance(site.value, dict):
            continue
        payload = _exact(site.value)
        assert _client_round_trip(name, payload) == _as_written_back(payload), site.example_pointer
        assert _pydantic_round_trip(name, payload) == _as_written_back(payload), site.example_pointer
        checked += 1
    assert checked >= 30


UNKNOWN = {
    "code": 0,
    "message": "success",
    "customer": {
        "customer_id": "903000000000099",
        "display_name": "Bowman",
        "status": "archived",  # an enum value the spec does not list
        "gst_treatment": "special_economic_zone",
        "loyalty_tier": {"level": 3, "since": "2021-01-01"},  # unknown field, nested
        "billing_address": {"city": "Chennai", "plus_code": "7J4V+XQ"},  # unknown field, second level
        "tags": [{"tag_id": "1", "colour": "red"}],  # unknown field, inside an array
        "custom_fields": [{"index": 1, "value": "x", "formula": None}],
        "outstanding": Decimal("1234567890.123456789"),
        "unused_credits": 0,
    },
    "request_id": "abc",  # unknown field, top level
}


def test_unknown_fields_and_enum_values_are_kept_at_every_level() -> None:
    client = client_models.CustomerResponse.from_dict(copy.deepcopy(UNKNOWN))
    assert client.customer.status == "archived" and client.customer.status.value == "archived"
    assert client.customer.additional_properties["loyalty_tier"] == {"level": 3, "since": "2021-01-01"}
    assert client.customer.billing_address.additional_properties["plus_code"] == "7J4V+XQ"
    assert client.additional_properties["request_id"] == "abc"
    assert json_loads(json_dumps(client.to_dict())) == UNKNOWN
    model = pydantic_models.CustomerResponse.model_validate(copy.deepcopy(UNKNOWN))
    assert model.customer.status == "archived"
    assert model.customer.model_extra == {"loyalty_tier": {"level": 3, "since": "2021-01-01"}}
    assert json_loads(model.to_json()) == UNKNOWN
    written = pydantic_models.CustomerResponse.from_json(json_dumps(UNKNOWN)).to_json()
    assert b'"outstanding":1234567890.123456789' in written and json_loads(written) == UNKNOWN


def test_money_is_exact_decimal_never_float() -> None:
    payload = json_loads(b'{"item_id": "1", "name": "x", "rate": 0.1, "description": "d"}')
    item = client_models.Item.from_dict(payload)
    assert isinstance(item.rate, Decimal) and item.rate == Decimal("0.1")
    written = json_dumps(item.to_dict())
    assert b'"rate":0.1' in written and json_loads(written) == payload
    model = pydantic_models.Item.model_validate(payload)
    assert isinstance(model.rate, Decimal) and model.rate == Decimal("0.1")
    integral = client_models.Item.from_dict({"item_id": "1", "name": "x", "rate": 120})
    assert isinstance(integral.rate, Decimal) and integral.rate == 120
    for name in ("Customer", "CustomerSummary", "Item", "ItemSummary", "ItemRequest"):
        annotations = str(getattr(client_models, name).__annotations__)
        assert "float" not in annotations, name


def test_wrong_typed_values_are_kept_not_coerced_or_lost() -> None:
    odd = {
        "item_id": 903000000045027,
        "name": "x",
        "rate": "cheap",
        "default_templates": [{"a": 1}],
        "custom_fields": {"not": "a list"},
        "tax_id": None,
    }
    assert json_loads(json_dumps(client_models.Item.from_dict(copy.deepcopy(odd)).to_dict())) == odd
    assert pydantic_models.Item.model_validate(copy.deepcopy(odd)).model_dump(mode="json", exclude_unset=True) == odd


@pytest.mark.slow
@pytest.mark.parametrize("dist", ["zoho-billing-client", "zoho-billing-models"])
def test_generated_package_passes_ruff_and_strict_mypy(dist: str) -> None:
    flags = ["--isolated", "--no-cache", "--target-version", "py311", "--line-length", "120"]
    check = [str(BIN / "ruff"), "check", *flags, "--select", "E,F,W,I,UP,B", "--ignore", "E501", "."]
    fmt = [str(BIN / "ruff"), "format", *flags, "--check", "."]
    package = dist.replace("-", "_")
    mypy = [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", "/dev/null", package]
    for command in (check, fmt, mypy):
        result = subprocess.run(command, cwd=DISTS / dist, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{command[0]}: {result.stdout}{result.stderr}"


@pytest.mark.slow
def test_both_distributions_install_into_a_fresh_virtualenv_and_import(tmp_path: Path) -> None:
    venv.EnvBuilder(with_pip=True).create(tmp_path / "venv")
    python = tmp_path / "venv" / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         str(DISTS / "zoho-billing-client"), str(DISTS / "zoho-billing-models")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    probe = (
        "import zoho_billing_client, zoho_billing_models, pathlib;"
        "from zoho_billing_client.api.items import list_items;"
        "from zoho_billing_models import Customer;"
        "print(pathlib.Path(zoho_billing_client.__file__).parent.joinpath('py.typed').exists(),"
        " pathlib.Path(zoho_billing_models.__file__).parent.joinpath('py.typed').exists(),"
        " 'site-packages' in zoho_billing_client.__file__)"
    )
    result = subprocess.run([str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True"]
