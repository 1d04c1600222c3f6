#!/usr/bin/env python3
"""Copy the JSON examples out of the two Zoho Billing doc pages (seeds).

One-off provenance tool. It reads the plain-text copies of the Zoho
"Customers" and "Items" API pages, finds the 22 JSON examples in them, and
writes each one verbatim to openapi/modules/<module>/examples/NN-<slug>.txt
(customers for the Customers page, items for the Items page), plus an index.json
there describing where each example came from.

The project never reads the seeds at build or test time; only this script
does, so that anyone can redo the copy (then `git diff` shows any change).
The parser it uses, with the elision handling, is generator/core/seed_examples.py.

    python3 tools/extract_seed_examples.py [SHARED_DIR]

SHARED_DIR defaults to ../shared relative to the repository root; the seed
files are expected in SHARED_DIR/seeds/.

Stdlib only, Python 3.11+.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere: the parser lives in generator/

from generator.core.seed_examples import ElisionError, load_seed_example_with_elisions  # noqa: E402

MODULES_DIR = REPO_ROOT / "openapi" / "modules"
DEFAULT_SHARED_DIR = REPO_ROOT.parent / "shared"

Kind = Literal["object", "request", "response"]

# --------------------------------------------------------------------------
# What we expect to find in the seeds, in page order
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    heading: str  # last section heading line before the example
    kind: Kind
    operation_id: str | None = None
    schema: str | None = None  # only for kind == "object"

    @property
    def slug(self) -> str:
        if self.kind == "object":
            assert self.schema is not None
            return f"{self.schema.lower()}-object"
        assert self.operation_id is not None
        return f"{self.operation_id.replace('_', '-')}-{self.kind}"

    @property
    def status(self) -> int | None:
        if self.kind != "response":
            return None
        return 201 if self.operation_id in ("create_customer", "create_item") else 200


@dataclass(frozen=True)
class Seed:
    file_name: str
    page: str
    # A line that opens an example. Group "glue" is text the HTML-to-text
    # conversion glued in front of the brace (the prose's closing period);
    # it is not part of the example and is not copied.
    start: re.Pattern[str]
    headings: tuple[str, ...]
    expected: tuple[Expected, ...]


CUSTOMERS = Seed(
    file_name="000_f0f06af855d463b1.txt",
    page="Customers",
    start=re.compile(r"^(?P<glue>\.?)\{$"),
    headings=(
        "Attribute",
        "Create a customer",
        "List all customers",
        "Update a customer",
        "Retrieve a customer",
        "Delete a customer",
        "Retrieve a customer Using CRM Reference",
        "List of transactions",
        "Mark as active",
        "Mark as inactive",
    ),
    expected=(
        Expected("Attribute", "object", schema="Customer"),
        Expected("Create a customer", "request", "create_customer"),
        Expected("Create a customer", "response", "create_customer"),
        Expected("List all customers", "response", "list_customers"),
        Expected("Update a customer", "request", "update_customer"),
        Expected("Update a customer", "response", "update_customer"),
        Expected("Retrieve a customer", "response", "retrieve_customer"),
        Expected("Delete a customer", "response", "delete_customer"),
        Expected(
            "Retrieve a customer Using CRM Reference",
            "response",
            "retrieve_customer_by_reference",
        ),
        Expected("List of transactions", "response", "list_transactions"),
        Expected("Mark as active", "response", "mark_customer_active"),
        Expected("Mark as inactive", "response", "mark_customer_inactive"),
    ),
)

ITEMS = Seed(
    file_name="003_12ac3860630b4005.txt",
    page="Items",
    start=re.compile(r'^(?P<glue>)\{ "'),
    headings=(
        "Attribute",
        "Create an Item",
        "List items",
        "Update an item",
        "Retrieve an item",
        "Delete an item",
        "Mark as active",
        "Mark as inactive",
    ),
    expected=(
        Expected("Attribute", "object", schema="Item"),
        Expected("Create an Item", "request", "create_item"),
        Expected("Create an Item", "response", "create_item"),
        Expected("List items", "response", "list_items"),
        Expected("Update an item", "request", "update_item"),
        Expected("Update an item", "response", "update_item"),
        Expected("Retrieve an item", "response", "retrieve_item"),
        Expected("Delete an item", "response", "delete_item"),
        Expected("Mark as active", "response", "mark_item_active"),
        Expected("Mark as inactive", "response", "mark_item_inactive"),
    ),
)

SEEDS = (CUSTOMERS, ITEMS)
EXPECTED_TOTAL = 22


# --------------------------------------------------------------------------
# Finding examples in a seed
# --------------------------------------------------------------------------


class SeedError(Exception):
    """Something in a seed is not as expected; the message names file:line."""


@dataclass(frozen=True)
class Found:
    line_start: int  # 1-based, inclusive
    line_end: int  # 1-based, inclusive
    text: str  # verbatim, one trailing newline


def _scan(line: str, depth: int, in_string: bool) -> tuple[int, bool, int | None]:
    """Follow brackets (outside JSON strings) across one line.

    Returns the depth and string state at the end of the line, and the index
    just past the bracket where the depth first drops to zero (None if it
    does not on this line).
    """
    closed_at: int | None = None
    escaped = False
    for i, ch in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0 and closed_at is None:
                closed_at = i + 1
    return depth, in_string, closed_at


def _read_lines(path: Path) -> list[str]:
    """The file's lines, byte-exact, without their "\\n" terminators."""
    lines = path.read_bytes().decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the file ended with a newline
    return lines


def find_examples(seed: Seed, path: Path) -> list[Found]:
    """Every example in the seed, in page order, with 1-based line numbers."""
    lines = _read_lines(path)
    found: list[Found] = []
    n = 0
    while n < len(lines):
        match = seed.start.match(lines[n])
        if match is None:
            n += 1
            continue
        start = n
        chunk = [lines[n][match.end("glue") :]]
        depth, in_string, closed_at = _scan(chunk[0], 0, False)
        while closed_at is None:
            n += 1
            if n >= len(lines):
                raise SeedError(f"{path.name}:{start + 1}: example never closes")
            chunk.append(lines[n])
            depth, in_string, closed_at = _scan(lines[n], depth, in_string)
        if closed_at != len(chunk[-1].rstrip()):
            raise SeedError(f"{path.name}:{n + 1}: text follows the end of the example")
        found.append(Found(start + 1, n + 1, "\n".join(chunk) + "\n"))
        n += 1
    return found


def _heading_before(seed: Seed, lines: list[str], line_no: int) -> str | None:
    for line in reversed(lines[: line_no - 1]):
        if line in seed.headings:
            return line
    return None


def check_example(seed: Seed, found: Found, expected: Expected, lines: list[str]) -> list[str]:
    """Parse and sanity-check one example; return its elision pointers."""
    where = f"{seed.file_name}:{found.line_start}"
    try:
        document, elisions = load_seed_example_with_elisions(found.text)
    except json.JSONDecodeError as error:
        line = found.line_start + error.lineno - 1
        raise SeedError(f"{seed.file_name}:{line}: not valid JSON: {error.msg}") from error
    except ElisionError as error:
        raise SeedError(f"{where}: {error}") from error

    heading = _heading_before(seed, lines, found.line_start)
    if heading != expected.heading:
        raise SeedError(
            f"{where}: expected {expected.slug!r} under heading {expected.heading!r}, found it under {heading!r}"
        )
    if not isinstance(document, dict):
        raise SeedError(f"{where}: example is not a JSON object")
    is_envelope = document.get("code") == 0 and "message" in document
    if is_envelope != (expected.kind == "response"):
        raise SeedError(
            f"{where}: expected a {expected.kind} but the code/message envelope "
            f"is {'present' if is_envelope else 'absent'}"
        )
    return elisions


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def build_index(shared_dir: Path) -> list[tuple[str, str, dict[str, object]]]:
    """Return (file name, verbatim text, index entry) for every example."""
    results: list[tuple[str, str, dict[str, object]]] = []
    all_found: list[tuple[Seed, Path, list[Found]]] = []
    for seed in SEEDS:
        path = shared_dir / "seeds" / seed.file_name
        if not path.is_file():
            raise SeedError(f"{path}: seed file not found")
        all_found.append((seed, path, find_examples(seed, path)))

    total = sum(len(found) for _, _, found in all_found)
    for seed, path, found in all_found:
        if len(found) != len(seed.expected) or total != EXPECTED_TOTAL:
            starts = ", ".join(str(f.line_start) for f in found)
            raise SeedError(
                f"{path.name}: found {len(found)} examples (expected "
                f"{len(seed.expected)}; {total} in all, expected {EXPECTED_TOTAL}) "
                f"starting at lines: {starts}"
            )

    number = 0
    for seed, path, found in all_found:
        lines = _read_lines(path)
        for example, expected in zip(found, seed.expected, strict=True):
            number += 1
            elisions = check_example(seed, example, expected, lines)
            file_name = f"{number:02d}-{expected.slug}.txt"
            entry: dict[str, object] = {
                "file": file_name,
                "seed": seed.file_name,
                "seed_page": seed.page,
                "line_start": example.line_start,
                "line_end": example.line_end,
                "operation_id": expected.operation_id,
                "kind": expected.kind,
                "status": expected.status,
                "schema": expected.schema,
                "elisions": elisions,
                "sha256": hashlib.sha256(example.text.encode("utf-8")).hexdigest(),
            }
            results.append((file_name, example.text, entry))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "shared_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_SHARED_DIR,
        help="directory holding seeds/ (default: ../shared from the repo root)",
    )
    args = parser.parse_args(argv)
    try:
        results = build_index(args.shared_dir)
    except SeedError as error:
        print(f"extract_seed_examples: error: {error}", file=sys.stderr)
        return 1

    for page in dict.fromkeys(str(entry["seed_page"]) for _, _, entry in results):
        out_dir = MODULES_DIR / page.lower() / "examples"  # the Customers page -> modules/customers
        out_dir.mkdir(parents=True, exist_ok=True)
        mine = sorted((r for r in results if r[2]["seed_page"] == page), key=lambda r: r[0])
        for file_name, text, _ in mine:
            (out_dir / file_name).write_bytes(text.encode("utf-8"))
        index = [entry for _, _, entry in mine]
        (out_dir / "index.json").write_text(json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {len(results)} examples and their index.json to {MODULES_DIR.relative_to(REPO_ROOT)}/<module>/examples"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
