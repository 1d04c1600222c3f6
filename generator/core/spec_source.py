"""Reading the hand-written YAML files of the spec, strictly.

PyYAML's defaults are too forgiving for a source of truth: it keeps the last of two duplicate
keys and turns unquoted dates into ``datetime.date``. This loader rejects duplicates (naming the
line) and keeps every scalar JSON-compatible.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.core.errors import SourceLocation, SpecError, SpecProblem


class _StrictLoader(yaml.SafeLoader):
    pass


# Drop the YAML 1.1 timestamp resolver: `2016-06-05` must stay the string JSON would carry.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key {key!r} (first at line {seen[key] + 1})",
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Load one spec source file, raising :class:`SpecError` with its location on bad YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError([SpecProblem(SourceLocation(path, ""), "file not found")]) from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - _StrictLoader is a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise SpecError([SpecProblem(SourceLocation(path, ""), f"invalid YAML{where}: {problem}")]) from None
