"""Provenance of the templates forked from the generator tools, and their diff against the installed upstream.

``generator/python_client/templates/`` holds openapi-python-client templates and ``generator/python_models/templates/``
a datamodel-code-generator template, each copied whole from the tool and changed. Next to them, ``UPSTREAM.json``
records the tool, its version and, per fork, the SHA-256 of the upstream file it was copied from, with a line on what
the project changed. ``tests/test_template_forks.py`` checks each record against the upstream file inside the
installed tool (its site-packages): after an upgrade of the tool that changed a forked template, the test fails and
shows the diff from the new upstream file to the fork, i.e. exactly what the project changes, so the fork can be
re-based on the new file. Then record the new hashes:

    .venv/bin/python -m generator.python_common.template_forks --update

``--diff`` prints the diff of every fork against the installed upstream.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import importlib.util
import json
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

GENERATOR_DIR = Path(__file__).resolve().parents[1]
PROVENANCE_NAME = "UPSTREAM.json"
# Each templates folder and the distribution and import package whose templates it forks.
FORK_DIRS = {
    GENERATOR_DIR / "python_client" / "templates": ("openapi-python-client", "openapi_python_client", "templates"),
    GENERATOR_DIR / "python_models" / "templates": (
        "datamodel-code-generator",
        "datamodel_code_generator",
        "model/template",
    ),
}


@dataclass(frozen=True)
class Fork:
    path: Path  # the project's fork
    upstream: Path  # the file inside the installed tool
    name: str  # path relative to the templates folder
    recorded_sha256: str | None  # None: the fork is not recorded
    recorded_version: str
    installed_version: str
    changes: str

    @property
    def upstream_sha256(self) -> str | None:
        return _sha256(self.upstream) if self.upstream.is_file() else None

    @property
    def current(self) -> bool:
        return self.recorded_version == self.installed_version and self.recorded_sha256 == self.upstream_sha256

    def diff(self) -> str:
        """Unified diff from the installed upstream template to the fork: what the project changed."""
        upstream = (
            self.upstream.read_text(encoding="utf-8").splitlines(keepends=True) if self.upstream.is_file() else []
        )
        fork = self.path.read_text(encoding="utf-8").splitlines(keepends=True)
        return "".join(difflib.unified_diff(upstream, fork, f"upstream/{self.name}", f"fork/{self.name}"))


def upstream_templates(distribution: str, package: str, subdir: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"{distribution} is not installed: run `make generate`")
    return Path(spec.origin).parent / subdir


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _template_files(templates_dir: Path) -> list[Path]:
    return sorted(p for p in templates_dir.rglob("*") if p.is_file() and p.name != PROVENANCE_NAME)


def load_forks(templates_dir: Path) -> list[Fork]:
    """Every template file in ``templates_dir`` with its record (``UPSTREAM.json``) and upstream file."""
    distribution, package, subdir = FORK_DIRS[templates_dir]
    provenance_path = templates_dir / PROVENANCE_NAME
    provenance = json.loads(provenance_path.read_text(encoding="utf-8")) if provenance_path.exists() else {}
    if provenance and provenance.get("upstream") != distribution:
        raise ValueError(f"{provenance_path}: /upstream is {provenance.get('upstream')!r}, expected {distribution!r}")
    records = provenance.get("forks", {})
    root = upstream_templates(distribution, package, subdir)
    forks = []
    for path in _template_files(templates_dir):
        name = path.relative_to(templates_dir).as_posix()
        record = records.get(name, {})
        forks.append(
            Fork(
                path=path,
                upstream=root / name,
                name=name,
                recorded_sha256=record.get("upstream_sha256"),
                recorded_version=str(provenance.get("version", "")),
                installed_version=version(distribution),
                changes=str(record.get("changes", "")),
            )
        )
    return forks


def update(templates_dir: Path) -> Path:
    """Record the installed upstream version and hashes for every fork in ``templates_dir`` (after reviewing)."""
    distribution, _, _ = FORK_DIRS[templates_dir]
    forks = load_forks(templates_dir)
    missing = [fork.name for fork in forks if fork.upstream_sha256 is None]
    if missing:
        raise ValueError(f"{templates_dir}: no upstream template for {', '.join(missing)} in {distribution}")
    provenance = {
        "upstream": distribution,
        "version": version(distribution),
        "forks": {
            fork.name: {"upstream_sha256": fork.upstream_sha256, "changes": fork.changes or "TODO: describe"}
            for fork in forks
        },
    }
    path = templates_dir / PROVENANCE_NAME
    path.write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--update", action="store_true", help="record the installed upstream hashes")
    action.add_argument("--diff", action="store_true", help="print each fork's diff against the installed upstream")
    args = parser.parse_args(argv)
    stale = 0
    for templates_dir in FORK_DIRS:
        if args.update:
            print(f"wrote {update(templates_dir).relative_to(GENERATOR_DIR.parent)}")
            continue
        for fork in load_forks(templates_dir):
            if args.diff:
                sys.stdout.write(fork.diff())
            elif not fork.current:
                stale += 1
                print(f"{fork.path.relative_to(GENERATOR_DIR.parent)}: upstream changed or not recorded")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
