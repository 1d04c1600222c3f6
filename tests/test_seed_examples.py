"""Each module's examples of Zoho's doc pages against the spec, held exactly to the errata (the
root's openapi/errata.yaml and each module's errata.yaml)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.api_model import resolve_with_siblings
from generator.core.bundle_spec import ERRATA_FILE, MISSING, discover_modules, load_errata, load_facts, lookup
from generator.core.errors import join_pointer
from generator.core.openapi_document import component_name
from generator.core.seed_examples import SeedExample, load_seed_examples, seed_example_dirs
from generator.core.spec_checks import example_validator

ERRATA = load_errata()
SEEDS = list(load_seed_examples())
JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def _failures(document: dict[str, Any], example: SeedExample) -> set[str]:
    validator = example_validator(document, example.schema_pointer(document))
    return {join_pointer("", *error.absolute_path) for error in validator.iter_errors(example.value)}


def _occurrences(outcome: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for entry in ERRATA["contradictions"]:
        if entry["outcome"] == outcome:
            for occurrence in entry["occurrences"]:
                found.setdefault(occurrence["example"], set()).add(occurrence["pointer"])
    return found


@pytest.mark.parametrize("directory", seed_example_dirs(), ids=lambda d: d.parent.name)
def test_every_example_is_kept_with_provenance(directory: Path) -> None:
    index = json.loads((directory / "index.json").read_text(encoding="utf-8"))
    # The index lists exactly the example files of the folder, each once.
    files = [entry["file"] for entry in index]
    assert sorted(files) == sorted(path.name for path in directory.glob("*.txt"))
    assert len({entry["seed_page"] for entry in index}) <= 1  # one Zoho page per module (none yet: no examples)
    for entry in index:
        text = (directory / entry["file"]).read_bytes()
        assert hashlib.sha256(text).hexdigest() == entry["sha256"], entry["file"]
        assert entry["kind"] in ("object", "request", "response")
        assert (entry["operation_id"] is None) == (entry["kind"] == "object")
        assert 1 <= entry["line_start"] <= entry["line_end"]


@pytest.mark.parametrize("example", SEEDS, ids=[example.file for example in SEEDS])
def test_example_fails_exactly_where_the_errata_say(document: dict[str, Any], example: SeedExample) -> None:
    expected = _occurrences("fails").get(example.file, set())
    assert _failures(document, example) == expected


@pytest.mark.parametrize("example", SEEDS, ids=[example.file for example in SEEDS])
def test_examples_pass_where_the_spec_follows_the_wire(document: dict[str, Any], example: SeedExample) -> None:
    # Occurrences with outcome "passes" exist in the example and do not fail...
    for pointer in _occurrences("passes").get(example.file, set()):
        assert lookup(example.value, pointer) is not MISSING, pointer
        assert pointer not in _failures(document, example)


def test_every_erratum_is_real_and_names_its_operation() -> None:
    by_file = {example.file: example for example in SEEDS}
    for entry in ERRATA["contradictions"]:
        assert entry["reason"].strip() and entry["spec_type"] and entry["outcome"] in ("fails", "passes")
        assert entry["occurrences"], entry["id"]
        for occurrence in entry["occurrences"]:
            example = by_file[occurrence["example"]]
            assert occurrence["operation"] == example.operation_id
            value = lookup(example.value, occurrence["pointer"])
            assert value == occurrence["published"] and type(value) is type(occurrence["published"])
            # ...and the published value really contradicts the documented type.
            assert JSON_TYPES[type(value)] not in entry["documented_type"].split(",")[0] or entry["id"] in (
                "tax-treatment-placeholder",
                "default-templates-as-array",
            ), entry["id"]


def test_decisions_are_recorded() -> None:
    ids = [decision["id"] for decision in ERRATA["decisions"]]
    assert len(ids) == len(set(ids))
    for decision in ERRATA["decisions"]:
        assert decision["documented"].strip() and decision["decision"].strip()


def test_example_file_names_are_unique_across_modules() -> None:
    # Errata name examples by file name only.
    names = [example.file for example in SEEDS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("module", discover_modules(), ids=lambda m: m.name)
def test_a_modules_errata_name_its_own_examples_and_schemas(module: Any) -> None:
    errata_file = module.directory / ERRATA_FILE
    if not errata_file.is_file():
        return
    errata = yaml.safe_load(errata_file.read_text(encoding="utf-8"))
    own = (
        {example.file for example in load_seed_examples(module.directory / "examples")}
        if (module.directory / "examples").is_dir()
        else set()
    )
    for entry in errata.get("contradictions") or []:
        for occurrence in entry["occurrences"]:
            assert occurrence["example"] in own, (entry["id"], occurrence["example"])
        for source in entry.get("schemas") or []:
            assert source.startswith(f"modules/{module.name}/"), (entry["id"], source)


# --- Required response fields against the published examples (errata required-response-fields) ------

# The resources the rule decides (each module's facts.yaml, `required_in_responses`): schema -> the
# create request that sets it (None: nothing creates it through this API), and the required fields
# Zoho fills in when a create omits them (the create request says with what). Each must be reached by
# at least one published example.
RESOURCES = {
    name: fact["required_in_responses"]
    for facts in load_facts().values()
    for name, fact in (facts.get("schemas") or {}).items()
    if "required_in_responses" in fact
}


def _instances(document: dict[str, Any], schema: dict[str, Any], value: Any, found: dict[str, list[Any]]) -> None:
    """Collect, per named schema, every value of ``value`` that ``schema`` (followed through $ref) describes."""
    while (name := component_name(schema)) is not None:
        found.setdefault(name, []).append(value)
        schema = document["components"]["schemas"][name]
    if isinstance(value, dict):
        for key, item in value.items():
            if key in schema.get("properties", {}):
                _instances(document, schema["properties"][key], item, found)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            _instances(document, schema["items"], item, found)


@pytest.fixture(scope="module")
def published_instances(document: dict[str, Any]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for example in SEEDS:
        if example.kind != "request":
            _instances(document, lookup(document, example.schema_pointer(document)), example.value, found)
    return found


def test_every_required_response_field_is_in_every_published_example(
    schemas: dict[str, Any], published_instances: dict[str, list[Any]]
) -> None:
    assert set(RESOURCES) <= set(published_instances)
    for name, values in published_instances.items():
        for index, value in enumerate(values):
            if isinstance(value, dict):
                missing = set(schemas[name].get("required", [])) - set(value)
                assert not missing, (name, index, sorted(missing))


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_required_response_fields_are_set_by_zoho_or_required_on_create(
    document: dict[str, Any], schemas: dict[str, Any], name: str
) -> None:
    create = schemas[RESOURCES[name]["set_by"]] if RESOURCES[name]["set_by"] else {"properties": {}}
    for field in schemas[name]["required"]:
        prop = schemas[name]["properties"][field]
        prop = resolve_with_siblings(document, prop)
        if field in RESOURCES[name].get("filled_in_on_create", []):
            assert "When omitted" in create["properties"][field]["description"], (name, field)
        else:
            assert prop.get("readOnly") is True or field in create.get("required", []), (name, field)
