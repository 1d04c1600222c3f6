"""The generated client and pydantic models: lenient, exact, round-trip safe, lint-clean, installable."""

from __future__ import annotations

import copy
import json
import logging
import subprocess
import sys
import venv
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import zoho_billing_client.models as client_models
import zoho_billing_models as pydantic_models
from pydantic import TypeAdapter, ValidationError
from zoho_billing_client.types import json_dumps, json_loads

from generator.core.api_model import resolve_with_siblings
from generator.core.bundle_spec import lookup
from generator.core.openapi_document import component_name, iter_operations
from generator.core.seed_examples import SeedExample, load_seed_examples
from generator.core.spec_checks import example_validator, iter_example_sites

REPO_ROOT = Path(__file__).resolve().parent.parent
DISTS = REPO_ROOT / "generated" / "python"
BIN = Path(sys.executable).parent
SEEDS = list(load_seed_examples())


def _schema_name(document: dict[str, Any], schema_pointer: str) -> str | None:
    name = component_name(lookup(document, schema_pointer)) or schema_pointer.rsplit("/", 1)[-1]
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


# Values of each JSON type, for payloads built from the spec alone. Observed types are written as in
# `x-zoho-observed.seen_as` ("empty string" is a string that Zoho sends empty).
DIGITS = "903000000000001"
OBSERVED_VALUES: dict[str, Any] = {
    "string": "observed",
    "empty string": "",
    "integer": 15,
    "number": Decimal("12.50"),
    "boolean": True,
    "array": [],
}


def _value_for(schema: dict[str, Any], json_type: str, where: str) -> Any:
    """A value of ``json_type`` that ``schema`` accepts; fails naming the field for a shape it cannot build."""
    if json_type == "string" and "enum" in schema:
        return schema["enum"][0]
    if json_type == "string" and schema.get("examples"):
        return schema["examples"][0]
    if json_type == "string" and schema.get("format") == "date":
        return "2016-09-30"
    if json_type == "string" and schema.get("format") == "decimal":
        return "20.50"
    if json_type == "string" and schema.get("pattern") in ("^[0-9]+$", "^([0-9]+)?$"):
        return DIGITS
    if "pattern" in schema or json_type not in OBSERVED_VALUES:
        pytest.fail(f"{where}: no value for a {json_type} with {schema.get('pattern')!r}; extend _value_for")
    return OBSERVED_VALUES[json_type]


def _one_type(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with one `type`: for an `anyOf` of alternatives, the number one if any (the form the
    Python packages write back), else the first."""
    if "anyOf" not in schema:
        return schema
    alternatives = schema["anyOf"]
    return next((alt for alt in alternatives if alt.get("type") == "number"), alternatives[0])


def _observed_variants(document: dict[str, Any], schema: dict[str, Any], where: str) -> list[Any]:
    """One value per type the field was observed with: `seen_as` where given, else its schema type(s)."""
    prop = resolve_with_siblings(document, schema)
    seen = prop["x-zoho-observed"].get("seen_as")
    types = seen if seen else (prop["type"] if isinstance(prop["type"], list) else [prop["type"]])
    return [
        OBSERVED_VALUES[seen_type] if seen_type == "empty string" else _value_for(prop, seen_type, where)
        for seen_type in types
    ]


def test_observed_fields_built_from_the_spec_decode_to_typed_attributes_and_round_trip(
    document: dict[str, Any],
) -> None:
    # For every schema with x-zoho-observed fields: a payload holding its required fields and each observed
    # field, with a value of each type the field was observed with (so "" for a field seen as an empty
    # string), validates against the spec, lands in declared, typed attributes of both packages (nothing
    # in additional_properties or model_extra) and is written back unchanged.
    schemas = document["components"]["schemas"]
    observed = {
        name: [field for field, prop in schema.get("properties", {}).items() if "x-zoho-observed" in prop]
        for name, schema in schemas.items()
    }
    observed = {name: fields for name, fields in observed.items() if fields}
    assert observed, "the spec marks no field x-zoho-observed"
    for name, fields in observed.items():
        properties = schemas[name]["properties"]
        base = {
            field: _value_for(prop, prop["type"], f"{name}.{field}")
            for field in schemas[name].get("required", [])
            for prop in [_one_type(resolve_with_siblings(document, properties[field]))]
        }
        variants = {field: _observed_variants(document, properties[field], f"{name}.{field}") for field in fields}
        payloads = [
            base | {field: values[min(index, len(values) - 1)] for field, values in variants.items()}
            for index in range(max(len(values) for values in variants.values()))
        ]
        validator = example_validator(document, f"/components/schemas/{name}")
        for payload in payloads:
            where = (name, json.loads(json_dumps(payload)))
            assert [error.message for error in validator.iter_errors(json.loads(json_dumps(payload)))] == [], where
            typed = getattr(client_models, name).from_dict(copy.deepcopy(payload))
            model = getattr(pydantic_models, name).model_validate(copy.deepcopy(payload))
            assert typed.additional_properties == {} and model.model_extra == {}, where
            for field in fields:
                declared = (
                    str(type(typed).__annotations__[field]),
                    str(type(model).model_fields[field].annotation),
                )
                # An integer seen in a decimal field (a tax rate of 15) is read as the exact Decimal it is.
                prop = resolve_with_siblings(document, properties[field])
                sent = payload[field]
                expected = Decimal if prop.get("format") == "decimal" and type(sent) is int else type(sent)
                for read, annotation in zip((getattr(typed, field), getattr(model, field)), declared, strict=True):
                    assert read == sent and isinstance(read, expected), (name, field, read)
                    # ...held as a type the attribute declares, not merely kept as it came.
                    types = {part.strip().rsplit(".", 1)[-1] for part in annotation.split("|")}
                    assert type(read).__name__ in types, (name, field, annotation)
            assert _client_round_trip(name, payload) == payload, where
            assert _pydantic_round_trip(name, payload) == payload, where


def test_every_spec_example_round_trips_through_both_packages(document: dict[str, Any]) -> None:
    checked: set[str] = set()
    for site in iter_example_sites(document):
        name = _schema_name(document, site.schema_pointer)
        if name is None or not isinstance(site.value, dict):
            continue
        payload = _exact(site.value)
        assert _client_round_trip(name, payload) == _as_written_back(payload), site.example_pointer
        assert _pydantic_round_trip(name, payload) == _as_written_back(payload), site.example_pointer
        checked.add(site.example_pointer.split("/content/", 1)[0])
    # Every operation's success response has an example, and each went through both packages.
    for op in iter_operations(document):
        success = next(status for status in op.node["responses"] if status.startswith("2"))
        assert f"{op.pointer}/responses/{success}" in checked, op.pointer


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
        # The other fields Zoho always sends (required in the schema):
        "email": "b@example.com",
        "currency_code": "USD",
        "currency_id": "90300000000097",
        "price_precision": 2,
        "created_time": "2016-06-05T12:30:08-0700",
        "updated_time": "2016-06-05T12:30:08-0700",
        "source": "api",
        "is_linked_with_zohocrm": False,
        "can_add_card": True,
        "can_add_bank_account": False,
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
    payload = json_loads(b'{"item_id": "1", "name": "x", "rate": 0.1, "status": "active", "description": "d"}')
    item = client_models.Item.from_dict(payload)
    assert isinstance(item.rate, Decimal) and item.rate == Decimal("0.1")
    written = json_dumps(item.to_dict())
    assert b'"rate":0.1' in written and json_loads(written) == payload
    model = pydantic_models.Item.model_validate(payload)
    assert isinstance(model.rate, Decimal) and model.rate == Decimal("0.1")
    integral = client_models.Item.from_dict({"item_id": "1", "name": "x", "rate": 120, "status": "active"})
    assert isinstance(integral.rate, Decimal) and integral.rate == 120
    for name in ("Customer", "CustomerSummary", "Item", "ItemSummary", "ItemRequest"):
        annotations = str(getattr(client_models, name).__annotations__)
        assert "float" not in annotations, name


def test_wrong_typed_values_are_kept_not_coerced_or_lost() -> None:
    odd = {
        "item_id": 903000000045027,
        "name": "x",
        "rate": "cheap",
        "status": 7,
        "default_templates": [{"a": 1}],
        "custom_fields": {"not": "a list"},
        "tax_id": None,
    }
    assert json_loads(json_dumps(client_models.Item.from_dict(copy.deepcopy(odd)).to_dict())) == odd
    assert pydantic_models.Item.model_validate(copy.deepcopy(odd)).model_dump(mode="json", exclude_unset=True) == odd


def test_pydantic_leniency_is_part_of_the_compiled_schema() -> None:
    # Typed in one pass: a wrong-typed value deep inside keeps its own object typed, also when the model is
    # validated inside another type (a TypeAdapter, a user's own model), not only through ZohoModel methods.
    page = {
        "code": 0,
        "message": "success",
        "customers": [
            {**OBSERVED_PAGE["customers"][0], "tags": [{"tag_id": 7, "tag_option_id": "2"}], "payment_terms": "soon"},
        ],
        "page_context": {"page": 1, "per_page": 200, "has_more_page": "maybe"},
    }
    for parsed in (
        pydantic_models.CustomerListResponse.model_validate(copy.deepcopy(page)),
        TypeAdapter(list[pydantic_models.CustomerListResponse]).validate_python([copy.deepcopy(page)])[0],
    ):
        customer = parsed.customers[0]
        assert type(customer) is pydantic_models.CustomerSummary and customer.payment_terms == "soon"
        assert type(customer.tags[0]) is pydantic_models.CustomerTagReference and customer.tags[0].tag_id == 7
        assert parsed.page_context.has_more_page == "maybe" and customer.outstanding == Decimal("12.50")
        assert parsed.model_dump(mode="python", exclude_unset=True) == page
    with pytest.raises(ValidationError, match="display_name"):
        pydantic_models.CustomerSummary.model_validate({"customer_id": "1", "email": "a@example.com"})


# A list page shaped like the recorded live responses (issue 9, item 8): the fields Zoho's docs do not
# list, with the types they were recorded with, including the portal flag as "" and as a boolean.
OBSERVED_PAGE = {
    "code": 0,
    "message": "success",
    "customers": [
        {
            "customer_id": "187955000000050001",
            "display_name": "Ada Lovelace",
            "email": "ada@example.com",
            "currency_code": "USD",
            "unused_credits": 0,
            "outstanding": Decimal("12.50"),
            "is_gapps_customer": False,
            "created_time": "2015-10-02T10:18:38+0800",
            "updated_time": "2015-10-02T10:18:38+0800",
            "status": "active",
            "currency_symbol": "$",
            "outstanding_receivable_amount": Decimal("12.50"),
            "outstanding_receivable_amount_bcy": Decimal("12.50"),
            "unused_credits_receivable_amount_bcy": Decimal("0.10"),
            "payment_terms": 15,
            "payment_terms_label": "Net 15",
            "created_by": "Grace Hopper",
            "is_portal_invitation_accepted": "",
            "contact_id": "187955000000050001",
            "customer_name": "Ada Lovelace",
        },
        {
            "customer_id": "187955000000050007",
            "display_name": "Charles Babbage",
            "email": "charles@example.com",
            "currency_code": "USD",
            "unused_credits": 0,
            "outstanding": 0,
            "is_gapps_customer": False,
            "created_time": "2015-10-02T10:22:20+0800",
            "updated_time": "2015-10-02T11:06:58+0800",
            "is_portal_invitation_accepted": True,
        },
    ],
    "page_context": {
        "page": 1,
        "per_page": 200,
        "has_more_page": False,
        "report_name": "All Contacts",
        "applied_filter": "Status.All",
        "sort_column": "customer_id",
        "sort_order": "A",
    },
}
OBSERVED_CUSTOMER = {
    "customer_id": "187955000000050107",
    "display_name": "Ada Lovelace",
    "email": "ada@example.com",
    "currency_code": "USD",
    "currency_id": "187955000000000097",
    "price_precision": 2,
    "unused_credits": 0,
    "outstanding": 0,
    "status": "active",
    "created_time": "2015-10-03T03:14:28+0800",
    "updated_time": "2015-10-03T03:14:28+0800",
    "source": "api",
    "is_linked_with_zohocrm": False,
    "can_add_card": True,
    "can_add_bank_account": False,
    "zcrm_account_id": "",
    "zcrm_contact_id": "",
    "currency_symbol": "$",
    "is_gapps_customer": False,
    "outstanding_receivable_amount": Decimal("0.0"),
    "payment_reminder_enabled": True,
    "pricebook_id": "187955000000011001",
    "unused_credits_receivable_amount": Decimal("1.25"),
    "unused_credits_receivable_amount_bcy": Decimal("1.25"),
    "unused_credits_payable_amount": Decimal("0.0"),
    "unused_credits_payable_amount_bcy": Decimal("0.0"),
}
OBSERVED_TRANSACTION = {
    "transaction_id": "903000000094534",
    "reference_id": "903000000021976",
    "date": "2016-09-30",
    "type": "invoice",
    "status": "active",
    # A number, the form both packages write an amount back in (see the transaction-amount erratum).
    "amount": Decimal("20.50"),
    "ach_payment_initiated": False,
}


def test_observed_undocumented_fields_decode_to_typed_attributes_in_both_packages(document: dict[str, Any]) -> None:
    for name, payload in (
        ("CustomerListResponse", OBSERVED_PAGE),
        ("CustomerResponse", {"code": 0, "message": "success", "customer": OBSERVED_CUSTOMER}),
        ("TransactionListResponse", {"code": 0, "message": "success", "transactions": [OBSERVED_TRANSACTION]}),
    ):
        validator = example_validator(document, f"/components/schemas/{name}")
        assert not [error.message for error in validator.iter_errors(json.loads(json_dumps(payload)))], name
        assert _client_round_trip(name, payload) == payload
        assert _pydantic_round_trip(name, payload) == payload
    page = client_models.CustomerListResponse.from_dict(copy.deepcopy(OBSERVED_PAGE))
    first, second = page.customers
    assert first.additional_properties == {} and page.page_context.additional_properties == {}
    assert first.status == client_models.CustomerStatus.ACTIVE and first.currency_symbol == "$"
    assert first.outstanding_receivable_amount == Decimal("12.50") and isinstance(first.payment_terms, int)
    assert isinstance(first.unused_credits_receivable_amount_bcy, Decimal) and first.created_by == "Grace Hopper"
    assert (first.is_portal_invitation_accepted, second.is_portal_invitation_accepted) == ("", True)
    assert (first.contact_id, first.customer_name) == ("187955000000050001", "Ada Lovelace")
    assert (page.page_context.report_name, page.page_context.sort_order) == ("All Contacts", "A")
    customer = client_models.Customer.from_dict(copy.deepcopy(OBSERVED_CUSTOMER))
    assert customer.additional_properties == {}
    assert customer.payment_reminder_enabled is True and customer.pricebook_id == "187955000000011001"
    assert isinstance(customer.unused_credits_payable_amount_bcy, Decimal) and customer.is_gapps_customer is False
    transaction = client_models.Transaction.from_dict(dict(OBSERVED_TRANSACTION))
    assert transaction.ach_payment_initiated is False and transaction.additional_properties == {}

    model = pydantic_models.CustomerListResponse.model_validate(copy.deepcopy(OBSERVED_PAGE))
    assert model.customers[0].model_extra == {} and model.page_context.model_extra == {}
    assert model.customers[0].status == "active" and model.customers[0].currency_symbol == "$"
    assert isinstance(model.customers[0].outstanding_receivable_amount_bcy, Decimal)
    assert [c.is_portal_invitation_accepted for c in model.customers] == ["", True]
    assert model.page_context.applied_filter == "Status.All"
    customer_model = pydantic_models.Customer.model_validate(copy.deepcopy(OBSERVED_CUSTOMER))
    assert customer_model.model_extra == {} and customer_model.unused_credits_receivable_amount == Decimal("1.25")
    assert pydantic_models.Transaction.model_validate(dict(OBSERVED_TRANSACTION)).ach_payment_initiated is False


def test_required_response_fields_are_typed_without_unset() -> None:
    # After a create, typed users get item.rate: Decimal, not Decimal | Unset.
    for name, fields in (
        ("Item", ("item_id", "name", "rate", "status")),
        ("ItemSummary", ("item_id", "name", "rate", "status")),
        ("Customer", ("customer_id", "email", "status", "outstanding", "created_time")),
        ("Transaction", ("transaction_id", "amount", "date")),
    ):
        annotations = getattr(client_models, name).__annotations__
        for field in fields:
            assert "Unset" not in str(annotations[field]), (name, field)
        model_fields = getattr(pydantic_models, name).model_fields
        assert all(model_fields[field].is_required() for field in fields), name
    item = client_models.Item.from_dict({"item_id": "1", "name": "x", "rate": 120, "status": "active"})
    assert item.rate == Decimal(120) and item.status == "active"


def test_a_payload_missing_a_newly_required_field_still_comes_back_whole(caplog: pytest.LogCaptureFixture) -> None:
    from zoho_billing_client._decode import PartialModel, decode_model

    response = httpx.Response(200, request=httpx.Request("GET", "http://127.0.0.1/items/1"))
    for name, payload in (
        ("Item", {"item_id": "1", "name": "No rate", "description": "d", "colour": "red"}),
        # A number: both packages write an amount back as one (erratum transaction-amount-string-or-number).
        ("Transaction", {"transaction_id": "1", "amount": Decimal("2.50")}),
        ("CustomerSummary", {"customer_id": "1", "display_name": "No email", "is_portal_invitation_accepted": ""}),
    ):
        with caplog.at_level(logging.WARNING, logger="zoho_billing_client"):
            decoded = decode_model(getattr(client_models, name), copy.deepcopy(payload), context="t", response=response)
        assert isinstance(decoded, PartialModel) and isinstance(decoded, getattr(client_models, name))
        assert json_loads(json_dumps(decoded.to_dict())) == payload, name
    assert "('status', 'rate' missing)" in caplog.records[0].getMessage()


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


def test_open_enums_and_exact_json_have_one_source_copied_into_both_packages() -> None:
    shared = REPO_ROOT / "generator" / "python_common" / "runtime"
    packages = {
        "zoho_billing_client": REPO_ROOT / "generated/python/zoho-billing-client/zoho_billing_client",
        "zoho_billing_models": REPO_ROOT / "generated/python/zoho-billing-models/zoho_billing_models",
    }
    for source in ("_exact_json.py", "_open_enum.py"):
        for package_dir in packages.values():
            assert (package_dir / source).read_bytes() == (shared / source).read_bytes(), (package_dir, source)
    # No second implementation anywhere in the generator's sources or the generated packages.
    targets = ("python_common", "python_client", "python_models")
    roots = [REPO_ROOT / "generator" / part for part in targets] + list(packages.values())
    for path in sorted(p for root in roots for p in root.rglob("*") if p.suffix in {".py", ".jinja", ".jinja2"}):
        if path.name in {"_exact_json.py", "_open_enum.py"} or "distribution" in path.parts:  # README examples
            continue
        text = path.read_text(encoding="utf-8")
        for marker in ("def _missing_", "parse_float=", "is_finite():\n            raise"):
            assert marker not in text, (path, marker)
    # Every enum of each package derives from that package's own copy.
    assert issubclass(client_models.CustomerStatus, sys.modules["zoho_billing_client._open_enum"].OpenStrEnum)
    assert issubclass(pydantic_models.CustomerStatus, sys.modules["zoho_billing_models._open_enum"].OpenStrEnum)
    assert client_models.CustomerStatus("archived") == "archived" == pydantic_models.CustomerStatus("archived")


def _imported_after(statement: str, prefix: str = "zoho_billing_models") -> set[str]:
    probe = f"import sys; {statement}; print(' '.join(sorted(m for m in sys.modules if m.startswith({prefix!r}))))"
    result = subprocess.run([str(BIN / "python"), "-c", probe], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_models_package_imports_a_module_only_when_one_of_its_models_is_used() -> None:
    # Importing the package imports no model, and not pydantic: its cost does not grow with the API's modules.
    assert _imported_after("import zoho_billing_models") == {"zoho_billing_models"}
    assert _imported_after("import zoho_billing_models", prefix="pydantic") == set()
    # An Items model needs the items module and the shared one (its list's PageContext), not Customers.
    loaded = _imported_after("from zoho_billing_models import ItemListResponse")
    assert {"zoho_billing_models.items", "zoho_billing_models._shared"} <= loaded
    assert "zoho_billing_models.customers" not in loaded


def test_every_exported_model_resolves_and_validates_across_modules() -> None:
    import zoho_billing_models

    assert set(dir(zoho_billing_models)) >= set(zoho_billing_models.__all__)
    for name in zoho_billing_models.__all__:
        value = getattr(zoho_billing_models, name)
        assert getattr(value, "__name__", name) == name
    with pytest.raises(AttributeError, match="no attribute 'NoSuchModel'"):
        getattr(zoho_billing_models, "NoSuchModel")  # noqa: B009
    # A field typed with another module's class resolves it on first use (the import at the file's end).
    context = {"page": 1, "per_page": 200, "has_more_page": False}
    page = zoho_billing_models.TransactionListResponse.model_validate(
        {"code": 0, "message": "success", "transactions": [], "page_context": context}
    )
    assert type(page.page_context).__name__ == "PageContext"
