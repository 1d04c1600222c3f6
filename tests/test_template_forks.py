"""The templates forked from openapi-python-client and datamodel-code-generator record what they were copied from.

Each fork's recorded upstream version and SHA-256 (``UPSTREAM.json`` beside the templates) must match the template
inside the installed tool. An upgrade of a tool that changes a forked template fails here, showing the diff from the
new upstream file to the fork: exactly what the project changes, to carry over before recording the new hashes with
``python -m generator.python_common.template_forks --update``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.python_common.template_forks import FORK_DIRS, PROVENANCE_NAME, Fork, load_forks

FORKS = [fork for templates_dir in FORK_DIRS for fork in load_forks(templates_dir)]


def test_every_template_folder_forks_at_least_one_recorded_template() -> None:
    for templates_dir, (distribution, _, _) in FORK_DIRS.items():
        provenance = json.loads((templates_dir / PROVENANCE_NAME).read_text(encoding="utf-8"))
        assert provenance["upstream"] == distribution
        # No record without a fork (a fork deleted but still listed).
        assert set(provenance["forks"]) == {fork.name for fork in load_forks(templates_dir)}, templates_dir


@pytest.mark.parametrize("fork", FORKS, ids=[fork.name for fork in FORKS])
def test_fork_records_the_installed_upstream_template(fork: Fork) -> None:
    assert fork.upstream.is_file(), f"{fork.name}: the installed tool has no such template (renamed upstream?)"
    assert fork.recorded_sha256 is not None, f"{fork.path}: not recorded in {PROVENANCE_NAME}"
    assert fork.changes, f"{fork.name}: {PROVENANCE_NAME} does not say what the fork changes"
    if not fork.current:
        pytest.fail(
            f"{fork.path} was copied from {fork.recorded_version} (sha256 {fork.recorded_sha256}); the installed "
            f"{fork.installed_version} template is {fork.upstream_sha256}. Carry the project's changes over to the new "
            f"upstream file, then run `python -m generator.python_common.template_forks --update`. What the project "
            f"changes, against the installed upstream file:\n{fork.diff()}",
            pytrace=False,
        )
    # The fork does change something (else it should not be forked) and is told apart from the upstream file.
    assert fork.diff(), f"{fork.name} is identical to upstream: delete the fork"


def test_a_changed_upstream_template_fails_and_shows_the_diff(tmp_path: Path) -> None:
    fork = FORKS[0]
    upstream = tmp_path / "upstream.jinja"
    upstream.write_text(fork.upstream.read_text(encoding="utf-8") + "{# a change upstream #}\n", encoding="utf-8")
    moved = Fork(
        path=fork.path,
        upstream=upstream,
        name=fork.name,
        recorded_sha256=fork.recorded_sha256,
        recorded_version=fork.recorded_version,
        installed_version=fork.installed_version,
        changes=fork.changes,
    )
    assert not moved.current
    assert "-{# a change upstream #}" in moved.diff()
