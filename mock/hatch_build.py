"""Build hook: ship the bundled spec and its API model inside the package, as
`zoho_billing_mock/zoho-billing.json` and `zoho_billing_mock/zoho-billing.api-model.json`.

A static `force-include` of `../generated/openapi/...` would break building a wheel from the sdist
(the path outside the project does not exist there), so the hook force-includes both files when
they exist (a build from the repository) and otherwise relies on the copies the sdist already
carries in `src/zoho_billing_mock/`. Editable installs read the repository's files directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SPEC_NAMES = ("zoho-billing.json", "zoho-billing.api-model.json")  # the bundle and its API model


class BundledSpecHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        root = Path(self.root)
        for name in SPEC_NAMES:
            bundled = root.parent / "generated" / "openapi" / name
            shipped = root / "src" / "zoho_billing_mock" / name
            if bundled.is_file():
                target = "zoho_billing_mock" if self.target_name == "wheel" else "src/zoho_billing_mock"
                build_data["force_include"][str(bundled)] = f"{target}/{name}"
            elif not shipped.is_file():
                raise FileNotFoundError(f"{bundled} is missing: run `make generate` in the repository")
