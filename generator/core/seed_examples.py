"""The JSON examples of Zoho's doc pages, as the project keeps them.

Each module keeps the examples of its Zoho page in ``openapi/modules/<module>/examples/``, each
verbatim, with their provenance (``index.json``, written by ``tools/extract_seed_examples.py``).
This module parses them (dropping the ``{...}`` placeholders
Zoho uses to elide list elements) and says which schema of the bundled spec each must satisfy.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator.core.bundle_spec import EXAMPLES_DIR, ROOT_SPEC, discover_modules
from generator.core.errors import escape_pointer_token, join_pointer

# An elided array element in the docs, as in `[ {"id": 1}, {...}, {...} ]`.
ELISION = "{...}"
# Stand-in that replaces each elision before parsing: an object whose only key
# contains a NUL character, which no Zoho example can clash with.
_ELISION_KEY = "\u0000seed-elision"
_ELISION_STANDIN = json.dumps({_ELISION_KEY: True})


# --------------------------------------------------------------------------
# Parsing one example (pure; reused by the tests)
# --------------------------------------------------------------------------


class ElisionError(ValueError):
    """A `{...}` placeholder somewhere other than as an array element."""


def _replace_elisions(text: str) -> str:
    """Replace every `{...}` outside JSON strings with a parseable stand-in."""
    out: list[str] = []
    i = 0
    in_string = False
    while i < len(text):
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\":
                out.append(text[i + 1 : i + 2])
                i += 2
                continue
            if ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif text.startswith(ELISION, i):
            out.append(_ELISION_STANDIN)
            i += len(ELISION)
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _is_standin(value: object) -> bool:
    return isinstance(value, dict) and value == {_ELISION_KEY: True}


def _drop_elisions(value: object, pointer: str, found: list[str]) -> object:
    """Remove stand-ins from arrays; record (post-removal) pointers of those arrays."""
    if _is_standin(value):
        raise ElisionError(f"`{ELISION}` is not an array element (at {pointer or '/'})")
    if isinstance(value, dict):
        return {
            key: _drop_elisions(item, f"{pointer}/{escape_pointer_token(key)}", found) for key, item in value.items()
        }
    if isinstance(value, list):
        kept = [item for item in value if not _is_standin(item)]
        if len(kept) != len(value):
            found.append(pointer)
        return [_drop_elisions(item, f"{pointer}/{index}", found) for index, item in enumerate(kept)]
    return value


def load_seed_example_with_elisions(text: str) -> tuple[object, list[str]]:
    """Parse a seed example; return the document and the JSON pointers of the
    arrays from which `{...}` elements were removed (pointers are into the
    returned document, in document order).

    Raises json.JSONDecodeError if the text is not JSON once elisions are
    removed, and ElisionError if a `{...}` is not an array element.
    """
    raw = json.loads(_replace_elisions(text))
    found: list[str] = []
    document = _drop_elisions(raw, "", found)
    return document, found


def load_seed_example(text: str) -> object:
    """Parse a seed example, dropping array elements that are exactly `{...}`."""
    document, _ = load_seed_example_with_elisions(text)
    return document


@dataclass(frozen=True)
class SeedExample:
    """One seed example: its provenance, its parsed value and the schema it must satisfy."""

    file: str
    seed: str
    line_start: int
    line_end: int
    operation_id: str | None
    kind: Literal["object", "request", "response"]
    status: int | None
    schema: str | None
    elisions: tuple[str, ...]
    value: Any

    def schema_pointer(self, document: dict[str, Any]) -> str:
        """Bundle pointer of the schema this example must satisfy."""
        if self.kind == "object":
            return join_pointer("/components/schemas", str(self.schema))
        for path, path_item in document["paths"].items():
            for method, operation in path_item.items():
                if isinstance(operation, dict) and operation.get("operationId") == self.operation_id:
                    at = join_pointer("/paths", path, method)
                    if self.kind == "request":
                        return join_pointer(at, "requestBody", "content", "application/json", "schema")
                    return join_pointer(at, "responses", str(self.status), "content", "application/json", "schema")
        raise LookupError(f"{self.file}: no operation {self.operation_id!r} in the spec")


def seed_example_dirs(root: Path = ROOT_SPEC) -> list[Path]:
    """The examples folder of every module that has one, in module order."""
    return [
        module.directory / EXAMPLES_DIR
        for module in discover_modules(root)
        if (module.directory / EXAMPLES_DIR).is_dir()
    ]


def load_seed_examples(directory: Path | None = None) -> Iterator[SeedExample]:
    """Every seed example listed in ``index.json`` of ``directory`` (default: of every module, in
    module order), in page order."""
    if directory is None:
        for each in seed_example_dirs():
            yield from load_seed_examples(each)
        return
    for entry in json.loads((directory / "index.json").read_text(encoding="utf-8")):
        value = load_seed_example((directory / entry["file"]).read_text(encoding="utf-8"))
        yield SeedExample(
            file=entry["file"],
            seed=entry["seed"],
            line_start=entry["line_start"],
            line_end=entry["line_end"],
            operation_id=entry["operation_id"],
            kind=entry["kind"],
            status=entry["status"],
            schema=entry["schema"],
            elisions=tuple(entry["elisions"]),
            value=value,
        )
