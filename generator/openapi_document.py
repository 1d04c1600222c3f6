"""Reading a bundled (self-contained) OpenAPI document: its operations and its local references.

Shared by every step that walks the bundle (the checks, the client SDK, the docs), so that they
agree on which operations exist, in which order, and with which parameters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.errors import join_pointer, unescape_pointer_token

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


def resolve_local_ref(document: dict[str, Any], node: Any) -> Any:
    """Follow ``{"$ref": "#/..."}`` (repeatedly) to the node it names; return other nodes unchanged."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for token in node["$ref"][2:].split("/"):
            target = target[unescape_pointer_token(token)]
        node = target
    return node
