"""The docs' changelog page: every recorded release (``releases/<version>/``), newest first, with its
changes in the sections and order of ``CHANGELOG.md`` (both come from :mod:`generator.core.changelog`).

The releases are the spec's history, the one input of the reference besides the API model; the
generator reads them from the repository's ``releases/`` folder beside ``openapi/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.core.changelog import change_sentence, changelog_sections
from generator.core.release import release_changes, releases


@dataclass(frozen=True)
class ChangeLine:
    text: str  # Markdown (inline): the change's message as a sentence
    breaking: bool
    operation: str | None  # operationId, linked when the current reference still has it


@dataclass(frozen=True)
class ReleaseNotes:
    version: str
    date: str
    previous: str | None
    breaking: int
    sections: tuple[tuple[str, tuple[ChangeLine, ...]], ...]


def releases_dir(spec: Path) -> Path:
    """The ``releases/`` folder of the repository whose root spec is ``spec`` (``openapi/zoho-billing.yaml``)."""
    return spec.resolve().parent.parent / "releases"


def read_history(releases_dir: Path) -> list[ReleaseNotes]:
    """The releases under ``releases_dir``, newest first; none when the folder does not exist."""
    notes = []
    for release in reversed(releases(releases_dir)):
        changes = release_changes(release)
        sections = tuple(
            (title, tuple(ChangeLine(change_sentence(c), c.breaking, c.operation) for c in in_section))
            for title, in_section in changelog_sections(changes)
        )
        notes.append(
            ReleaseNotes(release.version, release.date, release.previous, sum(c.breaking for c in changes), sections)
        )
    return notes
