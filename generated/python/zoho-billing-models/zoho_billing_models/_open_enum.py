"""Open string enums: a value the spec does not list (Zoho adds values) parses instead of raising.

``OpenStrEnum`` is the base of every generated enum in both packages. Looking up an unknown value returns a
pseudo-member that is not one of the listed members but keeps the value: it compares equal to its string, its
``.value`` and ``str()`` are the string, and it is written back unchanged.

The one source of this code for both generated packages: ``make generate`` copies it unchanged from
``generator/python_common/runtime/`` into ``zoho_billing_client`` and ``zoho_billing_models``, so each package
installs on its own.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

__all__ = ["OpenStrEnum"]


class OpenStrEnum(StrEnum):
    """A ``StrEnum`` that accepts any string, keeping an unlisted one as a pseudo-member."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
