"""JSON in and out with exact decimals: numbers with a fraction or exponent are `Decimal`, never float.

Parsed JSON is nested at most `MAX_DEPTH` levels (each object or array is one level): deeper
documents are refused with `JsonError`, so nothing downstream (validation, copies, the database)
ever recurses into an attacker-chosen depth.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

__all__ = ["MAX_DEPTH", "JsonError", "dumps", "loads"]

MAX_DEPTH = 100


class JsonError(ValueError):
    """The text is not JSON the mock accepts."""


def _reject_constant(name: str) -> Any:
    raise JsonError(f"{name} is not a JSON number")


_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"


def loads(data: bytes | str) -> Any:
    """Parse JSON, reading every non-integer number as an exact `Decimal` (NaN and Infinity are refused).

    Refuses documents nested more than `MAX_DEPTH` levels deep.
    """
    try:
        value = json.loads(data, parse_float=Decimal, parse_constant=_reject_constant)
    except JsonError:
        raise
    except RecursionError:  # the C scanner stops at the interpreter's recursion limit
        raise JsonError(_TOO_DEEP) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise JsonError(str(error)) from error
    if _deeper_than(value, MAX_DEPTH):
        raise JsonError(_TOO_DEEP)
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """True when objects and arrays nest more than `limit` levels (iterative: no recursion)."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        current, depth = pending.pop()
        children = current.values() if isinstance(current, dict) else current if isinstance(current, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def dumps(value: Any) -> str:
    """Serialize to compact JSON, writing each `Decimal` exactly as it was read (no float rounding)."""
    parts: list[str] = []
    _encode(value, parts)
    return "".join(parts)


def _encode(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(json.dumps(value))
    elif isinstance(value, int):
        out.append(str(int(value)))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write {value} as a JSON number")
        out.append(str(value))
    elif isinstance(value, float):
        out.append(json.dumps(value, allow_nan=False))
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(json.dumps(str(key)))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"cannot write {type(value).__name__} as JSON")
