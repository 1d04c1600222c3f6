"""The bundle as the two Python generators read it: a decimal that may come as a string or a number is one Decimal.

The spec describes such a value (a transaction ``amount``) as ``anyOf`` a decimal string and a
``number`` with ``format: decimal``, so that every tool in every language can decode both forms
(``format: decimal`` on a string would make Go's generator decode it into a float64, and fail).
openapi-python-client and datamodel-code-generator would turn that ``anyOf`` into a ``float | str``
or a string wrapper class. Both Python packages already read a ``number`` with ``format: decimal``
as an exact ``decimal.Decimal`` and accept a numeric string for it (the client's ``as_decimal``,
pydantic's lax ``Decimal``), so for them alone the alternative is collapsed into that one schema.

Required alternatives (``customer_id`` or ``customer``) are an object's ``anyOf`` (or ``oneOf``)
whose branches carry only ``required`` (``generator.core.openapi_document.required_alternatives``).
openapi-python-client then writes no class for the object, and datamodel-code-generator a union of
anonymous ones; in the view the keyword moves to :data:`REQUIRED_ALTERNATIVES_KEY` (``{"anyOf":
[["customer_id"], ["customer"]]}``), which both ignore and the client's SDK layer checks before
sending (``generator/python_client/write_client_sdk.py``).

The view is written outside the generated tree; the published bundle keeps the ``anyOf``.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.core.openapi_document import required_alternatives

_STRING_BRANCH_KEYS = frozenset({"type", "pattern"})
_NUMBER_BRANCH = {"type": "number", "format": "decimal"}
# Where the view keeps an object's required alternatives (an extension key: never in the spec itself).
REQUIRED_ALTERNATIVES_KEY = "x-python-required-alternatives"


def is_decimal_string_or_number(schema: Any) -> bool:
    """Whether ``schema`` is ``anyOf: [{type: string, pattern}, {type: number, format: decimal}]`` (either order)."""
    branches = schema.get("anyOf") if isinstance(schema, dict) else None
    if not isinstance(branches, list) or len(branches) != 2:
        return False
    strings = [
        b for b in branches if isinstance(b, dict) and b.get("type") == "string" and set(b) <= _STRING_BRANCH_KEYS
    ]
    numbers = [b for b in branches if b == _NUMBER_BRANCH]
    return len(strings) == 1 and len(numbers) == 1


def python_view(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with each decimal string-or-number read as ``type: number, format: decimal``."""
    return _rewrite(copy.deepcopy(document))  # type: ignore[no-any-return]


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        if is_decimal_string_or_number(node):
            annotations = {key: value for key, value in node.items() if key != "anyOf"}
            return {**_NUMBER_BRANCH, **annotations}
        alternatives = required_alternatives(node)
        rewritten = {key: _rewrite(value) for key, value in node.items() if key not in alternatives}
        if alternatives:
            rewritten[REQUIRED_ALTERNATIVES_KEY] = alternatives
        return rewritten
    if isinstance(node, list):
        return [_rewrite(item) for item in node]
    return node
