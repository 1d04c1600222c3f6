"""Zoho's own OpenAPI file of each module against the spec, held exactly to the module's errata.

Every module whose facts.yaml names Zoho's file (``zoho_oas``) is checked: each of Zoho's operations
has its counterpart here (by method and path, path parameter names aside, or as the errata's
``zoho_oas_operations`` map it), and every per-property ``example`` in Zoho's request and success
response schemas, walked in step with ours (properties, items, allOf / anyOf / oneOf), validates
against our schema for that property (JSON Schema 2020-12 with formats, through the bundle's one
reader) unless the errata's ``zoho_oas_examples`` list it; a listed example that passes fails too.
Zoho's files are reference material outside the repository (tools/zoho_oas.py says where); without
them the tests skip.
"""

from __future__ import annotations

import pytest

from generator.core.api_model import ApiModel
from tools.zoho_oas import (
    EXAMPLES_ERRATA,
    OPERATIONS_ERRATA,
    ZOHO_OAS_DIR,
    Walk,
    ZohoFile,
    load_zoho_file,
    walk,
    zoho_files,
    zoho_oas_available,
)

FILES = zoho_files()
needs_zoho = pytest.mark.skipif(not zoho_oas_available(), reason=f"Zoho's OpenAPI files are not in {ZOHO_OAS_DIR}")


@pytest.fixture(scope="module")
def walks(api_model: ApiModel) -> dict[str, tuple[ZohoFile, Walk]]:
    found = {}
    for module, name in FILES:
        zoho = load_zoho_file(module, name)
        found[module] = (zoho, walk(zoho, api_model))
    return found


def test_the_finished_modules_name_their_file() -> None:
    assert {"customers": "customers.yml", "items": "items.yml"}.items() <= dict(FILES).items()


@needs_zoho
@pytest.mark.parametrize(("module", "name"), FILES, ids=[module for module, _ in FILES])
def test_every_zoho_operation_has_its_counterpart(
    walks: dict[str, tuple[ZohoFile, Walk]], module: str, name: str
) -> None:
    zoho, found = walks[module]
    assert zoho.path.is_file(), zoho.path
    assert not found.unmatched_operations, f"{name}: add to the spec or map in {OPERATIONS_ERRATA}"
    # Every mapping in the errata is used, and names no operation a path already matches.
    mapped = zoho.operation_errata()
    assert set(mapped) <= {match.zoho_name for match in found.matches}
    for entry in zoho.errata.get(OPERATIONS_ERRATA) or []:
        assert str(entry.get("reason") or "").strip(), entry


@needs_zoho
@pytest.mark.parametrize(("module", "name"), FILES, ids=[module for module, _ in FILES])
def test_zoho_examples_fail_exactly_where_the_errata_say(
    walks: dict[str, tuple[ZohoFile, Walk]], module: str, name: str
) -> None:
    zoho, found = walks[module]
    assert found.examples, f"{name}: no per-property example reached"
    listed = zoho.example_errata()
    unlisted = {pointer: value for pointer, value in found.failures.items() if pointer not in listed}
    assert not unlisted, f"{name}: examples that fail against this spec, not in {EXAMPLES_ERRATA}: {unlisted}"
    passing = sorted(pointer for pointer in listed if pointer not in found.failures)
    assert not passing, f"{name}: listed in {EXAMPLES_ERRATA} but no longer failing: {passing}"
    for pointer, value in listed.items():
        published = found.failures[pointer]
        assert value == published and type(value) is type(published), (pointer, value, published)
    for entry in zoho.errata.get(EXAMPLES_ERRATA) or []:
        assert str(entry.get("reason") or "").strip(), entry
