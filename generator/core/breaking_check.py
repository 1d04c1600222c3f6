"""``python -m generator breaking``: the bundle against a base, each change printed, and the version rule.

The base is the latest release's bundle (``releases/<highest semver>/zoho-billing.json``) unless
``--base`` names a file or a git ref (whose ``generated/openapi/zoho-billing.json`` is read with
``git show``). A breaking change is allowed only when head's ``info.version`` bumps base's major
version, or its minor version while the major is 0 (semver's rule for 0.x: 0.2.0 -> 0.3.0 may break,
0.2.0 -> 0.2.1 may not).

Exit status: 0 when there is no breaking change or the version allows it, 1 for a breaking change
the version does not allow, 2 for input that cannot be read (the message names the file or ref).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

import yaml

from generator.core.spec_diff import Change, diff_specs
from generator.core.toolchain import GIT
from generator.core.tools import ToolError, run_tool
from generator.core.versions import Version, breaking_allowed, parse_version, release_folders

BUNDLE_PATH = Path("generated/openapi/zoho-billing.json")
RELEASES_DIR = Path("releases")
RELEASE_BUNDLE = "zoho-billing.json"


class BreakingInputError(Exception):
    """A base or head that cannot be read; the message names it."""


def latest_release_bundle(releases: Path = RELEASES_DIR) -> Path | None:
    """``releases/<highest semver>/zoho-billing.json``, or None when no release is recorded."""
    folders = release_folders(releases)
    if not folders:
        return None
    folder = folders[-1][1]
    bundle = folder / RELEASE_BUNDLE
    if not bundle.is_file():
        raise BreakingInputError(f"{folder}/ is the latest release but has no {RELEASE_BUNDLE}")
    return bundle


def read_document(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BreakingInputError(f"{path}: cannot be read ({error.strerror})") from error
    return _parse(text, str(path), yaml_allowed=path.suffix in (".yaml", ".yml"))


def read_document_at_ref(ref: str, repo: Path = Path()) -> dict[str, Any]:
    """The bundle as committed at git ``ref``."""
    if ref.startswith("-"):
        raise BreakingInputError(f"{ref}: not a file, and not a git ref")
    try:
        # stderr is part of run_tool's output: no ambiguous-ref warning may precede the JSON.
        text = run_tool(
            GIT, "-c", "core.warnAmbiguousRefs=false", "show", f"{ref}:{BUNDLE_PATH.as_posix()}", cwd=repo.resolve()
        )
    except ToolError as error:
        reason = str(error).strip().splitlines()[-1]
        raise BreakingInputError(
            f"{ref}: not a file, and git cannot read {BUNDLE_PATH} at that ref ({reason})"
        ) from error
    return _parse(text, f"{ref}:{BUNDLE_PATH.as_posix()}", yaml_allowed=False)


def _parse(text: str, name: str, yaml_allowed: bool) -> dict[str, Any]:
    try:
        document = yaml.safe_load(text) if yaml_allowed else json.loads(text)
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        raise BreakingInputError(f"{name}: not valid {'YAML' if yaml_allowed else 'JSON'} ({error})") from error
    if not isinstance(document, dict) or not isinstance(document.get("openapi"), str):
        raise BreakingInputError(f"{name}: not an OpenAPI document (no `openapi` field)")
    return document


def _version(document: dict[str, Any], name: str) -> Version:
    info = document.get("info")
    text = info.get("version") if isinstance(info, dict) else None
    version = parse_version(text) if isinstance(text, str) else None
    if version is None:
        raise BreakingInputError(f"{name}: info.version {text!r} is not a semantic version (MAJOR.MINOR.PATCH)")
    return version


def format_change(change: Change) -> str:
    return f"{'BREAKING' if change.breaking else 'ok':<8}  {change.rule}  {change.pointer}  {change.message}"


def run_breaking(base: str | None, head: Path, out: TextIO, err: TextIO) -> int:
    """The ``breaking`` command; returns its exit status."""
    try:
        if base is None:
            release = latest_release_bundle()
            if release is None:
                print(f"no release recorded under {RELEASES_DIR}/ yet: nothing to compare with", file=out)
                return 0
            base_name, base_document = str(release), read_document(release)
        elif Path(base).is_file():
            base_name, base_document = base, read_document(Path(base))
        else:
            base_name, base_document = f"{base}:{BUNDLE_PATH.as_posix()}", read_document_at_ref(base)
        head_document = read_document(head)
        base_version = _version(base_document, base_name)
        head_version = _version(head_document, str(head))
        try:
            changes = diff_specs(base_document, head_document)
        except KeyError as error:
            raise BreakingInputError(f"{base_name} or {head}: {error.args[0]}") from error
    except BreakingInputError as error:
        print(f"error: {error}", file=err)
        return 2
    for change in changes:
        print(format_change(change), file=out)
    breaking = sum(change.breaking for change in changes)
    base_text = _version_text(base_document)
    head_text = _version_text(head_document)
    print(
        f"{len(changes)} change(s), {breaking} breaking, from {base_text} ({base_name}) to {head_text} ({head})",
        file=out,
    )
    if not breaking:
        return 0
    rule = "the minor version while at 0.x" if base_version.major == 0 else "the major version"
    if breaking_allowed(base_version, head_version):
        print(f"breaking changes allowed: {head_text} bumps {rule} of {base_text}", file=out)
        return 0
    print(f"error: breaking changes need a bump of {rule}: {head_text} does not bump {base_text}", file=err)
    return 1


def _version_text(document: dict[str, Any]) -> str:
    return str(document["info"]["version"])


__all__ = [
    "BreakingInputError",
    "Version",
    "breaking_allowed",
    "format_change",
    "latest_release_bundle",
    "parse_version",
    "read_document",
    "read_document_at_ref",
    "run_breaking",
]
