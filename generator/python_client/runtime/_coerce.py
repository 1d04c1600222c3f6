"""Lenient conversions the generated models' ``from_dict`` applies to a received value.

``as_decimal`` types a JSON number (or a numeric string) as an exact ``Decimal``, ``as_date`` an ISO date string
as a ``datetime.date``; any other value (Zoho's examples are often wrong-typed) is returned unchanged, so it is
kept and written back as it came.

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["as_date", "as_decimal"]


def as_decimal(value: Any) -> Any:
    """Return a JSON number (or numeric string) as an exact Decimal; return anything else unchanged."""
    if isinstance(value, (Decimal, bool)):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            return value
        return number if number.is_finite() else value
    return value


def as_date(value: Any) -> Any:
    """Return an ISO date string as a datetime.date; return anything else (or an invalid date) unchanged."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value
