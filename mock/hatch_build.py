"""Build hook: ship the bundled spec and its API model inside the package, as
`zoho_billing_mock/zoho-billing.json` and `zoho_billing_mock/zoho-billing.api-model.json`.

A static `force-include` of `../generated/openapi/...` would break building a wheel from the sdist
(the path outside the project does not exist there), so the hook force-includes both files when
they exist (a build from the repository) and otherwise relies on the copies the sdist already
carries in `src/zoho_billing_mock/`. Editable installs read the repository's files directly.

The metadata hook gives the distribution the spec's ``info.version``, from the same two places, so
that the spec is the one source of every package's version.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

SPEC_NAMES = ("zoho-billing.json", "zoho-billing.api-model.json")  # the bundle and its API model


def _spec_file(root: Path, name: str) -> Path:
    """The repository's bundle when building from the repository, else the copy an sdist carries."""
    bundled = root.parent / "generated" / "openapi" / name
    return bundled if bundled.is_file() else root / "src" / "zoho_billing_mock" / name


class SpecVersionHook(MetadataHookInterface):
    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        spec = _spec_file(Path(self.root), SPEC_NAMES[0])
        try:
            metadata["version"] = json.loads(spec.read_text(encoding="utf-8"))["info"]["version"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise RuntimeError(
                f"{spec}: cannot read info.version ({error}); run `make generate` in the repository"
            ) from error


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
