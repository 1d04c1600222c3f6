"""``make dist`` (tools/dist.py): the artifacts are reproducible, carry the spec's version, and work
when installed on their own: the wheels and the sdists each into a fresh virtual environment (pip, with
the repository's pins as constraints), the npm package into a scratch project compiled with
``tsc --strict`` and run with node, each against the local server."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
NODE_BIN = REPO_ROOT / "node_modules" / ".bin"
PACKAGES = ("zoho-billing-client", "zoho-billing-models", "zoho-billing-mock")
_INSTALL_TIMEOUT = 900  # seconds: a fresh environment installs pydantic, httpx and openapi-core


def _build(out: Path) -> list[Path]:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "tools" / "dist.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=_INSTALL_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"tools/dist.py failed:\n{result.stdout}{result.stderr}"
    return sorted(out.iterdir())


@pytest.fixture(scope="module")
def spec_version() -> str:
    bundle = REPO_ROOT / "generated" / "openapi" / "zoho-billing.json"
    return str(json.loads(bundle.read_text(encoding="utf-8"))["info"]["version"])


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist") / "dist"
    _build(out)
    return out


def _artifact(dist: Path, pattern: str) -> Path:
    matches = sorted(dist.glob(pattern))
    assert len(matches) == 1, f"expected one {pattern} in {dist}, found {[p.name for p in matches]}"
    return matches[0]


def test_a_second_build_gives_the_same_bytes(dist: Path, tmp_path: Path) -> None:
    again = _build(tmp_path / "dist")
    assert [p.name for p in again] == sorted(p.name for p in dist.iterdir())
    for path in again:
        assert path.read_bytes() == (dist / path.name).read_bytes(), f"{path.name} differs between two builds"


def test_the_checksums_list_every_artifact(dist: Path) -> None:
    listed = dict(
        reversed(line.split("  ", 1)) for line in (dist / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    artifacts = {p.name for p in dist.iterdir() if p.name != "SHA256SUMS"}
    assert set(listed) == artifacts
    for name, digest in listed.items():
        assert hashlib.sha256((dist / name).read_bytes()).hexdigest() == digest


def test_every_package_has_the_spec_version(dist: Path, spec_version: str) -> None:
    for package in PACKAGES:
        module = package.replace("-", "_")
        wheel = _artifact(dist, f"{module}-*.whl")
        with zipfile.ZipFile(wheel) as archive:
            metadata = archive.read(f"{module}-{spec_version}.dist-info/METADATA").decode()
        assert f"\nVersion: {spec_version}\n" in metadata, wheel.name
        sdist = _artifact(dist, f"{module}-*.tar.gz")
        with tarfile.open(sdist) as archive:
            member = archive.extractfile(f"{module}-{spec_version}/PKG-INFO")
            assert member is not None
            assert f"\nVersion: {spec_version}\n" in member.read().decode(), sdist.name
    with tarfile.open(_artifact(dist, "zoho-billing-types-*.tgz")) as archive:
        member = archive.extractfile("package/package.json")
        assert member is not None
        manifest = json.loads(member.read())
        names = archive.getnames()
    assert sorted(names) == ["package/README.md", "package/package.json", "package/zoho-billing.d.ts"]
    assert manifest["version"] == spec_version
    assert manifest["types"] == "zoho-billing.d.ts"
    spec = json.loads(_artifact(dist, "zoho-billing-openapi-*.json").read_text(encoding="utf-8"))
    assert spec["info"]["version"] == spec_version
    assert _artifact(dist, "zoho-billing-openapi-*.yaml").name == f"zoho-billing-openapi-{spec_version}.yaml"


@pytest.fixture
def fresh_python(tmp_path: Path) -> Path:
    """A virtual environment with nothing but pip, outside the repository."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    return venv / "bin" / "python"


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_the_python_artifacts_install_alone_and_work(
    kind: str, dist: Path, fresh_python: Path, tmp_path: Path, spec_version: str
) -> None:
    suffix = "-*.whl" if kind == "wheel" else "-*.tar.gz"
    artifacts = [str(_artifact(dist, package.replace("-", "_") + suffix)) for package in PACKAGES]
    install = subprocess.run(
        [str(fresh_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--constraint", str(REPO_ROOT / "requirements" / "dev.txt"), *artifacts],
        capture_output=True, text=True, timeout=_INSTALL_TIMEOUT, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert install.returncode == 0, f"pip could not install the {kind}s:\n{install.stdout}{install.stderr}"
    # -I: the repository is not on the path, nor are the user's site-packages.
    run = subprocess.run(
        [str(fresh_python), "-I", str(HERE / "use_python_artifacts.py")],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, f"the installed {kind}s failed:\n{run.stdout}{run.stderr}"
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["versions"] == dict.fromkeys(PACKAGES, spec_version)
    assert seen["client_version"] == seen["mock_version"] == spec_version
    environment = Path(seen["prefix"]).resolve()
    for path in seen["files"]:
        assert Path(path).resolve().is_relative_to(environment), f"{path} is not the installed copy"
    assert seen["customer"] == "Ada Lovelace"
    assert seen["rate"] == "20.10"  # exact through the mock, the client and the models


@pytest.fixture
def mock_server() -> Iterator[object]:
    from zoho_billing_mock import MockServer

    with MockServer() as server:
        yield server


def test_the_npm_package_installs_and_types_a_program_that_runs(
    dist: Path, tmp_path: Path, mock_server: object, spec_version: str
) -> None:
    from zoho_billing_mock import DEFAULT_ORGANIZATION, DEFAULT_TOKEN

    tsc = NODE_BIN / "tsc"
    if not tsc.exists():
        pytest.fail(f"{tsc} is missing: run `make test` (it installs the pinned npm packages with `npm ci`)")
    project = tmp_path / "project"
    project.mkdir()
    (project / "package.json").write_text(json.dumps({"name": "scratch", "private": True, "type": "module"}))
    env = {**os.environ, "npm_config_cache": str(tmp_path / "npm-cache"), "npm_config_update_notifier": "false"}
    install = subprocess.run(
        ["npm", "install", "--offline", "--no-audit", "--no-fund", str(_artifact(dist, "zoho-billing-types-*.tgz"))],
        capture_output=True, text=True, timeout=300, check=False, cwd=project, env=env,
    )  # fmt: skip
    assert install.returncode == 0, f"npm install failed:\n{install.stdout}{install.stderr}"
    installed = json.loads((project / "node_modules" / "zoho-billing-types" / "package.json").read_text())
    assert installed["version"] == spec_version
    (project / "use_types.ts").write_text((HERE / "use_types.ts").read_text(encoding="utf-8"))
    (project / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "strict": True,
                    "target": "ES2022",
                    "lib": ["ES2022", "DOM"],
                    "module": "NodeNext",
                    "moduleResolution": "NodeNext",
                    "types": [],
                    "skipLibCheck": False,
                    "exactOptionalPropertyTypes": True,
                    "outDir": "out",
                },
                "files": ["use_types.ts"],
            }
        )
    )
    compiled = subprocess.run(
        [str(tsc), "-p", str(project), "--pretty", "false"], capture_output=True, text=True, timeout=300, check=False
    )
    assert compiled.returncode == 0, f"tsc --strict rejected the program:\n{compiled.stdout}{compiled.stderr}"
    run = subprocess.run(
        ["node", str(project / "out" / "use_types.js")],
        capture_output=True, text=True, timeout=60, check=False, cwd=project,
        env={**env, "ZOHO_BILLING_BASE_URL": mock_server.base_url, "ZOHO_BILLING_TOKEN": DEFAULT_TOKEN,  # type: ignore[attr-defined]
             "ZOHO_BILLING_ORGANIZATION": DEFAULT_ORGANIZATION},
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert json.loads(run.stdout) == {"status": 201, "code": 0, "display_name": "Ada Lovelace"}
