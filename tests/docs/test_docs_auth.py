"""The reference shows how a generated client must send the token, and each operation's scopes once.

The spec describes one token twice (the OAuth scheme and the `Authorization` API-key scheme, with
the same scopes): the overview renders the API-key scheme's guidance, and an operation's scope
line does not repeat a scope because two schemes list it.
"""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path
from typing import Any


def _header_scheme(bundle: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    for name, scheme in bundle["components"]["securitySchemes"].items():
        if scheme["type"] == "apiKey" and scheme["in"] == "header" and scheme["name"] == "Authorization":
            return name, scheme
    raise AssertionError("the bundle has no API-key scheme in the Authorization header")


def test_overview_shows_the_header_scheme_for_generated_clients(bundle: dict[str, Any], docs_dir: Path) -> None:
    name, scheme = _header_scheme(bundle)
    markdown = (docs_dir / "README.md").read_text(encoding="utf-8")
    assert f"(scheme `{name}`, apiKey in header" in markdown
    section = markdown.split("### The header for generated clients", 1)[1].split("\n## ", 1)[0]
    assert scheme["description"].strip() in section
    html = (docs_dir / "index.html").read_text(encoding="utf-8")
    assert 'id="generated-clients"' in html and 'href="#generated-clients"' in html
    assert f'api_key_prefix["{name}"] = "Zoho-oauthtoken"' in html_module.unescape(html)


def test_each_operation_lists_each_scope_once(bundle: dict[str, Any], docs_dir: Path) -> None:
    lines = [
        line
        for tag in bundle["tags"]
        for line in (docs_dir / f"{tag['name']}.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("- OAuth scope:")
    ]
    operations = sum(
        1 for item in bundle["paths"].values() for operation in item.values() if isinstance(operation, dict)
    )
    assert len(lines) == operations
    for line in lines:
        scopes = re.findall(r"`([^`]+)`", line)
        assert scopes and len(scopes) == len(set(scopes)), line
