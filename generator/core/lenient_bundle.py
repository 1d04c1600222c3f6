"""The lenient bundle: the main bundle made to accept what Zoho really sends, for validating traffic.

``generated/openapi/zoho-billing.yaml`` says what Zoho documents: a phone number is a string, a
VAT treatment one of three values. Zoho's own examples and responses break that (numbers for
phones, a placeholder ``"string"`` for an enum, values added after the docs were written), so a
strict validator generated from the main bundle (openapi-zod-client, pydantic strict, Prism)
rejects real traffic. ``zoho-billing.lenient.{yaml,json}`` is the same document with two changes,
both driven by facts in the spec source, never by a list in this module:

* every schema an erratum (``openapi/errata.yaml``, a module's) names under ``schemas`` also accepts the JSON
  types its published values have: ``anyOf: [<the schema>, {type: number}]`` (or ``null``, or an
  array of the schema);
* every enum marked ``x-zoho-extensible-enum`` is open: ``anyOf: [{enum: [...]}, {type: string}]``.

Everything else (names, paths, descriptions, examples) is the main bundle's, so the two can be
swapped in any tool. The Python packages and the docs are generated from the main bundle.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator.core.bundle_spec import BundledSpec, load_errata
from generator.core.errors import SourceLocation
from generator.core.spec_checks import walk_schemas

_JSON_TYPES = {bool: "boolean", int: "number", float: "number", str: "string", type(None): "null", list: "array"}
# Keywords that describe a value rather than constrain it: they stay on the outer schema.
_ANNOTATIONS = frozenset(
    {"title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "example", "externalDocs"}
)
_ENUM_KEYWORDS = ("enum", "x-enum-descriptions", "x-zoho-legacy-values")
_LENIENT_NOTE = (
    "**Lenient variant, for validating real traffic.** Derived from the main bundle by "
    "`make generate`: the fields Zoho is known to send with another JSON type than the declared one "
    "(see the errata: `openapi/errata.yaml` and each module's) accept that type too, and the enums marked "
    "`x-zoho-extensible-enum` accept any string. Generate clients from the main bundle.\n\n"
)


def wire_types_by_source(spec_root: Path) -> dict[SourceLocation, list[str]]:
    """Source schema -> the JSON types beyond its declared one that Zoho's published values have."""
    errata = load_errata(spec_root)
    found: dict[SourceLocation, list[str]] = {}
    for entry in errata["contradictions"]:
        types: list[str] = []
        for occurrence in entry["occurrences"]:
            kind = _JSON_TYPES[type(occurrence["published"])]
            if kind not in types:
                types.append(kind)
        for source in entry.get("schemas") or []:
            file, _, pointer = source.partition("#")
            location = SourceLocation((spec_root.parent / file).resolve(), pointer)
            found.setdefault(location, [])
            found[location] += [kind for kind in types if kind not in found[location]]
    return found


def lenient_document(bundled: BundledSpec) -> dict[str, Any]:
    """The lenient variant of ``bundled.document`` (a new document; the bundle is not changed)."""
    document = copy.deepcopy(bundled.document)
    wire_types = wire_types_by_source(bundled.root)
    # Collect first, rewrite after: innermost schemas first, so that a pointer stays valid.
    sites = [(pointer, node) for pointer, node in walk_schemas(document)]
    for pointer, node in reversed(sites):
        if node.get("x-zoho-extensible-enum") is True and "enum" in node:
            _open_enum(node)
        extra = wire_types.get(bundled.locate(pointer))
        if extra:
            _widen(node, extra)
    info = document.setdefault("info", {})
    info["title"] = f"{info.get('title', '')} (lenient)".strip()
    info["description"] = _LENIENT_NOTE + str(info.get("description", ""))
    return document


def _open_enum(schema: dict[str, Any]) -> None:
    documented = {key: schema.pop(key) for key in _ENUM_KEYWORDS if key in schema}
    del schema["x-zoho-extensible-enum"]
    kind = schema.get("type", "string")
    schema["anyOf"] = [{"type": kind, **documented}, {"type": kind}]


def _widen(schema: dict[str, Any], extra: list[str]) -> None:
    core = {key: schema.pop(key) for key in list(schema) if key not in _ANNOTATIONS and not key.startswith("x-")}
    branches: list[dict[str, Any]] = [core]
    for kind in extra:
        if kind == "array":
            branches.append({"type": "array", "items": copy.deepcopy(core)})
        else:
            branches.append({"type": kind})
    schema["anyOf"] = branches


def lenient_name(bundle_name: str) -> str:
    return f"{bundle_name}.lenient"


__all__ = ["lenient_document", "lenient_name", "wire_types_by_source"]
