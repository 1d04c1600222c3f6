"""Every module walked through against the local server, from the spec alone (see `walkthrough.py`).

The modules are the kinds of record the spec's operations create; nothing here names one. The
last test copies the items module under a new name inside the bundle and walks the copy: a new
module needs nothing in the mock.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from zoho_billing_client import ZohoBilling
from zoho_billing_mock import MockServer
from zoho_billing_mock.spec import ApiSpec, load_spec

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make walkthrough importable

from walkthrough import ClientTransport, HttpTransport, modules, walk

# The module names at collection time come from the committed bundle; each test then uses the
# spec bundled from openapi/ in this session (and fails if the two disagree).
MODULES = [module.name for module in modules(load_spec())]


@pytest.fixture(scope="session")
def spec(document: dict[str, Any], mock_api_spec: Callable[[dict[str, Any]], ApiSpec]) -> ApiSpec:
    return mock_api_spec(document)


@pytest.fixture(scope="session")
def server(mock_spec_path: Path) -> Iterator[MockServer]:
    with MockServer(spec_path=mock_spec_path) as running:
        yield running


@pytest.fixture(scope="session")
def mock_spec_path(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, write_mock_spec: Callable[..., Path]
) -> Path:
    return write_mock_spec(document, tmp_path_factory.mktemp("spec") / "zoho-billing.json")


@pytest.fixture
def mock(server: MockServer) -> MockServer:
    server.reset()
    return server


def _module(spec: ApiSpec, name: str) -> Any:
    [module] = [module for module in modules(spec) if module.name == name]
    return module


@pytest.mark.parametrize("name", MODULES)
def test_walkthrough_through_the_client(spec: ApiSpec, mock: MockServer, name: str) -> None:
    with ZohoBilling(
        access_token=mock.token,
        organization_id=mock.organization_id,
        base_url=mock.base_url,
        accounts_url=mock.accounts_url,
        max_retries=0,
    ) as client:
        walk(
            spec,
            _module(spec, name),
            ClientTransport(spec, client),
            lambda ident, fields: mock.set_fields(name, ident, **fields),
        )


@pytest.mark.parametrize("name", MODULES)
def test_walkthrough_over_http(spec: ApiSpec, mock: MockServer, name: str) -> None:
    transport = HttpTransport(mock)
    try:
        walk(spec, _module(spec, name), transport, lambda ident, fields: mock.set_fields(name, ident, **fields))
    finally:
        transport.close()


def _copy_module(document: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """The bundle with module `old` (paths, components, error codes) copied as `new`, names changed
    mechanically (`item` -> `gadget`, `Item` -> `Gadget`, `ITEM` -> `GADGET`, in every spelling)."""

    def text(value: str) -> str:
        for source, target in ((old, new), (old.capitalize(), new.capitalize()), (old.upper(), new.upper())):
            value = re.sub(source, target, value)
        return value

    def rename(value: Any, names: bool = False) -> Any:
        # Keys are renamed too, except JSON Schema's own `items` keyword (a key outside `properties`).
        if isinstance(value, dict):
            return {
                (key if key == "items" and not names else text(key)): rename(inner, key == "properties")
                for key, inner in value.items()
            }
        if isinstance(value, list):
            return [rename(inner) for inner in value]
        return text(value) if isinstance(value, str) else value

    copied = json.loads(json.dumps(document))
    for path in list(document["paths"]):
        if path == f"/{old}s" or path.startswith(f"/{old}s/"):
            copied["paths"][rename(path)] = rename(document["paths"][path])
    for kind, components in document["components"].items():
        for name in list(components):
            if name.startswith(old.capitalize()):
                copied["components"][kind][rename(name)] = rename(components[name])
    copied["x-zoho-error-codes"] += [
        rename(entry) for entry in document["x-zoho-error-codes"] if entry["module"] == f"{old}s"
    ]
    return copied


def test_a_copied_module_needs_nothing_in_the_mock(
    document: dict[str, Any],
    tmp_path: Path,
    mock_api_spec: Callable[[dict[str, Any]], ApiSpec],
    write_mock_spec: Callable[..., Path],
) -> None:
    copied = _copy_module(document, "item", "gadget")
    path = write_mock_spec(copied, tmp_path / "zoho-billing.json")
    spec = mock_api_spec(copied)
    assert "gadget" in spec.records and "/gadgets/{gadget_id}" in copied["paths"]
    with MockServer(spec_path=path) as server:
        transport = HttpTransport(server)
        try:
            for name in ("gadget", "item"):  # the copy, and the original beside it
                walk(
                    spec,
                    _module(spec, name),
                    transport,
                    lambda ident, fields, name=name: server.set_fields(name, ident, **fields),
                )
        finally:
            transport.close()
