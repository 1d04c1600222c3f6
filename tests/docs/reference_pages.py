"""The pages the reference must have, as a module-level list for ``pytest.mark.parametrize``."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def _generated_dir() -> Path:
    return Path(os.environ.get("ZOHO_BILLING_GENERATED", REPO_ROOT / "generated")).resolve()


def html_pages() -> list[str]:
    """Every HTML page of the reference: the overview, one per module (tag, in the root's order),
    one per family of webhook event types (the record its deliveries carry, read from the API
    model of the bundle), the schemas and the errors. A module-level list, for parametrize."""
    import json

    from generator.core.api_model import build_api_model
    from generator.core.bundle_spec import discover_modules
    from generator.docs.model import WEBHOOKS_PAGE_PREFIX

    bundle = json.loads((_generated_dir() / "openapi" / "zoho-billing.json").read_text(encoding="utf-8"))
    families = dict.fromkeys(webhook.payload_key for webhook in build_api_model(bundle).webhooks)
    return [
        "index.html",
        *(f"{module.name}.html" for module in discover_modules()),
        *(f"{WEBHOOKS_PAGE_PREFIX}{family}.html" for family in families),
        "schemas.html",
        "errors.html",
        "changelog.html",
    ]
