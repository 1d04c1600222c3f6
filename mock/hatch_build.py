"""Build hook: ship the bundled spec inside the package as `zoho_billing_mock/zoho-billing.json`.

A static `force-include` of `../generated/openapi/zoho-billing.json` would break building a wheel
from the sdist (the path outside the project does not exist there), so the hook force-includes it
when it exists (a build from the repository) and otherwise relies on the copy the sdist already
carries in `src/zoho_billing_mock/`. Editable installs read the repository's file directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SPEC_NAME = "zoho-billing.json"


class BundledSpecHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        root = Path(self.root)
        bundled = root.parent / "generated" / "openapi" / SPEC_NAME
        shipped = root / "src" / "zoho_billing_mock" / SPEC_NAME
        if bundled.is_file():
            target = "zoho_billing_mock" if self.target_name == "wheel" else "src/zoho_billing_mock"
            build_data["force_include"][str(bundled)] = f"{target}/{SPEC_NAME}"
        elif not shipped.is_file():
            raise FileNotFoundError(
                f"{bundled} is missing: run `python -m generator bundle --out generated/openapi` in the repository"
            )
