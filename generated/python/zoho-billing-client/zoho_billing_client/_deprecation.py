"""``DeprecationWarning`` for a deprecated operation, parameter or field (``deprecated: true`` in the
spec, with ``x-zoho-sunset`` when Zoho has announced a removal date).

The warning points at the caller's line, not at this package: its stack level is the first frame
outside ``zoho_billing_client``, however deep the call (a method, a pager, an async task). Python 3.12's
``skip_file_prefixes`` does the same, but the package supports 3.11.

This file is copied unchanged into the generated package.
"""

from __future__ import annotations

import sys
import warnings

__all__ = ["deprecation_message", "warn_deprecated"]

_PACKAGE = __name__.rpartition(".")[0]


def deprecation_message(what: str, sunset: str | None) -> str:
    """``what`` is deprecated, and when Zoho may remove it if known."""
    when = f"; Zoho may remove it after {sunset}" if sunset else ""
    return f"{what} is deprecated in the Zoho Billing API{when}"


def warn_deprecated(message: str) -> None:
    warnings.warn(message, DeprecationWarning, stacklevel=_caller_stack_level())


def _caller_stack_level() -> int:
    frame = sys._getframe(1)  # the caller of warn_deprecated: level 1 for warnings.warn's own caller
    level = 1
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module != _PACKAGE and not module.startswith(_PACKAGE + "."):
            return level
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level
