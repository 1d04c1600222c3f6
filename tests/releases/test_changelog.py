"""The changelog entry and the stored change list of a release."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.core.changelog import changes_from_json, changes_to_json, render_changelog_entry
from generator.core.spec_diff import Change, diff_specs

CORPUS = Path(__file__).parent / "corpus"


def _diff(*cases: str) -> list[Change]:
    changes: list[Change] = []
    for case in cases:
        folder = CORPUS / case
        changes += diff_specs(
            yaml.safe_load((folder / "base.yaml").read_text()), yaml.safe_load((folder / "head.yaml").read_text())
        )
    return changes


def test_an_entry_has_the_keep_a_changelog_sections_with_breaking_changes_first() -> None:
    changes = _diff(
        "operation-added/operation",
        "request-field-removed/field",
        "response-status-removed/error",
        "field-deprecated/field",
        "type-changed/request-widened",
        "request-field-became-required/field",
    )
    assert render_changelog_entry("0.3.0", "2026-12-04", changes) == (
        "## [0.3.0] - 2026-12-04\n"
        "\n"
        "2 breaking changes, marked **Breaking** below.\n"
        "\n"
        "### Added\n"
        "\n"
        "- Operation `list_customers` (GET /customers) added.\n"
        "\n"
        "### Changed\n"
        "\n"
        "- **Breaking:** Request field `CustomerInput.email` is now required in `create_customer` (POST /customers).\n"
        "- Type of `CustomerInput.email`: string -> [string, null] in `create_customer` (POST /customers).\n"
        "\n"
        "### Deprecated\n"
        "\n"
        "- Field `Customer.tier` deprecated (sunset 2027-06-30) in `create_customer` (POST /customers)"
        " and 2 other operations.\n"
        "\n"
        "### Removed\n"
        "\n"
        "- **Breaking:** Request field `CustomerInput.email` removed in `create_customer` (POST /customers).\n"
        "- Response status 400 removed in `create_customer` (POST /customers).\n"
    )


def test_an_entry_without_changes_says_so_and_has_no_sections() -> None:
    entry = render_changelog_entry("0.2.1", "2026-12-05", [])
    assert entry == "## [0.2.1] - 2026-12-05\n\nNo change to the API description.\n"


@pytest.mark.parametrize(
    ("version", "date"), [("v0.3.0", "2026-12-04"), ("0.3", "2026-12-04"), ("0.3.0", "04.12.2026")]
)
def test_an_entry_needs_a_semantic_version_and_an_iso_date(version: str, date: str) -> None:
    with pytest.raises(ValueError, match="is not a"):
        render_changelog_entry(version, date, [])


def test_the_change_list_round_trips_through_json() -> None:
    changes = _diff(
        "request-field-removed/shared-schema-both-sides", "operation-deprecated/operation", "webhook-added/event"
    )
    text = changes_to_json(changes)
    assert text.endswith("]\n")
    assert changes_from_json(text) == changes
    first = json.loads(text)[0]
    assert sorted(first) == [
        "breaking",
        "category",
        "endpoint",
        "message",
        "operation",
        "operations",
        "pointer",
        "rule",
    ]


def _record(**overrides: object) -> str:
    record = {"rule": "x", "pointer": "/a", "breaking": True, "category": "added", "operation": None, "message": "m"}
    return json.dumps([{**record, **overrides}])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("{}", "expected a JSON array"),
        ('[{"rule": "x"}]', "change 0: expected the fields"),
        (_record(breaking="yes"), "breaking a boolean"),
        (_record(category="fixed"), "category 'fixed' is not one of"),
        (_record(operations="create_customer"), "operations is a list of operationIds"),
    ],
)
def test_a_change_list_that_does_not_fit_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        changes_from_json(text)
