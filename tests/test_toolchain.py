"""The generator runs every tool one way (generator.core.tools.run_tool) and reads tool versions in one place."""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path

import pytest

from generator.core import toolchain
from generator.core.tools import ToolError, run_tool

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_only_the_runner_starts_processes() -> None:
    # A step that starts a process its own way escapes the process-group handling of an interrupted generate.
    for path in sorted((REPO_ROOT / "generator").rglob("*.py")):
        if path.name == "tools.py" or "runtime" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        assert not imported & {"subprocess", "asyncio.subprocess", "os.system"}, path
        calls = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
        assert not calls & {"Popen", "system", "spawnv", "execv"}, path
        assert "CHILDREN.run" not in path.read_text(encoding="utf-8"), path


def test_the_manifest_records_the_toolchain_versions() -> None:
    manifest = json.loads((REPO_ROOT / "generated" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tools"] == toolchain.tool_versions()
    for tool in toolchain.TOOLS:
        assert tool.version not in {"", "absent"}, tool.key


def test_a_missing_tool_is_a_clear_error(tmp_path: Path) -> None:
    absent = dataclasses.replace(toolchain.OPENAPI_TYPESCRIPT, executable=tmp_path / "openapi-typescript")
    with pytest.raises(ToolError, match=r"openapi-typescript is not installed .*npm ci"):
        run_tool(absent, "--version")


def test_a_failing_tool_reports_its_output() -> None:
    with pytest.raises(ToolError, match=r"ruff failed \(exit 2\):\n.*unexpected argument"):
        run_tool(toolchain.RUFF, "--no-such-option")
