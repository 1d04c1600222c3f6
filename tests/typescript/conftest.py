"""Fixtures of the TypeScript tests: the generated tree they check and the project's tsc."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_BIN = REPO_ROOT / "node_modules" / ".bin"


@pytest.fixture(scope="session")
def generated_dir() -> Path:
    """The committed generated/ tree; ZOHO_BILLING_GENERATED points elsewhere (a fresh
    `python -m generator generate --out DIR`) to check a tree before it is committed."""
    return Path(os.environ.get("ZOHO_BILLING_GENERATED", REPO_ROOT / "generated")).resolve()


@pytest.fixture(scope="session")
def tsc() -> Path:
    tool = NODE_BIN / "tsc"
    if not tool.exists():
        pytest.fail(f"{tool} is missing: run `make test` (it installs the pinned npm packages with `npm ci`)")
    return tool
