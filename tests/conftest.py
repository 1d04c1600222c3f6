"""Shared fixtures: the bundled spec, built once per test session from openapi/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.core.api_model import ApiModel, build_api_model
from generator.core.bundle_spec import BundledSpec, bundle_spec

REPO_ROOT = Path(__file__).resolve().parent.parent

# Every path in the toolchain is relative to the repository root, as when `make` runs it.
os.chdir(REPO_ROOT)


@pytest.fixture(scope="session")
def bundled() -> BundledSpec:
    return bundle_spec(REPO_ROOT / "openapi" / "zoho-billing.yaml")


@pytest.fixture(scope="session")
def document(bundled: BundledSpec) -> dict[str, Any]:
    return bundled.document


@pytest.fixture(scope="session")
def schemas(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = document["components"]["schemas"]
    return result


@pytest.fixture(scope="session")
def api_model(bundled: BundledSpec) -> ApiModel:
    """The API model every generator step reads (generator/core/api_model.py)."""
    return build_api_model(bundled.document, bundled.locate)


def mock_files(document: dict[str, Any], path: Path) -> Path:
    """Write a bundle and its API model side by side, as `make generate` does, for the mock
    (which loads ``<name>.api-model.json`` beside ``<name>.json``); returns the bundle's path."""
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    model = build_api_model(document)
    path.with_name(path.name.removesuffix(".json") + ".api-model.json").write_text(model.to_json(), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def write_mock_spec() -> Callable[[dict[str, Any], Path], Path]:
    """``write_mock_spec(document, path)``: the bundle and its API model written for the mock."""
    return mock_files


@pytest.fixture(scope="session")
def mock_api_spec() -> Callable[[dict[str, Any]], Any]:
    """``mock_api_spec(document)``: the mock's view (``zoho_billing_mock.spec.ApiSpec``) of a bundle,
    read through its API model as the mock reads it from disk."""
    from zoho_billing_mock.spec import ApiSpec

    def view(document: dict[str, Any]) -> ApiSpec:
        return ApiSpec(document, json.loads(build_api_model(document).to_json()))

    return view


@pytest.fixture
def validate_copy(tmp_path: Path) -> Callable[[Callable[[Path], None]], subprocess.CompletedProcess[str]]:
    """Run `python -m generator validate`, as a contributor does, on a copy of openapi/ that ``edit``
    has changed first (``edit`` gets the copy's openapi/ folder). Paths in messages are relative to the
    copy's root, like `openapi/modules/items/paths/items.yaml#/post/...`."""

    def run(edit: Callable[[Path], None]) -> subprocess.CompletedProcess[str]:
        shutil.copytree(REPO_ROOT / "openapi", tmp_path / "openapi")
        edit(tmp_path / "openapi")
        return subprocess.run(
            [sys.executable, "-m", "generator", "--spec", "openapi/zoho-billing.yaml", "validate"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"},
            check=False,
        )

    return run
