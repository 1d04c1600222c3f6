"""Shared fixtures: the bundled spec, built once per test session from openapi/."""

from __future__ import annotations

import os
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
