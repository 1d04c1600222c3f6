"""Bundle the split spec source into one self-contained OpenAPI document.

The source (``openapi/zoho-billing.yaml`` and the files it ``$ref``s) follows two rules:

* Every reusable object is *registered* in the root's ``components`` as a one-key
  ``{$ref: <file>#<pointer>}``. The bundler copies the target into that component and rewrites
  every reference to it, from any file, to ``#/components/<kind>/<name>``.
* A ``$ref`` to anything not registered is a *fragment* (a shared field definition such as
  ``Phone`` or ``ZohoTimestamp``, a path item, the error-code catalogue). The bundler inlines it
  at the point of use; keywords written beside the ``$ref`` override the fragment's own.

So the bundle holds no cross-file reference, the names of its components are exactly the names
registered in the root, and the output is a pure function of the source (no generated names, no
ordering that depends on traversal). Alongside the document the bundler returns where each node
came from, so a problem found in the bundle can be reported at its source file and pointer.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.errors import SourceLocation, SpecError, SpecProblem, join_pointer, unescape_pointer_token
from generator.spec_source import load_yaml

ROOT_SPEC = Path("openapi/zoho-billing.yaml")

_COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


@dataclass
class BundledSpec:
    """The bundled document and, for each of its container nodes, the source it was copied from."""

    root: Path
    document: dict[str, Any]
    origins: dict[str, SourceLocation] = field(default_factory=dict)

    def locate(self, bundle_pointer: str) -> SourceLocation:
        """Map a pointer in the bundle back to the source file and pointer it came from."""
        pointer = bundle_pointer
        while True:
            if pointer in self.origins:
                origin = self.origins[pointer]
                return SourceLocation(origin.file, origin.pointer + bundle_pointer[len(pointer) :])
            if not pointer:
                return SourceLocation(self.root, bundle_pointer)
            pointer = pointer.rsplit("/", 1)[0]


def bundle_spec(root: Path = ROOT_SPEC) -> BundledSpec:
    """Bundle the spec rooted at ``root``; raise :class:`SpecError` naming every bad reference."""
    return _Bundler(root.resolve()).run()


class _Bundler:
    def __init__(self, root: Path) -> None:
        self._root = root
        self._files: dict[Path, Any] = {}
        self._registered: dict[tuple[Path, str], str] = {}
        self._problems: list[SpecProblem] = []
        self._broken: set[Path] = set()
        self._origins: dict[str, SourceLocation] = {}

    def run(self) -> BundledSpec:
        root_doc = self._load(self._root)
        if not isinstance(root_doc, dict):
            raise SpecError([SpecProblem(SourceLocation(self._root, ""), "the root must be a mapping")])
        self._register_components(root_doc)
        document = self._copy(root_doc, self._root, "", "", stack=())
        if self._problems:
            raise SpecError(self._problems)
        return BundledSpec(root=self._root, document=document, origins=self._origins)

    def _load(self, path: Path) -> Any:
        if path not in self._files:
            self._files[path] = load_yaml(path)
        return self._files[path]

    def _load_target(self, path: Path, file: Path, at: str, ref: str) -> Any:
        """Load a referenced file: a missing one is reported where it is referenced, a broken one
        once at the file itself (not at each of its references)."""
        if path in self._broken:
            return MISSING
        if not path.is_file():
            self._problem(file, at, f"$ref {ref!r}: cannot read {_relative(path)}: file not found")
            return MISSING
        try:
            return self._load(path)
        except SpecError as error:
            self._broken.add(path)
            self._problems.extend(error.problems)
            return MISSING

    def _register_components(self, root_doc: dict[str, Any]) -> None:
        components = root_doc.get("components", {})
        for kind in _COMPONENT_KINDS:
            for name, value in (components.get(kind) or {}).items():
                if isinstance(value, dict) and set(value) == {"$ref"}:
                    pointer = join_pointer("/components", kind, name)
                    target = self._resolve_ref(value["$ref"], self._root, join_pointer(pointer, "$ref"))
                    if target is not None:
                        self._registered[target] = f"#/components/{kind}/{name}"

    def _resolve_ref(self, ref: object, file: Path, at: str) -> tuple[Path, str] | None:
        if not isinstance(ref, str):
            self._problem(file, at, f"$ref must be a string, not {type(ref).__name__}")
            return None
        target_file, _, fragment = ref.partition("#")
        path = (file.parent / unquote(target_file)).resolve() if target_file else file
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            self._problem(file, at, f"$ref {ref!r}: the fragment must be a JSON pointer starting with '/'")
            return None
        document = self._load_target(path, file, at, ref)
        if document is MISSING:
            return None
        if lookup(document, pointer) is MISSING:
            self._problem(file, at, f"$ref {ref!r} does not resolve: no {pointer or '/'} in {_relative(path)}")
            return None
        return path, pointer

    def _copy(self, node: Any, file: Path, pointer: str, out: str, stack: tuple[tuple[Path, str], ...]) -> Any:
        """Copy ``node`` (found at ``file#pointer``) to bundle pointer ``out``, resolving references."""
        if isinstance(node, list):
            self._origins[out] = SourceLocation(file, pointer)
            return [
                self._copy(item, file, join_pointer(pointer, i), join_pointer(out, i), stack)
                for i, item in enumerate(node)
            ]
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        if "$ref" in node:
            return self._copy_reference(node, file, pointer, out, stack)
        self._origins[out] = SourceLocation(file, pointer)
        return {
            key: self._copy(value, file, join_pointer(pointer, key), join_pointer(out, key), stack)
            for key, value in node.items()
        }

    def _copy_reference(
        self, node: dict[str, Any], file: Path, pointer: str, out: str, stack: tuple[tuple[Path, str], ...]
    ) -> Any:
        ref_at = join_pointer(pointer, "$ref")
        ref = node["$ref"]
        if isinstance(ref, str) and ref.startswith("#/components/") and file == self._root:
            return dict(node)  # already a bundle-local reference
        target = self._resolve_ref(ref, file, ref_at)
        if target is None:
            return dict(node)
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        registered_as = self._registered.get(target)
        is_registration = out.startswith("/components/") and out.count("/") == 3 and not siblings
        if registered_as is not None and not (is_registration and registered_as == "#" + out):
            self._origins[out] = SourceLocation(file, pointer)
            copied_siblings = {
                key: self._copy(value, file, join_pointer(pointer, key), join_pointer(out, key), stack)
                for key, value in siblings.items()
            }
            return {"$ref": registered_as, **copied_siblings}
        if target in stack:
            chain = " -> ".join(f"{_relative(path)}#{ptr}" for path, ptr in (*stack, target))
            self._problem(file, ref_at, f"circular $ref through unregistered fragments: {chain}")
            return dict(node)
        target_file, target_pointer = target
        inlined = self._copy(
            lookup(self._load(target_file), target_pointer), target_file, target_pointer, out, (*stack, target)
        )
        if siblings:
            if not isinstance(inlined, dict):
                self._problem(file, ref_at, "keywords beside a $ref need the target to be a mapping")
                return inlined
            for key, value in siblings.items():
                inlined[key] = self._copy(value, file, join_pointer(pointer, key), join_pointer(out, key), stack)
        return inlined

    def _problem(self, file: Path, pointer: str, reason: str) -> None:
        self._problems.append(SpecProblem(SourceLocation(file, pointer), reason))


class _Missing:
    """Marks a JSON pointer that resolves to nothing (None is a valid JSON value)."""


MISSING = _Missing()


def lookup(document: Any, pointer: str) -> Any:
    """The node at ``pointer`` in ``document``, or ``MISSING``."""
    node = document
    for raw in pointer.split("/")[1:] if pointer else []:
        token = unescape_pointer_token(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return MISSING
    return node


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
