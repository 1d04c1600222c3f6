"""Reading a bundled (self-contained) OpenAPI document: its operations and its local references.

The one reader of bundled documents: the checks, the API model (:mod:`generator.core.api_model`, which
the client SDK and the docs read) and the tests walk operations and follow ``$ref`` through it, so
that they agree on which operations exist, in which order, with which parameters. JSON pointers are
walked by :func:`generator.core.bundle_spec.lookup`, the bundler's own (it also reads the split source).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.core.bundle_spec import MISSING, lookup
from generator.core.errors import join_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with the path item it belongs to."""

    pointer: str
    path: str
    method: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def parameters(self) -> list[Any]:
        """The path item's parameters followed by the operation's own."""
        return [*(self.path_item.get("parameters") or []), *(self.node.get("parameters") or [])]


def iter_operations(document: dict[str, Any]) -> Iterator[Operation]:
    """Every operation, in the order the spec writes them: by path, then as in the path item."""
    for path, path_item in (document.get("paths") or {}).items():
        for method, node in path_item.items():
            if method in HTTP_METHODS:
                yield Operation(join_pointer("/paths", path, method), path, method, node, path_item)


def lookup_pointer(document: Any, pointer: str) -> Any:
    """The node at ``pointer``; a KeyError naming the pointer when there is none."""
    node = lookup(document, pointer)
    if node is MISSING:
        raise KeyError(f"{pointer}: no such node in the bundle")
    return node


def resolve_local_ref(document: dict[str, Any], node: Any) -> Any:
    """Follow ``{"$ref": "#/..."}`` (repeatedly) to the node it names; return other nodes unchanged."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref = node["$ref"]
        if ref in seen:
            raise KeyError(f"{ref}: circular $ref")
        seen.add(ref)
        node = lookup_pointer(document, ref[1:])
    return node


def resolve_local_pointer(document: dict[str, Any], pointer: str) -> tuple[str, Any]:
    """The node at ``pointer`` with its local ``$ref`` followed (as :func:`resolve_local_ref`), and the
    pointer of the node it ends at, for walks that report where a node is."""
    node = lookup_pointer(document, pointer)
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        pointer = node["$ref"][1:]
        if pointer in seen:
            raise KeyError(f"#{pointer}: circular $ref")
        seen.add(pointer)
        node = lookup_pointer(document, pointer)
    return pointer, node


def component_name(node: Any, kind: str = "schemas") -> str | None:
    """The component name a ``{"$ref": "#/components/<kind>/<name>"}`` names, else None."""
    prefix = f"#/components/{kind}/"
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(prefix):
        return str(node["$ref"][len(prefix) :])
    return None


def required_alternatives(schema: Any) -> dict[str, list[list[str]]]:
    """``{"anyOf": [["customer_id"], ["customer"]]}`` for a schema whose ``anyOf`` / ``oneOf`` branches
    each carry only a non-empty ``required`` list (the pattern of required alternatives), else ``{}``."""
    found: dict[str, list[list[str]]] = {}
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword) if isinstance(schema, dict) else None
        if (
            isinstance(branches, list)
            and branches
            and all(isinstance(b, dict) and set(b) == {"required"} and b["required"] for b in branches)
        ):
            found[keyword] = [list(b["required"]) for b in branches]
    return found
