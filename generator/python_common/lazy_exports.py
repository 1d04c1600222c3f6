"""The source of a package ``__init__`` that exports names lazily, for every generated package that needs one.

Why: importing a name's module can be expensive (pydantic builds each model's validator; a client resource
imports its models), so a package that imported every submodule up front would cost more with every API module.
The ``__init__`` written here imports nothing at run time: a module ``__getattr__`` (PEP 562) imports a name's
submodule on first access and caches the value, ``__dir__`` and ``__all__`` list every name, and a
``TYPE_CHECKING`` block imports each name for type checkers and IDEs. One name per import line, sorted by
submodule then name, so that the file diffs well and can be read back (the client's models ``__init__`` is
rewritten from openapi-python-client's eager one, see ``python_client.write_client_sdk``).
"""

from __future__ import annotations

from collections.abc import Mapping


def lazy_exports_module(docstring: str, exports: Mapping[str, str]) -> str:
    """The ``__init__`` source exporting each name of ``exports`` (name -> submodule, relative) on first access."""
    ordered = sorted(exports.items(), key=lambda pair: (pair[1], pair[0]))
    lines = [
        f'"""{docstring}"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{module} import {name}" for name, module in ordered),
        "",
        "_MODULES: dict[str, str] = {",
        *(f'    "{name}": "{module}",' for name, module in sorted(exports.items())),
        "}",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in sorted(exports)),
        "]",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted({*globals(), *__all__})",
    ]
    return "\n".join(lines) + "\n"
