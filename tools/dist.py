"""``make dist``: every artifact of one version of the spec, built reproducibly into ``dist/``.

- ``zoho_billing_client-<v>`` and ``zoho_billing_models-<v>`` (from ``generated/python/``) and
  ``zoho_billing_mock-<v>`` (from ``mock/``): a wheel and an sdist each, by ``python -m build`` without
  build isolation (hatchling comes from the pinned dev requirements, so nothing is downloaded). The
  wheel is built from the sdist, as pip would build it, which proves the sdist is complete.
- ``zoho-billing-types-<v>.tgz``: the npm package of the TypeScript types, by ``npm pack``.
- ``zoho-billing-openapi-<v>.json`` and ``.yaml``: the bundled spec.
- ``SHA256SUMS``: the digest of each of them, in ``sha256sum`` format.

``<v>`` is the spec's ``info.version``, the one source of every package's version; a package whose
metadata says otherwise stops the build. The same commit gives the same bytes on every run:
``SOURCE_DATE_EPOCH`` (which hatchling honours, and which npm pack does not need: it writes a fixed
time) defaults to the time of the last commit, so a rebuild of a commit matches its first build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi" / "zoho-billing"
PYTHON_PROJECTS = (
    ROOT / "generated" / "python" / "zoho-billing-client",
    ROOT / "generated" / "python" / "zoho-billing-models",
    ROOT / "mock",
)
TYPESCRIPT_PACKAGE = ROOT / "generated" / "typescript"
SPEC_ARTIFACT = "zoho-billing-openapi"
CHECKSUMS = "SHA256SUMS"
_TIMEOUT = 600  # seconds for one build tool run


class DistError(Exception):
    """The artifacts cannot be built; the message says which input and why."""


def spec_version() -> str:
    bundle = BUNDLE.with_suffix(".json")
    try:
        version = json.loads(bundle.read_text(encoding="utf-8"))["info"]["version"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DistError(f"{bundle}: cannot read info.version ({error}); run `make generate`") from error
    if not isinstance(version, str):
        raise DistError(f"{bundle}#/info/version: not a string")
    return version


def source_date_epoch() -> str:
    """``SOURCE_DATE_EPOCH`` as set, else the committer time of HEAD."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    result = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not result.stdout.strip().isdigit():
        raise DistError("not a git checkout: set SOURCE_DATE_EPOCH (seconds since 1970) for a reproducible build")
    return result.stdout.strip()


def build_dist(out: Path) -> list[Path]:
    """Build every artifact into ``out`` (emptied first) and return their paths, checksums last."""
    version = spec_version()
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch(), "PIP_NO_INDEX": "1"}
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="zoho-billing-dist-") as scratch:
        for project in PYTHON_PROJECTS:
            _build_python(project, out, Path(scratch), env)
        _pack_npm(TYPESCRIPT_PACKAGE, out, Path(scratch), env)
    for suffix in (".json", ".yaml"):
        shutil.copyfile(BUNDLE.with_suffix(suffix), out / f"{SPEC_ARTIFACT}-{version}{suffix}")
    artifacts = sorted(path for path in out.iterdir() if path.is_file())
    _check_versions(artifacts, version)
    checksums = out / CHECKSUMS
    checksums.write_text(
        "".join(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n" for path in artifacts),
        encoding="utf-8",
    )
    return [*artifacts, checksums]


def _build_python(project: Path, out: Path, scratch: Path, env: dict[str, str]) -> None:
    # Run from a scratch folder: hatchling writes nothing into the project, and build unpacks the
    # sdist into its own temporary folder to build the wheel, so the committed tree stays as it is.
    _run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(project)],
        cwd=scratch,
        env=env,
        what=str(project.relative_to(ROOT)),
    )


def _pack_npm(package: Path, out: Path, scratch: Path, env: dict[str, str]) -> None:
    npm_env = {**env, "npm_config_cache": str(scratch / "npm-cache"), "npm_config_update_notifier": "false"}
    _run(
        ["npm", "pack", "--silent", "--pack-destination", str(out), str(package)],
        cwd=scratch,
        env=npm_env,
        what=str(package.relative_to(ROOT)),
    )


def _run(command: list[str], *, cwd: Path, env: dict[str, str], what: str) -> None:
    try:
        result = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=_TIMEOUT, check=False
        )
    except FileNotFoundError as error:
        raise DistError(f"{what}: {command[0]} is not installed ({error})") from error
    except subprocess.TimeoutExpired as error:
        raise DistError(f"{what}: {' '.join(command[:3])} did not finish within {_TIMEOUT} s") from error
    if result.returncode != 0:
        raise DistError(
            f"{what}: {' '.join(command[:3])} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )


def _check_versions(artifacts: list[Path], version: str) -> None:
    """Every artifact's file name carries the spec's version (wheel, sdist and npm names all do)."""
    for path in artifacts:
        if version not in path.name:
            raise DistError(
                f"{path.name} does not carry version {version} (info.version of {BUNDLE.with_suffix('.json')}): "
                "its project metadata has another version"
            )
    expected = {"zoho_billing_client", "zoho_billing_models", "zoho_billing_mock"}
    for name in expected:
        kinds = {path.suffix for path in artifacts if path.name.startswith(f"{name}-{version}")}
        if kinds != {".whl", ".gz"}:
            raise DistError(f"{name} {version}: expected a wheel and an sdist, built {sorted(kinds) or 'nothing'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/dist.py", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder, emptied first (default dist/)")
    args = parser.parse_args(argv)
    try:
        artifacts = build_dist(args.out.resolve())
    except DistError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path in artifacts:
        print(path.relative_to(args.out.resolve().parent) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
