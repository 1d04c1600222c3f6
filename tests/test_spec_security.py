"""Each operation's security: Zoho's Authorization header (`zoho_oauthtoken`) and the OAuth scheme.

The header scheme is what generated clients send (tests/thirdparty/); the OAuth scheme keeps the
flow and the scopes. `validate` holds every operation to the pairing: the header alternatives
first, the same scopes on both, and alternatives rather than one requirement naming both.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.core.openapi_document import iter_operations

REPO_ROOT = Path(__file__).resolve().parent.parent

# The `validate_copy` fixture of tests/conftest.py: edit a copy of openapi/, run `generator validate` on it.
ValidateCopy = Callable[[Callable[[Path], None]], "subprocess.CompletedProcess[str]"]

ITEMS_CREATE = """  security:
    - zoho_oauthtoken: [ZohoSubscriptions.items.CREATE]
    - zoho_oauthtoken: [ZohoSubscriptions.fullaccess.all]
    - zoho_oauth: [ZohoSubscriptions.items.CREATE]
    - zoho_oauth: [ZohoSubscriptions.fullaccess.all]
"""

BREAKAGES = {
    "oauth-first": (
        """  security:
    - zoho_oauth: [ZohoSubscriptions.items.CREATE]
    - zoho_oauth: [ZohoSubscriptions.fullaccess.all]
    - zoho_oauthtoken: [ZohoSubscriptions.items.CREATE]
    - zoho_oauthtoken: [ZohoSubscriptions.fullaccess.all]
""",
        "openapi/modules/items/paths/items.yaml#/post/security/2/zoho_oauthtoken: "
        "the Authorization header alternative comes after an OAuth alternative",
    ),
    "scopes-differ": (
        """  security:
    - zoho_oauthtoken: [ZohoSubscriptions.items.READ]
    - zoho_oauthtoken: [ZohoSubscriptions.fullaccess.all]
    - zoho_oauth: [ZohoSubscriptions.items.CREATE]
    - zoho_oauth: [ZohoSubscriptions.fullaccess.all]
""",
        "openapi/modules/items/paths/items.yaml#/post/security: "
        "the Authorization header scheme must list the same scopes",
    ),
    "header-missing": (
        """  security:
    - zoho_oauth: [ZohoSubscriptions.items.CREATE]
    - zoho_oauth: [ZohoSubscriptions.fullaccess.all]
""",
        "openapi/modules/items/paths/items.yaml#/post/security: "
        "the Authorization header scheme must list the same scopes",
    ),
    "both-in-one-requirement": (
        """  security:
    - zoho_oauthtoken: [ZohoSubscriptions.items.CREATE]
      zoho_oauth: [ZohoSubscriptions.items.CREATE]
    - zoho_oauthtoken: [ZohoSubscriptions.fullaccess.all]
      zoho_oauth: [ZohoSubscriptions.fullaccess.all]
""",
        "openapi/modules/items/paths/items.yaml#/post/security/0: requirement names several schemes",
    ),
    "unknown-role": (
        ITEMS_CREATE.replace(
            "zoho_oauthtoken: [ZohoSubscriptions.items.CREATE]", "zoho_oauthtoken: [ZohoSubscriptions.items.WRITE]"
        ),
        "openapi/modules/items/paths/items.yaml#/post/security/0/zoho_oauthtoken: "
        "scope 'ZohoSubscriptions.items.WRITE' is not declared by zoho_oauthtoken",
    ),
}


def test_header_scheme_describes_zoho_oauthtoken(document: dict[str, Any]) -> None:
    schemes = document["components"]["securitySchemes"]
    header = schemes["zoho_oauthtoken"]
    assert header == header | {"type": "apiKey", "in": "header", "name": "Authorization"}
    assert "Zoho-oauthtoken <access_token>" in header["description"]
    assert 'api_key_prefix["zoho_oauthtoken"] = "Zoho-oauthtoken"' in header["description"]
    assert schemes["zoho_oauth"]["x-zoho-token-prefix"] == "Zoho-oauthtoken"


def test_every_operation_pairs_the_header_with_the_oauth_scopes(document: dict[str, Any]) -> None:
    for operation in iter_operations(document):
        security = operation.node["security"]
        header = [requirement["zoho_oauthtoken"] for requirement in security if "zoho_oauthtoken" in requirement]
        oauth = [requirement["zoho_oauth"] for requirement in security if "zoho_oauth" in requirement]
        assert header == oauth and oauth, operation.pointer
        assert [next(iter(r)) for r in security] == ["zoho_oauthtoken"] * len(header) + ["zoho_oauth"] * len(oauth)


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_security_is_reported_at_its_source(validate_copy: ValidateCopy, breakage: str) -> None:
    replacement, expected = BREAKAGES[breakage]

    def edit(spec: Path) -> None:
        path = spec / "modules" / "items" / "paths" / "items.yaml"
        text = path.read_text(encoding="utf-8")
        assert ITEMS_CREATE in text
        path.write_text(text.replace(ITEMS_CREATE, replacement, 1), encoding="utf-8")

    result = validate_copy(edit)
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
