"""Semantic versions (semver.org 2.0.0) of the spec and its releases: the one pattern, their order, the
rule for when a breaking change is allowed, and the release folders named by them.

``info.version`` is checked against :data:`SEMVER` (``spec_checks``), the changelog's headings and the
release recorder use it, and ``make breaking`` applies :func:`breaking_allowed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# semver.org's own pattern: groups major, minor, patch, prerelease, build.
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: str | None

    def sort_key(self) -> tuple[int, int, int, int, str]:
        # A prerelease sorts before its release (1.0.0-rc.1 < 1.0.0).
        return (self.major, self.minor, self.patch, 0 if self.prerelease else 1, self.prerelease or "")


def parse_version(text: str) -> Version | None:
    match = SEMVER.match(text)
    if not match:
        return None
    return Version(int(match[1]), int(match[2]), int(match[3]), match[4])


def breaking_allowed(base: Version, head: Version) -> bool:
    """Whether going from ``base`` to ``head`` may break: a new major, or a new minor while at 0.x."""
    if base.major == 0:
        return (head.major, head.minor) > (base.major, base.minor)
    return head.major > base.major


def release_folders(root: Path) -> list[tuple[Version, Path]]:
    """The folders under ``root`` named by a version (``releases/0.2.0/``), oldest first."""
    found = []
    for folder in root.iterdir() if root.is_dir() else []:
        version = parse_version(folder.name)
        if folder.is_dir() and version is not None:
            found.append((version, folder))
    return sorted(found, key=lambda pair: pair[0].sort_key())
