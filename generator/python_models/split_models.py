"""Split datamodel-code-generator's one ``models.py`` into one Python module per API module.

Why: importing every model costs about 1 ms per class (pydantic builds each validator), so one file grows with
every module of the API. After the split, ``import zoho_billing_models`` imports no model at all, and
``from zoho_billing_models import Plan`` imports the plans module and only the modules its classes refer to (the
package's ``__init__`` resolves names lazily, see :func:`package_init`).

Each class goes to the module folder its component schema comes from (``schema_modules``, from the bundler's
source locations); the shared components of the root go to ``_shared``; a class the tool made up (no component
of that name) goes with the first class that refers to it. The file header (``from __future__ import
annotations`` and the imports) is repeated in each file. A reference to another file's class is imported at the
top when the class body needs the name at definition time (a base class, a default value), and at the bottom
otherwise: annotations are strings (``from __future__ import annotations``) that pydantic resolves when the class
is first used, so two files whose fields refer to each other import each other without a cycle at import time.
A cycle through top imports cannot be split that way and fails the generation.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.python_common.lazy_exports import lazy_exports_module

SHARED_MODULE = "_shared"


class SplitError(RuntimeError):
    """The generated models cannot be split (a cycle of definition-time references between files)."""


@dataclass
class _Class:
    name: str
    source: str
    definition_refs: set[str] = field(default_factory=set)  # names needed when the class statement runs
    annotation_refs: set[str] = field(default_factory=set)  # names needed only in annotations


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _string_annotation_names(node: ast.AST) -> set[str]:
    # Annotations are source text under `from __future__ import annotations`; parse them back for the names.
    return _names(ast.parse(ast.unparse(node), mode="eval"))


def _read_classes(source: str) -> tuple[str, list[_Class]]:
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    header_end = None
    classes: list[_Class] = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            if header_end is None:
                header_end = node.lineno - 1 - len(node.decorator_list)
            start = (node.decorator_list[0].lineno if node.decorator_list else node.lineno) - 1
            assert node.end_lineno is not None
            item = _Class(node.name, "".join(lines[start : node.end_lineno]))
            for base in [*node.bases, *node.keywords, *node.decorator_list]:
                item.definition_refs |= _names(base)
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign):
                    item.annotation_refs |= _string_annotation_names(statement.annotation)
                    if statement.value is not None:
                        item.definition_refs |= _names(statement.value)
                else:
                    item.definition_refs |= _names(statement)
            classes.append(item)
        elif header_end is not None:
            raise SplitError(f"models.py: a statement after the first class at line {node.lineno}; cannot split it")
    header = "".join(lines[: header_end or 0])
    return header, classes


def split_models(
    models_file: Path, schema_modules: Mapping[str, str], module_order: list[str], *, package: str
) -> dict[str, list[str]]:
    """Replace ``models_file`` by one file per module beside it; return each module's class names, in order.

    ``schema_modules`` maps every component schema to its module, ``""`` for a shared one.
    """
    header, classes = _read_classes(models_file.read_text(encoding="utf-8"))
    by_name = {item.name: item for item in classes}
    owner = {name: schema_modules[name] or SHARED_MODULE for name in by_name if name in schema_modules}
    for item in classes:  # the tool's own classes go with their first user
        for ref in sorted(item.definition_refs | item.annotation_refs):
            if ref in by_name and ref not in schema_modules:
                owner.setdefault(ref, owner.get(item.name, SHARED_MODULE))
    modules = [SHARED_MODULE, *module_order]
    files: dict[str, list[_Class]] = {module: [] for module in modules}
    for item in classes:
        module = owner.get(item.name, SHARED_MODULE)
        if module not in files:
            raise SplitError(f"models.py: class {item.name} belongs to module {module!r}, which is not in the list")
        files[module].append(item)

    top: dict[str, set[str]] = {}
    for module, members in files.items():
        top[module] = {
            owner.get(ref, SHARED_MODULE)
            for item in members
            for ref in item.definition_refs
            if ref in by_name and owner.get(ref, SHARED_MODULE) != module
        }
    _check_no_cycle(top)

    models_file.unlink()
    written: dict[str, list[str]] = {}
    for module, members in files.items():
        if not members:
            continue
        own = {item.name for item in members}
        head_imports: dict[str, set[str]] = {}
        tail_imports: dict[str, set[str]] = {}
        for item in members:
            for ref in item.definition_refs | item.annotation_refs:
                if ref not in by_name or ref in own:
                    continue
                target = head_imports if ref in item.definition_refs else tail_imports
                target.setdefault(owner.get(ref, SHARED_MODULE), set()).add(ref)
        for source_module, names in head_imports.items():
            tail_imports.get(source_module, set()).difference_update(names)
        parts = [
            f'"""Pydantic models of the {module.lstrip("_")} module, generated by `make generate`; do not edit."""\n\n',
            header.split("\n", 2)[2] if header.startswith("# generated by") else header,
        ]
        parts += [_import_line(package, source, names) for source, names in sorted(head_imports.items())]
        parts += ["\n\n", "\n\n".join(item.source for item in members)]
        tail = [_import_line(package, source, names) for source, names in sorted(tail_imports.items()) if names]
        if tail:
            parts += [
                "\n\n# Classes of other modules named only in annotations: imported last, so that modules whose\n"
                "# fields refer to each other can import each other (pydantic resolves them on first use).\n",
                *tail,
            ]
        (models_file.parent / f"{module}.py").write_text("".join(parts), encoding="utf-8")
        written[module] = [item.name for item in members]
    return written


def _import_line(package: str, module: str, names: set[str]) -> str:
    return f"from {package}.{module} import {', '.join(sorted(names))}  # noqa: E402\n"


def _check_no_cycle(graph: Mapping[str, set[str]]) -> None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> None:
        if node in done:
            return
        if node in visiting:
            cycle = [*visiting[visiting.index(node) :], node]
            raise SplitError(
                "models: these modules need each other's classes when their classes are defined (base classes or "
                f"default values): {' -> '.join(cycle)}"
            )
        visiting.append(node)
        for target in sorted(graph.get(node, ())):
            visit(target)
        visiting.pop()
        done.add(node)

    for node in sorted(graph):
        visit(node)


def package_init(written: Mapping[str, list[str]], extra: Mapping[str, str]) -> str:
    """The package's ``__init__``: every model by name, each imported from its module on first access (PEP 562)."""
    names = {name: module for module, members in written.items() for name in members}
    names.update(extra)
    return lazy_exports_module(
        "Pydantic v2 models of the Zoho Billing API, generated by `make generate`; do not edit.\n\n"
        "Every model is importable from here (`from zoho_billing_models import Customer`). Each API module's models\n"
        "live in their own submodule, imported on first use, so importing the package costs the same however many\n"
        "modules the API has.",
        names,
    )
