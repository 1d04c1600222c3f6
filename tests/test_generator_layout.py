"""The layout of ``generator/`` shows the flow: the pipeline at the top, a core every target reads, one folder per
target owning its templates, configuration and runtime sources, and ``python_common`` for what both Python targets
share. Imports only go from a target to the core (and, for the Python targets, to ``python_common``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
PIPELINE = {"__init__.py", "__main__.py", "generate.py"}
# Each folder of generator/ and the folders of generator/ it may import from (besides itself).
ALLOWED_IMPORTS = {
    "core": set(),
    "python_common": {"core"},
    "python_client": {"core", "python_common"},
    "python_models": {"core", "python_common"},
    "typescript": {"core"},
    "docs": {"core"},
}


def _sources() -> list[Path]:
    return sorted(p for p in GENERATOR.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_top_level_is_only_the_pipeline() -> None:
    top = {p.name for p in GENERATOR.iterdir() if p.is_file()}
    assert top == PIPELINE, "a step belongs in core/ or in its target's folder"
    folders = {p.name for p in GENERATOR.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == set(ALLOWED_IMPORTS), "a new folder of generator/ says here what it may import"


@pytest.mark.parametrize("folder", sorted(ALLOWED_IMPORTS))
def test_each_folder_is_a_package(folder: str) -> None:
    assert (GENERATOR / folder / "__init__.py").is_file()


@pytest.mark.parametrize(
    "path", [p for p in _sources() if p.parent != GENERATOR], ids=lambda p: str(p.relative_to(GENERATOR))
)
def test_imports_go_from_a_target_to_the_core(path: Path) -> None:
    folder = path.relative_to(GENERATOR).parts[0]
    allowed = ALLOWED_IMPORTS[folder] | {folder}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    modules |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    for module in sorted(modules):
        parts = module.split(".")
        if parts[0] != "generator":
            continue
        assert len(parts) > 1 and parts[1] in allowed, f"{path.relative_to(GENERATOR)} imports {module}"


def test_templates_and_runtime_sources_belong_to_a_target() -> None:
    owned = [p for p in GENERATOR.rglob("*") if p.is_dir() and p.name in {"templates", "runtime", "assets", "sdk"}]
    assert owned
    for path in owned:
        target = path.relative_to(GENERATOR).parts[0]
        assert target in ALLOWED_IMPORTS and target != "core", path
