"""Releases: the recorded ones are consistent (bundle, changes, changelog), and
``python -m generator release`` records a new one only when the version allows it."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest

from generator.core.breaking_check import RELEASE_BUNDLE, parse_version
from generator.core.changelog import changes_from_json, changes_to_json
from generator.core.release import CHANGES, ReleaseError, _empty_like, record_release, releases, render_changelog
from generator.core.spec_diff import diff_specs

REPO_ROOT = Path(__file__).resolve().parents[2]
RELEASES = REPO_ROOT / "releases"
BUNDLE = REPO_ROOT / "generated" / "openapi" / "zoho-billing.json"


def _bundle() -> dict[str, Any]:
    return json.loads(BUNDLE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# --- the releases recorded in the repository ---------------------------------------------------
def test_at_least_one_release_is_recorded() -> None:
    assert releases(RELEASES), "releases/ records no release: run `python -m generator release`"


def test_changelog_is_written_from_the_releases() -> None:
    assert (REPO_ROOT / "CHANGELOG.md").read_text(encoding="utf-8") == render_changelog(RELEASES), (
        "CHANGELOG.md does not match releases/: run `python -m generator release` (never edit it by hand)"
    )


@pytest.mark.parametrize("release", releases(RELEASES), ids=lambda r: r.version)
def test_each_release_holds_its_bundle_and_the_changes_from_the_previous(release: Any) -> None:
    bundle = json.loads((release.folder / RELEASE_BUNDLE).read_text(encoding="utf-8"))
    assert bundle["info"]["version"] == release.version
    known = [r.version for r in releases(RELEASES)]
    index = known.index(release.version)
    assert release.previous == (known[index - 1] if index else None)
    if release.previous is None:
        base = _empty_like(bundle)
    else:
        base = json.loads((RELEASES / release.previous / RELEASE_BUNDLE).read_text(encoding="utf-8"))
    stored = changes_from_json((release.folder / CHANGES).read_text(encoding="utf-8"))
    # The differ of today agrees with what was recorded (a rule change shows here).
    assert changes_to_json(diff_specs(base, bundle)) == changes_to_json(stored)


def test_the_spec_version_is_not_below_the_latest_release() -> None:
    latest = releases(RELEASES)[-1]
    head, recorded = parse_version(_bundle()["info"]["version"]), parse_version(latest.version)
    assert head is not None and recorded is not None
    assert head.sort_key() >= recorded.sort_key()


# --- recording a release -----------------------------------------------------------------------
def _with_version(document: dict[str, Any], version: str) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["info"]["version"] = version
    return changed


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return path


def _record(tmp_path: Path, document: dict[str, Any], date: str = "2026-12-04") -> str:
    out = io.StringIO()
    record_release(
        _write(tmp_path / "bundle.json", document), tmp_path / "releases", tmp_path / "CHANGELOG.md", date, out
    )
    return out.getvalue()


def test_a_release_sequence(tmp_path: Path) -> None:
    first = _with_version(_bundle(), "0.2.0")
    assert "recorded 0.2.0 (2026-12-04)" in _record(tmp_path, first)
    assert (tmp_path / "releases" / "0.2.0" / RELEASE_BUNDLE).read_bytes() == (tmp_path / "bundle.json").read_bytes()
    # The same bundle again: nothing changes.
    before = {p: p.read_bytes() for p in (tmp_path / "releases").rglob("*") if p.is_file()}
    assert "already released" in _record(tmp_path, first)
    assert {p: p.read_bytes() for p in (tmp_path / "releases").rglob("*") if p.is_file()} == before

    # A patch release that only adds: a new optional query parameter.
    patch = _with_version(first, "0.2.1")
    patch["paths"]["/items"]["get"]["parameters"].append(
        {"name": "usage_unit", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    assert "0 breaking" in _record(tmp_path, patch, "2026-12-05")

    # A patch release that removes an operation is refused; the same as a minor release is recorded.
    removal = _with_version(patch, "0.2.2")
    del removal["paths"]["/items/{item_id}"]["delete"]
    with pytest.raises(ReleaseError, match=r"breaking change\(s\) since 0\.2\.1, which 0\.2\.2 does not allow"):
        _record(tmp_path, removal)
    assert not (tmp_path / "releases" / "0.2.2").exists()
    assert "1 breaking" in _record(tmp_path, _with_version(removal, "0.3.0"), "2026-12-06")

    changelog = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = [line for line in changelog.splitlines() if line.startswith("## ")]
    assert headings == ["## [0.3.0] - 2026-12-06", "## [0.2.1] - 2026-12-05", "## [0.2.0] - 2026-12-04"]
    entry = changelog.split("## [0.3.0]")[1].split("## [0.2.1]")[0]
    assert "**Breaking:**" in entry and "delete_item" in entry and "DELETE /items/{item_id}" in entry
    assert "usage_unit" in changelog.split("## [0.2.1]")[1].split("## [0.2.0]")[0]
    assert changelog == render_changelog(tmp_path / "releases")


def test_a_version_must_rise_and_a_released_one_cannot_change(tmp_path: Path) -> None:
    first = _with_version(_bundle(), "0.3.0")
    _record(tmp_path, first)
    with pytest.raises(ReleaseError, match=r"0\.2\.9 is not above the latest release 0\.3\.0"):
        _record(tmp_path, _with_version(first, "0.2.9"))
    changed = copy.deepcopy(first)
    changed["info"]["description"] += "\nOne more line."
    with pytest.raises(ReleaseError, match=r"already records 0\.3\.0 with another bundle: bump info\.version"):
        _record(tmp_path, changed)


def test_a_bundle_without_a_semantic_version_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match=r"bundle\.json#/info/version: '2' is not a semantic version"):
        _record(tmp_path, _with_version(_bundle(), "2"))
