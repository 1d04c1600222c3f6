"""Exact JSON for Zoho's money: every non-integer number is read as a ``Decimal`` and written back as the same number.

``json_loads`` parses with ``parse_float=Decimal``, so no amount passes through a float. ``json_dumps`` writes a
``Decimal`` as the JSON number it holds (``0.1`` as ``0.1``, ``1234567890.123456789`` unrounded), an enum member as
its value and a date or datetime as its ISO string; everything else as ``json.dumps`` does (UTF-8, no NaN).

The one source of this code for both generated packages: ``make generate`` copies it unchanged from
``generator/python_common/runtime/`` into ``zoho_billing_client`` and ``zoho_billing_models``, so each package
installs on its own.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

__all__ = ["json_dumps", "json_loads"]


def json_loads(content: bytes | str) -> Any:
    """Parse JSON, reading every non-integer number as an exact Decimal (never a float)."""
    return json.loads(content, parse_float=Decimal)


def _encode(value: Any) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value!r} cannot be written as JSON")
        return str(value)
    if isinstance(value, Enum):
        return _encode(value.value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return json.dumps(value.isoformat())
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{json.dumps(str(k), ensure_ascii=False)}:{_encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def json_dumps(value: Any) -> bytes:
    """Write JSON as UTF-8 bytes, each Decimal as the exact JSON number it holds."""
    return _encode(value).encode()
