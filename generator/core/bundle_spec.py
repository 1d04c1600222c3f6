"""Bundle the split spec source into one self-contained OpenAPI document.

The source is the root ``openapi/zoho-billing.yaml`` (what every module shares) and one folder per
API module, ``openapi/modules/<module>/`` (see CONTRIBUTING.md). It follows three rules:

* A module's components are the top-level keys of its component files: ``schemas.yaml``,
  ``parameters.yaml``, ``responses.yaml`` (and the other component kinds), or every ``*.yaml``
  in a folder of that name (``schemas/*.yaml``, in file-name order). The bundler discovers them;
  no file lists them. A shared component is *registered* in the root's ``components`` as a
  one-key ``{$ref: <file>#<pointer>}``. Either way, the bundler copies the definition into the
  component and rewrites every reference to it, from any file, to ``#/components/<kind>/<name>``.
  A name defined twice (in one kind or in two) is an error naming both places.
* A ``$ref`` to anything else is a *fragment* (a shared field definition such as ``Phone`` in a
  module's ``fields.yaml``, a path item, a tag). The bundler inlines it at the point of use;
  keywords written beside the ``$ref`` override the fragment's own.
* ``module.yaml`` gives the module's tag, OAuth scopes, paths and webhooks (OpenAPI 3.1
  ``webhooks``: name -> ``$ref`` to a path item, by convention in the module's ``webhooks/``
  folder); ``error-codes.yaml`` its error codes. The root's ``tags`` list (one ``$ref`` to each
  ``module.yaml#/tag``) is the one ordered list of modules: the bundler adds each module's paths,
  components, scopes (to every flow of every ``oauth2`` scheme), webhooks and error codes (to
  ``x-zoho-error-codes``, keyed by module and code) in that order, after the root's own.

So the bundle holds no cross-file reference, the names of its components are exactly the names
the source defines, and the output is a pure function of the source (no generated names, no
ordering that depends on traversal or on the file system). Alongside the document the bundler returns where each node
came from, so a problem found in the bundle can be reported at its source file and pointer.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.core.errors import SourceLocation, SpecError, SpecProblem, join_pointer, unescape_pointer_token
from generator.core.spec_source import load_yaml

ROOT_SPEC = Path("openapi/zoho-billing.yaml")
MODULES_DIR_NAME = "modules"
MODULE_FILE = "module.yaml"
ERROR_CODES_FILE = "error-codes.yaml"
ERRATA_FILE = "errata.yaml"
FACTS_FILE = "facts.yaml"
EXAMPLES_DIR = "examples"

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


# The component kinds a module folder may define, each in `<kind>.yaml` or `<kind>/*.yaml`.
MODULE_COMPONENT_KINDS = tuple(kind for kind in _COMPONENT_KINDS if kind not in ("securitySchemes", "pathItems"))


@dataclass(frozen=True)
class Module:
    """One API module: its folder under ``openapi/modules/``, named like its tag."""

    name: str
    directory: Path

    @property
    def module_file(self) -> Path:
        return self.directory / MODULE_FILE

    def component_files(self, kind: str) -> list[Path]:
        """The files whose top-level keys are this module's components of ``kind``."""
        files = [self.directory / f"{kind}.yaml"] if (self.directory / f"{kind}.yaml").is_file() else []
        folder = self.directory / kind
        return files + (sorted(folder.glob("*.yaml")) if folder.is_dir() else [])


def discover_modules(root: Path = ROOT_SPEC) -> list[Module]:
    """The modules of the spec rooted at ``root``, in the order of the root's ``tags`` list.

    Raise :class:`SpecError` for a module folder the list does not name, a line of the list that
    names no module folder, or a module named twice.
    """
    root = root.resolve()
    root_doc = load_yaml(root)
    problems: list[SpecProblem] = []
    modules = _modules_in_tag_order(root, root_doc if isinstance(root_doc, dict) else {}, problems)
    if problems:
        raise SpecError(problems)
    return modules


def _modules_in_tag_order(root: Path, root_doc: dict[str, Any], problems: list[SpecProblem]) -> list[Module]:
    modules_dir = root.parent / MODULES_DIR_NAME
    folders = sorted(path for path in modules_dir.iterdir() if path.is_dir()) if modules_dir.is_dir() else []
    listed: dict[Path, int] = {}
    tags = root_doc.get("tags") or []
    for index, tag in enumerate(tags if isinstance(tags, list) else []):
        ref = tag.get("$ref") if isinstance(tag, dict) else None
        if not isinstance(ref, str):
            continue  # a tag written in the root itself: no module
        target_file, _, fragment = ref.partition("#")
        target = (root.parent / unquote(target_file)).resolve()
        at = SourceLocation(root, join_pointer("/tags", index, "$ref"))
        if target.parent.parent != modules_dir.resolve() or target.name != MODULE_FILE or fragment != "/tag":
            problems.append(
                SpecProblem(
                    at, f"a module's line in tags must be {{$ref: {MODULES_DIR_NAME}/<module>/{MODULE_FILE}#/tag}}"
                )
            )
        elif not target.is_file():
            problems.append(SpecProblem(at, f"no module folder {_relative(target.parent)} with a {MODULE_FILE}"))
        elif target.parent in listed:
            problems.append(
                SpecProblem(
                    at, f"module {target.parent.name!r} is listed twice (first at /tags/{listed[target.parent]})"
                )
            )
        else:
            listed[target.parent] = index
    for folder in folders:
        if folder.resolve() not in listed:
            where = folder / MODULE_FILE
            problems.append(
                SpecProblem(
                    SourceLocation(where if where.is_file() else folder, ""),
                    f"module folder {folder.name!r} is not in the root's tags list: add "
                    f"`- $ref: {MODULES_DIR_NAME}/{folder.name}/{MODULE_FILE}#/tag` to tags in {_relative(root)}",
                )
            )
    return [Module(path.name, path) for path in listed]


def load_errata(root: Path = ROOT_SPEC) -> dict[str, list[dict[str, Any]]]:
    """The root's errata and every module's, merged in module order."""
    root = root.resolve()
    merged: dict[str, list[dict[str, Any]]] = {"contradictions": [], "decisions": []}
    files = [root.parent / ERRATA_FILE] + [module.directory / ERRATA_FILE for module in discover_modules(root)]
    for file in files:
        if file.is_file():
            errata = load_yaml(file) or {}
            for key in merged:
                merged[key] += errata.get(key) or []
    return merged


def load_facts(root: Path = ROOT_SPEC) -> dict[str, dict[str, Any]]:
    """The facts for the tests: ``""`` -> the root's ``facts.yaml`` (shared schemas), and each
    module's name -> its ``facts.yaml``, in module order (a module without one maps to ``{}``)."""
    root = root.resolve()
    files = {"": root.parent / FACTS_FILE} | {m.name: m.directory / FACTS_FILE for m in discover_modules(root)}
    return {name: (load_yaml(file) or {}) if file.is_file() else {} for name, file in files.items()}


@dataclass
class BundledSpec:
    """The bundled document and, for each of its container nodes, the source it was copied from."""

    root: Path
    document: dict[str, Any]
    origins: dict[str, SourceLocation] = field(default_factory=dict)

    def component_modules(self, kind: str = "schemas") -> dict[str, str]:
        """Each component of ``kind`` -> the name of the module folder that defines it, ``""`` for a shared one."""
        modules_dir = (self.root.parent / MODULES_DIR_NAME).resolve()
        owners: dict[str, str] = {}
        for name in (self.document.get("components") or {}).get(kind) or {}:
            file = self.locate(join_pointer(f"/components/{kind}", name)).file.resolve()
            owners[name] = file.relative_to(modules_dir).parts[0] if file.is_relative_to(modules_dir) else ""
        return owners

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
        self._defined: dict[str, tuple[str, SourceLocation]] = {}

    def run(self) -> BundledSpec:
        root_doc = self._load(self._root)
        if not isinstance(root_doc, dict):
            raise SpecError([SpecProblem(SourceLocation(self._root, ""), "the root must be a mapping")])
        modules = _modules_in_tag_order(self._root, root_doc, self._problems)
        self._register_components(root_doc)
        module_components = self._register_module_components(modules)
        document = self._copy(root_doc, self._root, "", "", stack=())
        self._add_modules(document, modules, module_components)
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
                pointer = join_pointer("/components", kind, name)
                self._define(kind, name, SourceLocation(self._root, pointer))
                if isinstance(value, dict) and set(value) == {"$ref"}:
                    target = self._resolve_ref(value["$ref"], self._root, join_pointer(pointer, "$ref"))
                    if target is not None:
                        self._registered[target] = f"#/components/{kind}/{name}"

    def _define(self, kind: str, name: str, at: SourceLocation) -> None:
        """Record a component name; a name already defined (in any kind) is a problem naming both."""
        first = self._defined.get(name)
        if first is not None:
            first_kind, first_at = first
            what = (
                f"component {name!r}" if first_kind == kind else f"component name {name!r} (a {first_kind[:-1]} there)"
            )
            self._problems.append(SpecProblem(at, f"{what} is already defined at {first_at}"))
        else:
            self._defined[name] = (kind, at)

    def _register_module_components(self, modules: list[Module]) -> list[tuple[str, str, Path]]:
        """Register every module component; return (kind, name, file) in bundle order."""
        found: list[tuple[str, str, Path]] = []
        for module in modules:
            for kind in MODULE_COMPONENT_KINDS:
                for file in module.component_files(kind):
                    document = self._load_target(file, file, "", str(file))
                    if document is MISSING or document is None:
                        continue
                    if not isinstance(document, dict):
                        self._problem(file, "", f"a {kind} file must be a mapping of component names")
                        continue
                    for name in document:
                        self._define(kind, str(name), SourceLocation(file, join_pointer("", name)))
                        self._registered[(file, join_pointer("", name))] = f"#/components/{kind}/{name}"
                        found.append((kind, str(name), file))
        return found

    def _add_modules(
        self, document: dict[str, Any], modules: list[Module], components: list[tuple[str, str, Path]]
    ) -> None:
        """Add each module's paths, components, scopes and error codes to the copied root."""
        paths = document.setdefault("paths", {})
        path_sources: dict[str, SourceLocation] = {
            path: SourceLocation(self._root, join_pointer("/paths", path)) for path in paths
        }
        scopes_at = [
            flow["scopes"]
            for scheme in ((document.get("components") or {}).get("securitySchemes") or {}).values()
            if isinstance(scheme, dict) and scheme.get("type") == "oauth2"
            for flow in (scheme.get("flows") or {}).values()
            if isinstance(flow, dict) and isinstance(flow.get("scopes"), dict)
        ]
        webhook_sources: dict[str, SourceLocation] = {
            name: SourceLocation(self._root, join_pointer("/webhooks", name)) for name in document.get("webhooks") or {}
        }
        catalogue = document.setdefault("x-zoho-error-codes", [])
        codes_seen: dict[tuple[str, Any], SourceLocation] = {}
        names_seen: dict[Any, SourceLocation] = {}
        for module in modules:
            file = module.module_file
            module_doc = self._load_target(file, file, "", str(file))
            if not isinstance(module_doc, dict):
                if module_doc is not MISSING:
                    self._problem(file, "", "module.yaml must be a mapping with tag, scopes and paths")
                continue
            tag = module_doc.get("tag")
            if not isinstance(tag, dict) or tag.get("name") != module.name:
                self._problem(file, "/tag/name", f"the module's tag must be named like its folder, {module.name!r}")
            for path, item in (module_doc.get("paths") or {}).items():
                at = SourceLocation(file, join_pointer("/paths", path))
                if path in path_sources:
                    self._problems.append(SpecProblem(at, f"path {path!r} is already defined at {path_sources[path]}"))
                    continue
                path_sources[path] = at
                out = join_pointer("/paths", path)
                paths[path] = self._copy(item, file, at.pointer, out, stack=())
                self._check_operation_tags(paths[path], module, out)
            self._add_webhooks(document, module_doc, file, webhook_sources)
            for scope, meaning in (module_doc.get("scopes") or {}).items():
                for scopes in scopes_at:
                    if scope in scopes:
                        self._problem(file, join_pointer("/scopes", scope), f"scope {scope!r} is already defined")
                        break
                    scopes[scope] = meaning
            codes_file = module.directory / ERROR_CODES_FILE
            codes = self._load_target(codes_file, codes_file, "", str(codes_file)) if codes_file.is_file() else []
            if codes is MISSING or codes is None:
                continue
            if not isinstance(codes, list):
                self._problem(codes_file, "", "error-codes.yaml must be a list of error codes")
                continue
            for index, entry in enumerate(codes):
                at = SourceLocation(codes_file, join_pointer("", index))
                if not isinstance(entry, dict):
                    self._problems.append(SpecProblem(at, "an error code must be a mapping"))
                    continue
                if entry.get("module") != module.name:
                    self._problem(
                        codes_file,
                        join_pointer(at.pointer, "module"),
                        f"module must be {module.name!r}, the folder's name",
                    )
                key = (module.name, entry.get("code"))
                if key in codes_seen:
                    self._problems.append(
                        SpecProblem(at, f"code {entry.get('code')!r} is already defined at {codes_seen[key]}")
                    )
                codes_seen[key] = at
                name = entry.get("name")
                if name in names_seen:
                    self._problems.append(
                        SpecProblem(at, f"error code name {name!r} is already defined at {names_seen[name]}")
                    )
                names_seen[name] = at
                catalogue.append(
                    self._copy(
                        entry, codes_file, at.pointer, join_pointer("/x-zoho-error-codes", len(catalogue)), stack=()
                    )
                )
        all_components = document.setdefault("components", {})
        for kind, name, file in components:
            pointer = join_pointer("", name)
            out = join_pointer("/components", kind, name)
            all_components.setdefault(kind, {})[name] = self._copy(
                lookup(self._load(file), pointer), file, pointer, out, stack=()
            )

    def _add_webhooks(
        self, document: dict[str, Any], module_doc: dict[str, Any], file: Path, sources: dict[str, SourceLocation]
    ) -> None:
        """A module's ``webhooks`` (name -> path item), added to the bundle's in module order; a name
        another module (or the root) already defines is a problem naming both places."""
        webhooks = module_doc.get("webhooks")
        if webhooks is None:
            return
        if not isinstance(webhooks, dict):
            self._problem(file, "/webhooks", "webhooks must map each webhook name to its path item ($ref)")
            return
        for name, item in webhooks.items():
            at = SourceLocation(file, join_pointer("/webhooks", name))
            if name in sources:
                self._problems.append(SpecProblem(at, f"webhook {name!r} is already defined at {sources[name]}"))
                continue
            sources[name] = at
            document.setdefault("webhooks", {})[name] = self._copy(
                item, file, at.pointer, join_pointer("/webhooks", name), stack=()
            )

    def _check_operation_tags(self, path_item: Any, module: Module, out: str) -> None:
        for method, operation in path_item.items() if isinstance(path_item, dict) else []:
            if (
                isinstance(operation, dict)
                and "operationId" in operation
                and module.name not in (operation.get("tags") or [])
            ):
                where = self._origins.get(
                    join_pointer(out, method), SourceLocation(self._root, join_pointer(out, method))
                )
                self._problems.append(
                    SpecProblem(
                        SourceLocation(where.file, join_pointer(where.pointer, "tags")),
                        f"an operation of module {module.name!r} must carry its tag {module.name!r}",
                    )
                )

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
