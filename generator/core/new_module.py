"""``python -m generator new-module NAME``: write the skeleton of a module folder.

It writes ``openapi/modules/NAME/`` with every file a module has (see CONTRIBUTING.md), each with
a comment saying what goes in it, and adds the module's line to the root's ``tags`` list. The
skeleton validates as it is (a tag, four scopes, no operation yet); fill it in, then run
``python -m generator validate``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.core.bundle_spec import (
    ERRATA_FILE,
    ERROR_CODES_FILE,
    EXAMPLES_DIR,
    FACTS_FILE,
    MODULE_FILE,
    MODULES_DIR_NAME,
    ROOT_SPEC,
    discover_modules,
)

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class NewModuleError(ValueError):
    """The module cannot be created (bad name, existing folder, root without a tags list)."""


def _files(name: str) -> dict[str, str]:
    title = name.replace("_", " ").capitalize()
    return {
        MODULE_FILE: f"""\
# The {name} module: its tag, its OAuth scopes and its paths. See CONTRIBUTING.md.
tag:
  name: {name}
  description: >-
    TODO: what a {title} record is, in one or two sentences of our own words.
  externalDocs:
    description: Zoho's {title} reference
    url: https://www.zoho.com/billing/api/v1/{name}/
# Zoho's scopes of this module; each operation needs one of them (or the full-access scope).
scopes:
  ZohoSubscriptions.{name}.CREATE: Create {name}.
  ZohoSubscriptions.{name}.READ: Read {name}.
  ZohoSubscriptions.{name}.UPDATE: Update {name}.
  ZohoSubscriptions.{name}.DELETE: Delete {name}.
# URL path -> its path item in paths/ (one file per path: /{name}/{{id}} is paths/{name}@{{id}}.yaml).
# Every operation carries `tags: [{name}]`, `x-zoho-sdk` and `x-zoho-behaviour`, and the full resource
# schema `x-zoho-record`: the SDK and the local server read them (openapi/extensions.yaml, CONTRIBUTING.md).
paths: {{}}
""",
        "schemas.yaml": f"""\
# Component schemas of the {name} module: every top-level key is a component (#/components/schemas/<key>),
# with a `title` that spells its name (`{title}Summary` -> `title: {title} summary`).
""",
        "parameters.yaml": f"# Component parameters of the {name} module (its ID path parameter...), one per key.\n",
        "responses.yaml": f"# Component responses of the {name} module (errors carrying its codes), one per key.\n",
        "fields.yaml": (
            f"# Field definitions the {name} schemas and paths share. Fragments, not components: the bundler\n"
            "# inlines each where it is referenced (`$ref: fields.yaml#/Name`).\n"
        ),
        ERROR_CODES_FILE: (
            f"# Error codes of the {name} module, from Zoho's page (see openapi/extensions.yaml, x-zoho-error-codes);\n"
            f"# each entry says `module: {name}`.\n[]\n"
        ),
        ERRATA_FILE: (
            f"# Errata of the {name} module (format: openapi/errata.yaml): contradictions between its examples and\n"
            "# Zoho's declared types, and other contradictions in Zoho's docs, with the decision taken.\n"
            "contradictions: []\ndecisions: []\n"
        ),
        FACTS_FILE: (
            f"# Facts of the {name} module from Zoho's documentation, written out independently of the spec and\n"
            "# checked by the generic tests (format: CONTRIBUTING.md): operations, schemas (fields, required,\n"
            "# limits, editions, money, read-only), enums, error codes.\n{}\n"
        ),
        f"{EXAMPLES_DIR}/index.json": json.dumps([], indent=2) + "\n",
    }


def new_module(name: str, root: Path = ROOT_SPEC) -> list[Path]:
    """Write the skeleton of module ``name`` beside ``root`` and list it in the root's tags."""
    if not NAME_PATTERN.fullmatch(name):
        raise NewModuleError(f"module name {name!r}: use lower-case letters, digits and _, as Zoho's URL does")
    root = root.resolve()
    folder = root.parent / MODULES_DIR_NAME / name
    if folder.exists():
        raise NewModuleError(f"{folder} exists already")
    text = root.read_text(encoding="utf-8")
    lines = [f"  - $ref: {MODULES_DIR_NAME}/{module.name}/{MODULE_FILE}#/tag\n" for module in discover_modules(root)]
    line = f"  - $ref: {MODULES_DIR_NAME}/{name}/{MODULE_FILE}#/tag\n"
    if lines:
        anchor = lines[-1]
    elif "\ntags:\n" in text:
        anchor = "\ntags:\n"
    else:
        raise NewModuleError(f"{root}: no tags list to add the module's line to")
    written: list[Path] = []
    for relative, content in _files(name).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    root.write_text(text.replace(anchor, anchor + line, 1), encoding="utf-8")
    return [*written, root]
