"""``python -m generator release``: record the current bundle as a release, and its changelog entry.

A release of version V (the spec's ``info.version``) is the folder ``releases/V/``:

- ``zoho-billing.json``: the bundle, byte for byte, so that any clone (tags or not) can diff against it
  (``make breaking`` compares with the latest one);
- ``changes.json``: the differ's changes from the previous release (from nothing, for the first), as
  :func:`generator.core.changelog.changes_to_json` writes them;
- ``release.json``: the version, the date and the previous release's version.

``CHANGELOG.md`` is then written anew from every release folder, newest first; a test checks that it
matches them. The command refuses a version that is not above the latest release, a version already
released with another bundle, and a breaking change the version does not allow (the rule of ``make
breaking``). Run again with the same bundle, it changes nothing.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from generator.core.breaking_check import RELEASE_BUNDLE, BreakingInputError, format_change, read_document
from generator.core.changelog import changes_from_json, changes_to_json, render_changelog_entry
from generator.core.spec_diff import Change, diff_specs
from generator.core.versions import Version, breaking_allowed, parse_version, release_folders

CHANGELOG = Path("CHANGELOG.md")
CHANGES = "changes.json"
RELEASE_FACTS = "release.json"
CHANGELOG_HEADER = """# Changelog

Every release of the Zoho Billing OpenAPI description, newest first. A release's version is the
spec's `info.version` and the version of every package made from it (client, models, local server,
TypeScript types); its bundle is kept in `releases/<version>/`. Below 1.0.0 a minor release may
break, a patch release never does. The entries are written by `python -m generator release` from the
differences between two releases' bundles (`generator/core/spec_diff.py`); do not edit them by hand.
"""


class ReleaseError(Exception):
    """The release cannot be recorded; the message says why and names the file."""


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    previous: str | None
    folder: Path


def releases(root: Path) -> list[Release]:
    """Every release folder under ``root``, oldest first (by semantic version)."""
    found = []
    for _, folder in release_folders(root):
        facts = _read_facts(folder / RELEASE_FACTS)
        if facts.get("version") != folder.name:
            raise ReleaseError(f"{folder / RELEASE_FACTS}: version {facts.get('version')!r} is not the folder's name")
        found.append(Release(folder.name, str(facts["date"]), facts.get("previous"), folder))
    return found


def render_changelog(root: Path) -> str:
    """``CHANGELOG.md`` for the release folders under ``root``."""
    parts = [CHANGELOG_HEADER]
    for release in reversed(releases(root)):
        parts.append(render_changelog_entry(release.version, release.date, release_changes(release)))
    return "\n".join(parts)


def release_changes(release: Release) -> list[Change]:
    """The changes a release stored (``changes.json``): what it changed since the previous one."""
    path = release.folder / CHANGES
    try:
        return changes_from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReleaseError(f"{path}: {error}") from error


def record_release(bundle: Path, root: Path, changelog: Path, date: str, out: TextIO) -> Release:
    """Record ``bundle`` as the release of its ``info.version`` under ``root``; rewrite ``changelog``."""
    try:
        head = read_document(bundle)
    except BreakingInputError as error:
        raise ReleaseError(str(error)) from error
    text = str((head.get("info") or {}).get("version"))
    version = parse_version(text)
    if version is None:
        raise ReleaseError(f"{bundle}#/info/version: {text!r} is not a semantic version")
    known = releases(root)
    folder = root / text
    if folder.exists():
        same = (folder / RELEASE_BUNDLE).is_file() and (folder / RELEASE_BUNDLE).read_bytes() == bundle.read_bytes()
        if not same:
            raise ReleaseError(
                f"{folder}/ already records {text} with another bundle: bump info.version in openapi/zoho-billing.yaml"
            )
        print(f"{text} is already released with this bundle ({folder}/): nothing to do", file=out)
        _write_if_changed(changelog, render_changelog(root))
        return next(release for release in known if release.version == text)
    previous = known[-1] if known else None
    if previous is not None and _version(previous).sort_key() >= version.sort_key():
        raise ReleaseError(
            f"{bundle}#/info/version: {text} is not above the latest release {previous.version} ({previous.folder}/)"
        )
    base = read_document(previous.folder / RELEASE_BUNDLE) if previous else _empty_like(head)
    changes = diff_specs(base, head)
    breaking = [change for change in changes if change.breaking]
    if previous is not None and breaking and not breaking_allowed(_version(previous), version):
        listed = "\n".join(format_change(change) for change in breaking)
        raise ReleaseError(
            f"{len(breaking)} breaking change(s) since {previous.version}, which {text} does not allow "
            f"(bump the minor version while at 0.x, else the major):\n{listed}"
        )
    folder.mkdir(parents=True)
    (folder / RELEASE_BUNDLE).write_bytes(bundle.read_bytes())
    (folder / CHANGES).write_text(changes_to_json(changes), encoding="utf-8")
    facts = {"version": text, "date": date, "previous": previous.version if previous else None}
    (folder / RELEASE_FACTS).write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")
    _write_if_changed(changelog, render_changelog(root))
    print(
        f"recorded {text} ({date}) in {folder}/: {len(changes)} change(s) since "
        f"{previous.version if previous else 'nothing'}, {len(breaking)} breaking; {changelog} rewritten",
        file=out,
    )
    return Release(text, date, facts["previous"], folder)


def today() -> str:
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def _version(release: Release) -> Version:
    version = parse_version(release.version)
    assert version is not None  # releases() only lists folders named by a version
    return version


def _empty_like(head: dict[str, Any]) -> dict[str, Any]:
    """What the first release is compared with: the same OpenAPI version and info, nothing described."""
    return {"openapi": head.get("openapi", "3.1.0"), "info": dict(head.get("info") or {}), "paths": {}}


def _read_facts(path: Path) -> dict[str, Any]:
    try:
        facts = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReleaseError(f"{path}: cannot be read ({error})") from error
    if not isinstance(facts, dict) or not isinstance(facts.get("date"), str):
        raise ReleaseError(f"{path}: expected an object with version, date and previous")
    return facts


def _write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
