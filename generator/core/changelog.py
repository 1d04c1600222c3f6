"""A release's changelog entry, and its change list as JSON, from the differ's changes.

``render_changelog_entry`` writes one entry of ``CHANGELOG.md`` in the Keep a Changelog layout
(https://keepachangelog.com/en/1.1.0/): a ``## [version] - date`` heading, then the sections
Added, Changed, Deprecated and Removed, those with no change left out. Every line is a change's
message, which names the operation (operationId and ``METHOD /path``) and the field; breaking
changes come first in their section and are marked **Breaking**.

``changes_to_json`` / ``changes_from_json`` store the list a release was made from
(``releases/<version>/changes.json``), so that its entry can be written again without the base
bundle. The stored ``breaking`` is the classification at release time, kept even if a rule changes
later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, fields
from typing import Any

from generator.core.spec_diff import CATEGORIES, Change
from generator.core.versions import SEMVER

_SECTIONS = {"added": "Added", "changed": "Changed", "deprecated": "Deprecated", "removed": "Removed"}
_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def render_changelog_entry(version: str, date: str, changes: Sequence[Change]) -> str:
    """The Markdown of one release's entry, ending in a newline."""
    if not SEMVER.match(version):
        raise ValueError(f"{version!r} is not a semantic version")
    if not _DATE.match(date):
        raise ValueError(f"{date!r} is not a date as YYYY-MM-DD")
    lines = [f"## [{version}] - {date}", ""]
    breaking = sum(change.breaking for change in changes)
    if not changes:
        lines += ["No change to the API description.", ""]
    elif breaking:
        lines += [f"{breaking} breaking change{'s' if breaking > 1 else ''}, marked **Breaking** below.", ""]
    for title, in_section in changelog_sections(changes):
        lines += [f"### {title}", ""]
        for change in in_section:
            lines.append(f"- {'**Breaking:** ' if change.breaking else ''}{change_sentence(change)}")
        lines.append("")
    return "\n".join(lines)


def changelog_sections(changes: Sequence[Change]) -> list[tuple[str, list[Change]]]:
    """The entry's sections in order (Added, Changed, Deprecated, Removed; empty ones left out), each
    with its changes, breaking ones first (the order of CHANGELOG.md and of the docs' changelog page)."""
    result = []
    for category in CATEGORIES:
        in_section = [change for change in changes if change.category == category]
        if in_section:
            ordered = sorted(in_section, key=lambda c: (not c.breaking, c.operation or "", c.pointer, c.rule))
            result.append((_SECTIONS[category], ordered))
    return result


def change_sentence(change: Change) -> str:
    """The change's message as a sentence: capitalised, ending with a full stop."""
    message = change.message
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def changes_to_json(changes: Sequence[Change]) -> str:
    """The changes as a JSON array (stable key order, one trailing newline)."""
    records = []
    for change in changes:
        record = asdict(change)
        record["operations"] = list(change.operations)
        records.append(record)
    return json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def changes_from_json(text: str) -> list[Change]:
    """The changes :func:`changes_to_json` wrote; a ValueError naming the entry that does not fit."""
    try:
        records = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error})") from error
    if not isinstance(records, list):
        raise ValueError("expected a JSON array of changes")
    return [_change(index, record) for index, record in enumerate(records)]


def _change(index: int, record: Any) -> Change:
    names = {f.name for f in fields(Change)}
    required = {"rule", "pointer", "breaking", "category", "operation", "message"}
    if not isinstance(record, dict) or not required <= set(record) or not set(record) <= names:
        raise ValueError(f"change {index}: expected the fields {sorted(names)}")
    strings = ("rule", "pointer", "message")
    if not all(isinstance(record[key], str) for key in strings) or not isinstance(record["breaking"], bool):
        raise ValueError(f"change {index}: rule, pointer and message are strings, breaking a boolean")
    if record["category"] not in CATEGORIES:
        raise ValueError(f"change {index}: category {record['category']!r} is not one of {list(CATEGORIES)}")
    for key in ("operation", "endpoint"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"change {index}: {key} is a string or null")
    operations = record.get("operations", [])
    if not isinstance(operations, list) or not all(isinstance(item, str) for item in operations):
        raise ValueError(f"change {index}: operations is a list of operationIds")
    return Change(
        rule=record["rule"],
        pointer=record["pointer"],
        breaking=record["breaking"],
        category=record["category"],
        operation=record["operation"],
        message=record["message"],
        endpoint=record.get("endpoint"),
        operations=tuple(operations),
    )


__all__ = ["change_sentence", "changelog_sections", "changes_from_json", "changes_to_json", "render_changelog_entry"]
