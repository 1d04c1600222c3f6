"""Zoho's own OpenAPI file of a module, read beside this spec: its operations matched with ours, and
its per-property examples walked in step with our schemas.

Each module's ``facts.yaml`` names Zoho's file (``zoho_oas: items.yml``). The files are reference
material kept outside the repository (``../shared/reference/zoho-official-oas/`` beside it, or the
folder named by ``$ZOHO_OAS_DIR``): the project copies no text from them. Their facts are checked by
``tests/test_zoho_oas_examples.py`` and summed up by ``tools/scorecard.py``, both of which read them
through this module; where the files are absent, both say so and skip.

An operation of Zoho's file is matched with ours by method and path, path parameter names aside
(Zoho's ``/subscriptions/{subscription_id}/lineitems/{plan_or_addon_code}`` is ours with
``{plan_code}``), or as the module's ``errata.yaml`` maps it under ``zoho_oas_operations`` (a wrong
path, a duplicate). Schemas are read through the one reader of bundled documents
(:mod:`generator.core.openapi_document`), which serves Zoho's self-contained file as well as our bundle.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from generator.core.api_model import ApiModel, ApiOperation
from generator.core.bundle_spec import ERRATA_FILE, ROOT_SPEC, discover_modules, load_facts
from generator.core.errors import join_pointer
from generator.core.openapi_document import Operation, iter_operations, lookup_pointer, resolve_local_pointer
from generator.core.spec_checks import example_validator
from generator.core.spec_source import load_yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
ZOHO_OAS_DIR = Path(os.environ.get("ZOHO_OAS_DIR") or REPO_ROOT.parent / "shared" / "reference" / "zoho-official-oas")
FACTS_KEY = "zoho_oas"
EXAMPLES_ERRATA = "zoho_oas_examples"
OPERATIONS_ERRATA = "zoho_oas_operations"
_COMBINATORS = ("allOf", "anyOf", "oneOf")
_JSON = "application/json"


@dataclass(frozen=True)
class ZohoFile:
    """Zoho's OpenAPI file of one module, loaded (``document``) and the module's errata about it."""

    module: str
    name: str
    path: Path
    document: dict[str, Any]
    errata: dict[str, Any]

    def operation_errata(self) -> dict[str, str | None]:
        """``"put /invoice/{invoice_id}/customfields"`` -> our operationId (None: not in this spec)."""
        return {str(entry["zoho"]): entry.get("ours") for entry in self.errata.get(OPERATIONS_ERRATA) or []}

    def example_errata(self) -> dict[str, Any]:
        """JSON pointer (in Zoho's file) of each example listed as failing -> its value."""
        return {str(entry["pointer"]): entry.get("value") for entry in self.errata.get(EXAMPLES_ERRATA) or []}


@dataclass(frozen=True)
class OperationMatch:
    zoho: Operation
    ours: ApiOperation | None  # None: the errata say this spec has no such operation

    @property
    def zoho_name(self) -> str:
        return f"{self.zoho.method} {self.zoho.path}"


@dataclass(frozen=True)
class ExampleCheck:
    """A per-property example of Zoho's file and the schemas of ours it was checked against."""

    pointer: str  # of the example in Zoho's file
    value: Any
    operation: str  # our operationId
    schemas: tuple[str, ...]  # bundle pointers of our counterparts
    valid: bool


@dataclass
class Walk:
    """What walking a module's Zoho file against our bundle found."""

    matches: list[OperationMatch] = field(default_factory=list)
    unmatched_operations: list[str] = field(default_factory=list)  # Zoho operations without counterpart
    examples: dict[str, ExampleCheck] = field(default_factory=dict)  # by pointer (failing wins)
    unmatched_properties: set[str] = field(default_factory=set)  # pointers of Zoho properties we lack

    @property
    def failures(self) -> dict[str, Any]:
        return {pointer: check.value for pointer, check in self.examples.items() if not check.valid}


def zoho_oas_available() -> bool:
    return ZOHO_OAS_DIR.is_dir()


def zoho_files(root: Path = ROOT_SPEC) -> list[tuple[str, str]]:
    """(module, Zoho file name) of every module whose facts.yaml names one, in module order."""
    return [(module, str(facts[FACTS_KEY])) for module, facts in load_facts(root).items() if facts.get(FACTS_KEY)]


def load_zoho_file(module: str, name: str, root: Path = ROOT_SPEC) -> ZohoFile:
    directory = {m.name: m.directory for m in discover_modules(root)}[module]
    errata_file = directory / ERRATA_FILE
    errata = (load_yaml(errata_file) or {}) if errata_file.is_file() else {}
    path = ZOHO_OAS_DIR / name
    return ZohoFile(module, name, path, _load_document(path), errata)


@cache
def _load_document(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = load_yaml(path)  # keeps `2016-06-05` a string, as JSON carries it
    return document


def normal_path(path: str) -> str:
    """The path with every parameter name dropped: ``/plans/{}``."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def match_operations(zoho: ZohoFile, model: ApiModel) -> tuple[list[OperationMatch], list[str]]:
    """Each of Zoho's operations with ours, and the names of those that have no counterpart."""
    ours = {(op.method, normal_path(op.path)): op for op in model.operations}
    by_id = {op.operation_id: op for op in model.operations}
    mapped = zoho.operation_errata()
    matches, unmatched = [], []
    for operation in iter_operations(zoho.document):
        name = f"{operation.method} {operation.path}"
        if name in mapped:
            target = mapped[name]
            matches.append(OperationMatch(operation, by_id[target] if target is not None else None))
        elif (operation.method, normal_path(operation.path)) in ours:
            matches.append(OperationMatch(operation, ours[operation.method, normal_path(operation.path)]))
        else:
            unmatched.append(name)
    return matches, unmatched


def walk(zoho: ZohoFile, model: ApiModel) -> Walk:
    """Match the operations, then walk each request and success response of Zoho's in step with ours."""
    result = Walk()
    result.matches, result.unmatched_operations = match_operations(zoho, model)
    walker = _Walker(zoho.document, model, result)
    for match in result.matches:
        if match.ours is None:
            continue
        for zoho_schema, our_schema in _body_pairs(zoho.document, model, match.zoho, match.ours):
            walker.walk(zoho_schema, [our_schema], match.ours.operation_id)
    return result


def _json_schema(document: dict[str, Any], pointer: str) -> str | None:
    """The pointer of the JSON schema of the request body or response at ``pointer``, if it has one."""
    pointer, node = resolve_local_pointer(document, pointer)
    content = node.get("content") if isinstance(node, dict) else None
    if isinstance(content, dict) and isinstance(content.get(_JSON), dict) and "schema" in content[_JSON]:
        return join_pointer(pointer, "content", _JSON, "schema")
    return None


def _body_pairs(
    zoho_document: dict[str, Any], model: ApiModel, zoho_op: Operation, ours: ApiOperation
) -> Iterator[tuple[str, str]]:
    """(Zoho's schema pointer, ours) for the request body and the success response."""
    if "requestBody" in zoho_op.node and "requestBody" in model.node(ours.pointer):
        zoho_schema = _json_schema(zoho_document, join_pointer(zoho_op.pointer, "requestBody"))
        our_schema = _json_schema(model.document, join_pointer(ours.pointer, "requestBody"))
        if zoho_schema and our_schema:
            yield zoho_schema, our_schema
    success = [status for status in zoho_op.node.get("responses") or {} if str(status).startswith("2")]
    if success:
        zoho_schema = _json_schema(zoho_document, join_pointer(zoho_op.pointer, "responses", str(success[0])))
        our_schema = _json_schema(model.document, join_pointer(ours.pointer, "responses", ours.success_status))
        if zoho_schema and our_schema:
            yield zoho_schema, our_schema


class _Walker:
    def __init__(self, zoho_document: dict[str, Any], model: ApiModel, result: Walk) -> None:
        self.zoho = zoho_document
        self.model = model
        self.result = result
        self.seen: set[tuple[str, tuple[str, ...]]] = set()
        self.validators: dict[str, jsonschema.protocols.Validator] = {}

    def walk(self, zoho_pointer: str, ours: list[str], operation: str) -> None:
        """Walk Zoho's schema at ``zoho_pointer`` against our candidate schemas (bundle pointers)."""
        raw = lookup_pointer(self.zoho, zoho_pointer)
        if isinstance(raw, dict) and "example" in raw and "$ref" in raw:
            self.check(join_pointer(zoho_pointer, "example"), raw["example"], ours, operation)
        pointer, node = resolve_local_pointer(self.zoho, zoho_pointer)
        key = (pointer, tuple(ours))
        if key in self.seen or not isinstance(node, dict):
            return
        self.seen.add(key)
        if "example" in node:
            self.check(join_pointer(pointer, "example"), node["example"], ours, operation)
        expanded = [candidate for our in ours for candidate in self.expand(our)]
        for name in node.get("properties") or {}:
            inner = [
                join_pointer(candidate, "properties", name)
                for candidate, schema in expanded
                if name in (schema.get("properties") or {})
            ]
            zoho_property = join_pointer(pointer, "properties", name)
            if inner:
                self.walk(zoho_property, inner, operation)
            else:
                self.result.unmatched_properties.add(zoho_property)
        if isinstance(node.get("items"), dict):
            inner = [join_pointer(candidate, "items") for candidate, schema in expanded if "items" in schema]
            if inner:
                self.walk(join_pointer(pointer, "items"), inner, operation)
        for keyword in _COMBINATORS:
            for index, _ in enumerate(node.get(keyword) or []):
                self.walk(join_pointer(pointer, keyword, index), ours, operation)

    def expand(self, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """Our schema at ``pointer`` (``$ref`` followed) and, in turn, the branches of its combinators."""
        pointer, node = resolve_local_pointer(self.model.document, pointer)
        if not isinstance(node, dict):
            return
        yield pointer, node
        for keyword in _COMBINATORS:
            for index, _ in enumerate(node.get(keyword) or []):
                yield from self.expand(join_pointer(pointer, keyword, index))

    def check(self, pointer: str, value: Any, ours: list[str], operation: str) -> None:
        valid = any(not any(self.validator(our).iter_errors(value)) for our in ours)
        previous = self.result.examples.get(pointer)
        if previous is None or (previous.valid and not valid):
            self.result.examples[pointer] = ExampleCheck(pointer, value, operation, tuple(ours), valid)

    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        if pointer not in self.validators:
            self.validators[pointer] = example_validator(self.model.document, pointer)
        return self.validators[pointer]
