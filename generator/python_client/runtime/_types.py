"""``NOT_GIVEN``: the default of options that may also be set to ``None``.

``client.with_options(timeout=None)`` turns the timeout off, and ``client.items.retrieve(id,
timeout=None)`` sends one call without a timeout; an option left at ``NOT_GIVEN`` keeps the client's
value. (``None`` cannot mean "unchanged" there, since it is a value the option can take.)

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven"]


class NotGiven:
    """The type of ``NOT_GIVEN`` (falsy, one instance)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
