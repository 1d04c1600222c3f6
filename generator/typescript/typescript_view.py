"""The bundle as openapi-typescript reads it: required alternatives as a union TypeScript can check.

An object's required alternatives (``customer_id`` or ``customer``) are, in the spec, an ``anyOf`` (or
``oneOf``) whose branches carry only ``required`` (``generator.core.openapi_document.required_alternatives``).
openapi-typescript makes each such branch ``unknown``, and ``{...} | unknown`` is ``unknown``: the
type would accept anything. In this view each branch also says ``type: object`` and the properties it
requires (as the object declares them), under an ``allOf``, so that the type is the object
intersected with the union of its alternatives::

    { customer_id?: string; customer?: Customer } & ({ customer_id: string } | { customer: Customer })

The view is written outside the generated tree; the published bundle keeps the ``anyOf``.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.core.openapi_document import required_alternatives


def typescript_view(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with each object's required alternatives spelt out for openapi-typescript."""
    return _rewrite(copy.deepcopy(document))  # type: ignore[no-any-return]


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        alternatives = required_alternatives(node)
        rewritten = {key: _rewrite(value) for key, value in node.items() if key not in alternatives}
        properties = rewritten.get("properties") or {}
        for keyword, branches in alternatives.items():
            union = [
                {
                    "type": "object",
                    "required": names,
                    "properties": {name: properties[name] for name in names if name in properties},
                }
                for names in branches
            ]
            rewritten["allOf"] = [*rewritten.get("allOf", []), {keyword: union}]
        return rewritten
    if isinstance(node, list):
        return [_rewrite(item) for item in node]
    return node
