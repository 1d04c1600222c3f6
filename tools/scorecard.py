#!/usr/bin/env python3
"""The scorecard: per module, Zoho's own OpenAPI file against this spec, as a Markdown table in the README.

    python tools/scorecard.py          # rewrite the table between the README's markers
    python tools/scorecard.py --check  # exit 1 when the README's table is not current

``make scorecard`` runs the first. It needs Zoho's files (``tools/zoho_oas.py`` says where they are
looked for), so ``make generate`` does not run it: generation reads only the repository. Each cell is
``Zoho → ours``; the README explains the columns, and ``tests/test_scorecard.py`` checks that the table
is current and that ours is ahead on every cell (:func:`behind`).
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere: the readers live in generator/

from generator.core.api_model import ApiModel, build_api_model, resolve_with_siblings  # noqa: E402
from generator.core.bundle_spec import BundledSpec, bundle_spec, discover_modules  # noqa: E402
from generator.core.errors import join_pointer  # noqa: E402
from generator.core.openapi_document import iter_operations, resolve_local_ref  # noqa: E402
from generator.core.seed_examples import load_seed_examples  # noqa: E402
from generator.core.spec_checks import example_validator, iter_example_sites, walk_schemas  # noqa: E402
from tools.zoho_oas import ZohoFile, load_zoho_file, walk, zoho_files  # noqa: E402

README = REPO_ROOT / "README.md"
START, END = "<!-- scorecard:start -->", "<!-- scorecard:end -->"
_ERROR_STATUS = ("4", "5")


@dataclass(frozen=True)
class Score:
    """One cell: Zoho's value and ours, each a count, or ``(part, whole)`` for ``kind`` ``share``, or
    ``(HTTP error statuses, error codes)`` for ``kind`` ``errors``."""

    zoho: int | tuple[int, int]
    ours: int | tuple[int, int]
    kind: str = "count"  # count, share, errors, or coverage (a count where equal is all there is)
    zoho_text: str | None = None  # how Zoho's value reads, when not just the value

    def text(self) -> str:
        if self.zoho_text is not None:
            return f"{self.zoho_text} → {_value(self.ours)}"
        if self.kind == "errors":
            return " → ".join(
                f"{pair[0]} ({pair[1]} codes)" for pair in (self.zoho, self.ours) if isinstance(pair, tuple)
            )
        return f"{_value(self.zoho)} → {_value(self.ours)}"

    def behind(self) -> bool:
        """The rule: ours at least Zoho's, and strictly above unless Zoho's is already perfect: a share
        of 100% (or nothing to count, ``0/0``), or a coverage (operations) that ours matches. Error
        responses: at least Zoho's in statuses and in codes, and above in one of them."""
        if self.kind == "errors" and isinstance(self.zoho, tuple) and isinstance(self.ours, tuple):
            pairs = list(zip(self.ours, self.zoho, strict=True))
            return any(ours < zoho for ours, zoho in pairs) or all(ours == zoho for ours, zoho in pairs)
        zoho, ours = _number(self.zoho), _number(self.ours)
        if ours != zoho:
            return ours < zoho
        return not ((self.kind == "share" and zoho == 1.0) or self.kind == "coverage")


@dataclass(frozen=True)
class Row:
    module: str
    zoho_file: str
    operations: Score
    operation_ids: Score
    enum_values: Score
    error_responses: Score
    paged_lists: Score
    examples_valid: Score
    properties_typed: Score
    zoho_properties_missing: int

    def scores(self) -> dict[str, Score]:
        return {
            "operations": self.operations,
            "operationIds": self.operation_ids,
            "enum values": self.enum_values,
            "error responses": self.error_responses,
            "paged lists": self.paged_lists,
            "example values valid": self.examples_valid,
            "properties typed": self.properties_typed,
        }


def _value(value: int | tuple[int, int]) -> str:
    if isinstance(value, tuple):
        part, whole = value
        return f"{part}/{whole}" if whole else "0/0"
    return str(value)


def _number(value: int | tuple[int, int]) -> float:
    if isinstance(value, tuple):
        part, whole = value
        return part / whole if whole else 1.0
    return float(value)


def _sum(pairs: list[tuple[int, int]]) -> tuple[int, int]:
    return sum(part for part, _ in pairs), sum(whole for _, whole in pairs)


def behind(rows: list[Row]) -> list[str]:
    """``module: column`` for every cell where ours is not ahead by the rule of :meth:`Score.behind`."""
    return [f"{row.module}: {name}" for row in rows for name, score in row.scores().items() if score.behind()]


# --- counting ----------------------------------------------------------------------------------


def _module_of(bundled: BundledSpec, pointer: str) -> str:
    parts = bundled.locate(pointer).file.resolve().parts
    return parts[parts.index("modules") + 1] if "modules" in parts else ""


def _typed(schema: Any) -> bool:
    return isinstance(schema, dict) and any(key in schema for key in ("type", "enum", "const", "anyOf", "oneOf"))


def _nullable_as_type(node: Any) -> Any:
    """Zoho's OpenAPI 3.0 ``nullable: true`` as the JSON Schema type it means, for validating its examples."""
    if isinstance(node, dict):
        node = {key: _nullable_as_type(value) for key, value in node.items()}
        if node.pop("nullable", False) is True and isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        return node
    if isinstance(node, list):
        return [_nullable_as_type(item) for item in node]
    return node


def _leaves(value: Any, pointer: str = "") -> Iterator[str]:
    """The pointers of the values an example is made of: its scalars (and empty arrays and objects)."""
    if isinstance(value, dict) and value:
        for key, item in value.items():
            yield from _leaves(item, join_pointer(pointer, key))
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            yield from _leaves(item, join_pointer(pointer, index))
    else:
        yield pointer


def _valid_values(document: dict[str, Any], schema_pointer: str, value: Any) -> tuple[int, int]:
    """(valid, all) values of an example against the schema: a value is invalid when a validation error
    is at it or at a node that holds it."""
    errors = [
        join_pointer("", *error.absolute_path)
        for error in example_validator(document, schema_pointer).iter_errors(value)
    ]
    leaves = list(_leaves(value))
    invalid = [leaf for leaf in leaves if any(leaf == at or leaf.startswith(at + "/") for at in errors)]
    return len(leaves) - len(invalid), len(leaves)


def _zoho_schema_examples(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for pointer, schema in walk_schemas(document):
        if "example" in schema:
            yield pointer, schema["example"]


def _zoho_error_codes(document: dict[str, Any]) -> set[int]:
    """Zoho's codes, as the ``code`` examples of its error responses give them (its files have none yet)."""
    codes: set[int] = set()
    for operation in iter_operations(document):
        for status, response in (operation.node.get("responses") or {}).items():
            media = (resolve_local_ref(document, response).get("content") or {}).get("application/json") or {}
            schema = resolve_local_ref(document, media.get("schema") or {})
            code = resolve_local_ref(document, (schema.get("properties") or {}).get("code") or {})
            if str(status).startswith(_ERROR_STATUS) and isinstance(code.get("example"), int) and code["example"]:
                codes.add(code["example"])
    return codes


def _error_statuses(operations: Iterable[dict[str, Any]]) -> int:
    """Error responses (4xx, 5xx) declared, summed over the operations."""
    return sum(
        1 for node in operations for status in node.get("responses") or {} if str(status).startswith(_ERROR_STATUS)
    )


def _is_paged(document: dict[str, Any], parameters: list[Any]) -> bool:
    names = {resolve_local_ref(document, parameter).get("name") for parameter in parameters}
    return {"page", "per_page"} <= names


def score_module(bundled: BundledSpec, model: ApiModel, zoho: ZohoFile) -> Row:
    document, module = bundled.document, zoho.module
    zdoc = zoho.document
    found = walk(zoho, model)
    zoho_ops = list(iter_operations(zdoc))
    ours = [op for op in model.operations if op.tag == module]

    def located(pointer: str) -> bool:
        return _module_of(bundled, pointer) == module

    # Enum values and typed properties of the schemas the module's folder defines, each source once.
    enums: dict[Any, int] = {}
    properties: dict[Any, bool] = {}
    for pointer, schema in walk_schemas(document):
        if not located(pointer):
            continue
        if isinstance(schema.get("enum"), list):
            enums[bundled.locate(pointer)] = len(schema["enum"])
        for name, node in (schema.get("properties") or {}).items():
            where = bundled.locate(join_pointer(pointer, "properties", name))
            properties[where] = _typed(resolve_with_siblings(document, node))
    zoho_enums = sum(len(schema["enum"]) for _, schema in walk_schemas(zdoc) if isinstance(schema.get("enum"), list))
    zoho_properties = [
        _typed(resolve_local_ref(zdoc, node))
        for _, schema in walk_schemas(zdoc)
        for node in (schema.get("properties") or {}).values()
    ]

    # Examples: Zoho's per-property ones against Zoho's own types; ours (inline and seed) against ours.
    as_json_schema = _nullable_as_type(copy.deepcopy(zdoc))
    zoho_values = [_valid_values(as_json_schema, pointer, value) for pointer, value in _zoho_schema_examples(zdoc)]
    own: dict[Any, tuple[int, int]] = {}
    for site in iter_example_sites(document):
        if located(site.example_pointer):
            own[bundled.locate(site.example_pointer)] = _valid_values(document, site.schema_pointer, site.value)
    directory = {m.name: m.directory for m in discover_modules(bundled.root)}[module] / "examples"
    seeds = [
        _valid_values(document, seed.schema_pointer(document), seed.value)
        for seed in (load_seed_examples(directory) if directory.is_dir() else [])
    ]
    own_values = [*own.values(), *seeds]

    # Paged lists: our page operations, and whether Zoho's matching operation declares page and per_page.
    page_ops = {op.operation_id for op in ours if op.sdk.result_kind == "page"}
    zoho_lists = [match for match in found.matches if match.ours is not None and match.ours.operation_id in page_ops]
    dropped = sum(1 for match in found.matches if match.ours is None)  # the errata decide: no counterpart
    our_codes = [entry for entry in document.get("x-zoho-error-codes") or [] if entry.get("module") == module]
    return Row(
        module=module,
        zoho_file=zoho.name,
        operations=Score(
            len(zoho_ops) - dropped,
            len(ours),
            kind="coverage",
            zoho_text=f"{len(zoho_ops)} ({dropped} dropped)" if dropped else None,
        ),
        operation_ids=Score(
            (sum(1 for op in zoho_ops if op.node.get("operationId")), len(zoho_ops)),
            (sum(1 for op in ours if op.operation_id), len(ours)),
            kind="share",
        ),
        enum_values=Score(zoho_enums, sum(enums.values())),
        error_responses=Score(
            (_error_statuses(op.node for op in zoho_ops), len(_zoho_error_codes(zdoc))),
            (_error_statuses(model.node(op.pointer) for op in ours), len(our_codes)),
            kind="errors",
        ),
        paged_lists=Score(
            (sum(1 for match in zoho_lists if _is_paged(zdoc, match.zoho.parameters)), len(zoho_lists)),
            (sum(1 for op in ours if op.operation_id in page_ops and op.sdk.pagination is not None), len(page_ops)),
            kind="share",
        ),
        examples_valid=Score(_sum(zoho_values), _sum(own_values), kind="share"),
        properties_typed=Score(
            (sum(zoho_properties), len(zoho_properties)), (sum(properties.values()), len(properties)), kind="share"
        ),
        zoho_properties_missing=len(found.unmatched_properties),
    )


def scorecard(bundled: BundledSpec | None = None, model: ApiModel | None = None) -> list[Row]:
    bundled = bundled or bundle_spec()
    model = model or build_api_model(bundled.document, bundled.locate)
    return [score_module(bundled, model, load_zoho_file(module, name)) for module, name in zoho_files()]


# --- the table -----------------------------------------------------------------------------------


def render(rows: list[Row]) -> str:
    """The Markdown table (between the markers), one row per module."""
    columns = list(rows[0].scores()) if rows else []
    lines = [
        START,
        "| Module (Zoho's file) | " + " | ".join(columns) + " | Zoho properties not here |",
        "|---|" + "---|" * (len(columns) + 1),
    ]
    for row in rows:
        cells = [score.text() for score in row.scores().values()]
        lines.append(
            f"| {row.module} (`{row.zoho_file}`) | " + " | ".join(cells) + f" | {row.zoho_properties_missing} |"
        )
    lines.append(END)
    return "\n".join(lines)


def readme_table(text: str) -> str:
    """The table as the README has it, markers included."""
    start, end = text.index(START), text.index(END) + len(END)
    return text[start:end]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when the README's table is not current")
    args = parser.parse_args(argv)
    table = render(scorecard())
    text = README.read_text(encoding="utf-8")
    current = readme_table(text)
    if args.check:
        if current != table:
            print("README.md: the scorecard is not current; run `make scorecard`", file=sys.stderr)
            return 1
        return 0
    README.write_text(text.replace(current, table), encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
