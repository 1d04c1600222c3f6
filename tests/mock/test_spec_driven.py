"""The mock follows the spec: every operation handled, Zoho's codes and messages, where the spec comes from."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import zoho_billing_mock
from zoho_billing_mock import GENERIC_ERRORS, MockServer, default_spec_path
from zoho_billing_mock.spec import ApiSpec, SpecError, SpecNotFoundError, load_spec

REPO_ROOT = Path(__file__).resolve().parents[2]


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for method, operation in item.items()
        if method != "parameters"
    }


def test_every_operation_states_its_behaviour(document: dict[str, Any], mock_api_spec: Callable[..., ApiSpec]) -> None:
    # No handler per operation: each one's effect is declared in the spec and run by one engine.
    spec = mock_api_spec(document)
    for operation_id in _operations(document):
        behaviour = spec.operations[operation_id].behaviour
        assert behaviour is not None, f"{operation_id} has no x-zoho-behaviour"
        assert behaviour.record in spec.records


@pytest.mark.parametrize(
    ("where", "change", "pointer"),
    [
        (
            ("paths", "/items", "post", "x-zoho-behaviour"),
            {"record": "gadget"},
            "#/paths/~1items/post/x-zoho-behaviour/record",
        ),
        (
            ("paths", "/items", "get", "x-zoho-behaviour"),
            {"action": "create"},
            "#/paths/~1items/get/x-zoho-sdk/result/kind",
        ),
        (
            ("components", "schemas", "Item", "x-zoho-record"),
            {"not_found": "NO_SUCH_ERROR"},
            "#/components/schemas/Item/x-zoho-record/not_found",
        ),
        (
            ("components", "schemas", "Item", "x-zoho-record"),
            {"id": "no_such_field"},
            "#/components/schemas/Item/x-zoho-record/id",
        ),
        (
            ("components", "schemas", "Transaction", "x-zoho-record"),
            {"parent": {"record": "gadget", "field": "x"}},
            "#/components/schemas/Transaction/x-zoho-record/parent/record",
        ),
    ],
)
def test_a_rule_the_mock_cannot_follow_names_its_place(
    document: dict[str, Any],
    where: tuple[str, ...],
    change: dict[str, Any],
    pointer: str,
    mock_api_spec: Callable[..., ApiSpec],
) -> None:
    broken = copy.deepcopy(document)
    node = broken
    for key in where:
        node = node[key]
    node.update(change)
    with pytest.raises(SpecError, match="^" + re.escape(pointer) + ": "):
        mock_api_spec(broken)


def test_routes_and_messages_come_from_the_spec(
    document: dict[str, Any], mock_api_spec: Callable[..., ApiSpec]
) -> None:
    spec = mock_api_spec(document)
    assert spec.base_path == "/billing/v1"
    for operation_id, raw in _operations(document).items():
        operation = spec.operations[operation_id]
        assert operation.success_message == raw["x-zoho-success-message"]
        # The one 2xx status the operation declares (201 for most creates; Zoho's hosted pages answer 200).
        [declared] = [int(status) for status in raw["responses"] if str(status).startswith("2")]
        assert operation.success_status == declared


def test_generic_codes_are_the_specs_illustrative_examples(document: dict[str, Any]) -> None:
    names = {
        400: "BadRequest",
        401: "Unauthorized",
        403: "Forbidden",
        404: "NotFound",
        405: "MethodNotAllowed",
        406: "NotAcceptable",
        429: "TooManyRequests",
        500: "InternalServerError",
    }
    assert set(GENERIC_ERRORS) == set(names)
    for status, name in names.items():
        [example] = document["components"]["responses"][name]["content"]["application/json"]["examples"].values()
        assert example["x-zoho-illustrative"] is True
        code, message = GENERIC_ERRORS[status]
        assert code == example["value"]["code"]
        if status != 400:  # 400 names the field at fault instead
            assert message == example["value"]["message"]


def test_every_documented_code_is_answered_over_http(
    client: httpx.Client, mock: MockServer, document: dict[str, Any]
) -> None:
    item_id = client.post("/items", json={"name": "A", "rate": 1, "product_type": "goods"}).json()["item"]["item_id"]
    client.post("/items", json={"name": "B", "rate": 1})
    mock.set_fields("item", item_id, referenced=True)
    answers = {
        1000: client.put(f"/items/{item_id}", json={"name": "B", "rate": 1}),
        2006: client.get("/items/1"),
        2049: client.delete(f"/items/{item_id}"),
        2076: client.put(f"/items/{item_id}", json={"name": "A", "rate": 1, "product_type": "service"}),
    }
    for entry in document["x-zoho-error-codes"]:
        if not entry["documented"]:
            continue  # seen in real responses only (3004): the mock answers Zoho's documented codes
        response = answers[entry["code"]]
        assert (response.status_code, response.json()) == (
            entry["http_status"],
            {"code": entry["code"], "message": entry["message"]},
        )


def test_the_default_spec_is_the_shipped_or_the_repositorys_bundle() -> None:
    try:
        path = default_spec_path()
    except SpecNotFoundError:
        pytest.skip("no bundled spec yet: run `python -m generator bundle --out generated/openapi`")
    package_dir = Path(zoho_billing_mock.__file__).resolve().parent
    assert path in (package_dir / "zoho-billing.json", REPO_ROOT / "generated" / "openapi" / "zoho-billing.json")
    assert load_spec().base_path == "/billing/v1"


def test_a_missing_spec_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SpecNotFoundError):
        MockServer(spec_path=tmp_path / "missing.json")


def test_the_control_api_and_the_app_do_not_import_each_other() -> None:
    # The app routes /__mock__/ to the control API, which knows the app only through a Protocol;
    # the engine knows neither. Any import counts, also one under TYPE_CHECKING or inside a function.
    import ast

    package = Path(zoho_billing_mock.__file__).parent

    def imports(module: str) -> set[str]:
        tree = ast.parse((package / f"{module}.py").read_text(encoding="utf-8"))
        return {
            (node.module or "").lstrip(".")
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and not node.module
            for alias in node.names
        }

    assert not imports("control") & {"app", "server"}
    assert not imports("app") & {"server"}
    assert not imports("engine") & {"app", "server", "control"}


def test_a_bundle_without_its_api_model_is_an_error_naming_the_model(document: dict[str, Any], tmp_path: Path) -> None:
    # The mock reads the API model written beside the bundle and resolves nothing itself.
    bundle = tmp_path / "zoho-billing.json"
    bundle.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SpecNotFoundError, match=re.escape(str(tmp_path / "zoho-billing.api-model.json"))):
        MockServer(spec_path=bundle)


def test_the_mock_reads_the_api_model_not_the_bundle(
    document: dict[str, Any], tmp_path: Path, write_mock_spec: Callable[..., Path]
) -> None:
    # A success message changed in the model alone is what the mock answers with.
    bundle = write_mock_spec(document, tmp_path / "zoho-billing.json")
    model_file = tmp_path / "zoho-billing.api-model.json"
    model = json.loads(model_file.read_text(encoding="utf-8"))
    [entry] = [op for op in model["operations"] if op["operation_id"] == "list_items"]
    entry["success_message"] = "read from the model"
    model_file.write_text(json.dumps(model), encoding="utf-8")
    assert load_spec(bundle).operations["list_items"].success_message == "read from the model"
    assert not hasattr(load_spec(bundle), "resolve")


@pytest.mark.slow
def test_the_wheel_ships_the_bundle_and_its_api_model(tmp_path: Path) -> None:
    # The packaged default spec is both files: the mock cannot start from the bundle alone.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(REPO_ROOT / "mock"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("zoho_billing_mock-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"zoho_billing_mock/zoho-billing.json", "zoho_billing_mock/zoho-billing.api-model.json"} <= names
