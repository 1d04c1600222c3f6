"""The HTML reference in a real headless Chromium, opened from file:// as a newcomer would open it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlparse

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: the helper module beside

from reference_pages import html_pages

from generator.core.bundle_spec import discover_modules

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# One page per module (tag), in the order of the root's tags list, and the shared pages.
TAGS = [module.name for module in discover_modules()]
PAGES = html_pages()


def _url(docs_dir: Path, page: str) -> str:
    name, _, fragment = page.partition("#")
    return (docs_dir / name).as_uri() + (f"#{fragment}" if fragment else "")


@pytest.fixture(scope="module")
def page_anchors(browser: Any, docs_dir: Path) -> dict[str, dict[str, Any]]:
    """For each page: its element ids and its links, as the browser sees them after loading."""
    found: dict[str, dict[str, Any]] = {}
    context = browser.new_context()
    try:
        page = context.new_page()
        for name in PAGES:
            page.goto(_url(docs_dir, name))
            found[name] = {
                "ids": set(page.eval_on_selector_all("[id]", "elements => elements.map(e => e.id)")),
                "links": page.eval_on_selector_all("a[href]", "elements => elements.map(e => e.href)"),
            }
    finally:
        context.close()
    return found


def test_every_html_page_is_listed(docs_dir: Path) -> None:
    assert sorted(path.name for path in docs_dir.glob("*.html")) == sorted(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_without_console_error_or_failed_request(open_page: Any, docs_dir: Path, name: str) -> None:
    page, log = open_page(_url(docs_dir, name))
    page.wait_for_load_state("load")
    assert page.evaluate("Array.isArray(window.ZOHO_DOCS_INDEX) && window.ZOHO_DOCS_INDEX.length > 0")
    assert page.title().endswith("reference")
    assert log.problems() == []


def test_internal_links_resolve(page_anchors: dict[str, dict[str, Any]], docs_dir: Path) -> None:
    broken = []
    checked = 0
    for name, found in page_anchors.items():
        for link in found["links"]:
            parsed = urlparse(link)
            if parsed.scheme in ("http", "https"):
                continue  # plain links out (Zoho's own pages); never loaded by the reference
            assert parsed.scheme == "file", f"{name}: unexpected link {link}"
            target, fragment = urldefrag(link)
            target_name = Path(unquote(urlparse(target).path)).name
            checked += 1
            if target_name not in page_anchors:
                broken.append(f"{name}: {link} (no such page)")
            elif fragment and unquote(fragment) not in page_anchors[target_name]["ids"]:
                broken.append(f"{name}: {link} (no element #{unquote(fragment)})")
    assert checked > 500
    assert broken == []


def _search(page: Any, text: str) -> list[dict[str, str]]:
    page.fill("#search-input", text)
    page.wait_for_selector("#search-results:not([hidden]) li")
    results: list[dict[str, str]] = page.eval_on_selector_all(
        "#search-results a",
        "links => links.map(a => ({kind: a.dataset.kind, title: a.querySelector('.title').textContent,"
        " href: a.getAttribute('href')}))",
    )
    return results


def test_search_finds_a_field_and_goes_to_it(open_page: Any, docs_dir: Path) -> None:
    page, log = open_page(_url(docs_dir, "index.html"))
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search-input"
    results = _search(page, "zip")
    assert results[0] == {"kind": "field", "title": "Address.zip", "href": "schemas.html#Address.zip"}
    page.click("#search-results a >> nth=0")
    page.wait_for_url("**/schemas.html#Address.zip")
    row = page.locator("[id='Address.zip']")
    assert row.is_visible()
    assert "Postal code" in row.inner_text()
    assert log.problems() == []


@pytest.mark.parametrize(
    ("query", "kind", "title", "href"),
    [
        ("business_gst", "enum", "business_gst", "schemas.html#enum-GstTreatment-business_gst"),
        ("2049", "error", "2049 ITEM_IN_USE_CANNOT_DELETE", "errors.html#error-items-2049"),
        ("mark item active", "operation", "POST /items/{item_id}/active", "items.html#mark_item_active"),
        ("tax_authority_name", "field", "CustomerCreateRequest.tax_authority_name",
         "schemas.html#CustomerCreateRequest.tax_authority_name"),
        ("reference_id_type", "parameter", "reference_id_type",
         "customers.html#retrieve_customer_by_reference-param-reference_id_type"),
    ],
)  # fmt: skip
def test_search_finds_enum_values_error_codes_operations(
    open_page: Any, docs_dir: Path, query: str, kind: str, title: str, href: str
) -> None:
    page, _ = open_page(_url(docs_dir, "customers.html"))
    results = _search(page, query)
    assert {"kind": kind, "title": title, "href": href} in results[:3], results[:5]
    page.keyboard.press("Escape")
    assert page.locator("#search-results").is_hidden()


def test_search_with_keyboard_opens_the_first_result(open_page: Any, docs_dir: Path) -> None:
    page, _ = open_page(_url(docs_dir, "items.html"))
    page.fill("#search-input", "1000")
    page.keyboard.press("Enter")
    page.wait_for_url("**/errors.html#error-items-1000")
    assert "The item name already exist" in page.locator("[id='error-items-1000']").inner_text()


def test_snippets_become_tabs(open_page: Any, docs_dir: Path) -> None:
    page, _ = open_page(_url(docs_dir, "items.html#create_item"))
    section = page.locator("#create_item")
    python = section.locator("figure.code[data-label='Python']")
    curl = section.locator("figure.code[data-label='curl']")
    assert python.is_visible() and curl.is_hidden()
    section.locator(".tabs button", has_text="curl").click()
    assert curl.is_visible() and python.is_hidden()
    assert "Authorization: Zoho-oauthtoken <access_token>" in curl.inner_text()


def test_screenshot_of_the_customers_page(open_page: Any, docs_dir: Path) -> None:
    page, log = open_page(_url(docs_dir, "customers.html"))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs-customers.png"))
    page.goto(_url(docs_dir, "customers.html#create_customer-request.gst_treatment"))
    page.screenshot(path=str(ARTIFACTS / "docs-customers-field.png"))
    assert (ARTIFACTS / "docs-customers.png").stat().st_size > 20_000
    assert log.problems() == []
