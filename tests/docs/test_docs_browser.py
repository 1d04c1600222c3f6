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


# ---------------------------------------------------------------------------------------------
# Layout: three panes on a laptop, one column on a phone; the sidebar follows the reader
# ---------------------------------------------------------------------------------------------

PHONE = {"width": 390, "height": 844}


def test_code_pane_is_beside_the_operation_and_stays_in_view(open_page: Any, docs_dir: Path) -> None:
    page, log = open_page(_url(docs_dir, "subscriptions.html#create_subscription"), width=1400, height=900)
    section = page.locator("section.operation[id='create_subscription']")
    doc, code = section.locator(".op-doc"), section.locator("aside.op-code")
    doc_box, code_box = doc.bounding_box(), code.bounding_box()
    assert doc_box and code_box
    assert code_box["x"] >= doc_box["x"] + doc_box["width"], (doc_box, code_box)
    sidebar = page.locator("nav.sidebar").bounding_box()
    assert sidebar and sidebar["x"] + sidebar["width"] <= doc_box["x"]
    # Halfway down the operation's text, its code is still at the top of the view.
    page.evaluate("y => window.scrollTo(0, y)", doc_box["y"] + page.evaluate("window.scrollY") + doc_box["height"] / 2)
    code_box = code.bounding_box()
    assert code_box and 0 <= code_box["y"] <= 40, code_box
    for label in ("Python", "curl", "TypeScript"):
        assert section.locator(f".op-code figure.code[data-label='{label}']").count() == 1
    assert log.problems() == []


def test_phone_shows_one_column(open_page: Any, docs_dir: Path) -> None:
    page, log = open_page(_url(docs_dir, "subscriptions.html#create_subscription"), **PHONE)
    section = page.locator("section.operation[id='create_subscription']")
    doc_box = section.locator(".op-doc").bounding_box()
    code_box = section.locator("aside.op-code").bounding_box()
    assert doc_box and code_box
    assert code_box["y"] >= doc_box["y"] + doc_box["height"] - 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"
    assert log.problems() == []


def test_sidebar_follows_the_scroll_position(open_page: Any, docs_dir: Path) -> None:
    page, log = open_page(_url(docs_dir, "customers.html"), width=1400, height=900)
    current = "nav.sidebar a[aria-current='location']"
    for operation_id in ("delete_customer", "list_transactions", "create_customer"):
        page.evaluate("id => document.getElementById(id).scrollIntoView()", operation_id)
        page.wait_for_selector(f"{current}[href='customers.html#{operation_id}']")
        assert page.locator(current).count() == 1
        link = page.locator(current).bounding_box()
        assert link and 0 <= link["y"] <= 900, "the marked link is scrolled into the sidebar's view"
    assert page.locator("details.nav-module[open] a[aria-current='page']").inner_text() == "All of Customers"
    assert log.problems() == []


def test_code_is_highlighted_in_the_page_without_a_script(browser: Any, docs_dir: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(_url(docs_dir, "items.html#create_item"))
        python = page.locator("section#create_item figure.code[data-label='Python'] pre")
        assert python.locator("span.kn, span.k").count() > 0  # `from ... import`, highlighted
        colours = python.locator("span").evaluate_all(
            "spans => [...new Set(spans.map(s => getComputedStyle(s).color))]"
        )
        assert len(colours) > 1
    finally:
        context.close()


# ---------------------------------------------------------------------------------------------
# Keyboard and accessibility
# ---------------------------------------------------------------------------------------------


def test_keyboard_reaches_search_results_and_the_sidebar(open_page: Any, docs_dir: Path) -> None:
    page, log = open_page(_url(docs_dir, "index.html"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "search-input"
    page.keyboard.type("mark item active")
    page.keyboard.press("ArrowDown")
    assert page.locator("#search-results a[aria-selected='true']").count() == 1
    page.keyboard.press("Escape")
    assert page.locator("#search-results").is_hidden()
    # On through the sidebar: the Items module opens from the keyboard and its operations follow.
    summary = page.locator("details.nav-module summary", has_text="Items")
    for _ in range(60):
        if page.evaluate("document.activeElement.tagName") == "SUMMARY" and "Items" in page.evaluate(
            "document.activeElement.textContent"
        ):
            break
        page.keyboard.press("Tab")
    else:
        raise AssertionError("Tab never reached the Items module of the sidebar")
    page.keyboard.press("Enter")
    assert summary.locator("xpath=..").get_attribute("open") is not None
    page.keyboard.press("Tab")  # the module's page
    page.keyboard.press("Tab")  # its first operation
    target = page.evaluate("document.activeElement.getAttribute('href')")
    assert target.startswith("items.html#"), target
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{target}")
    assert log.problems() == []


AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violation(open_page: Any, docs_dir: Path, name: str) -> None:
    """axe-core (pinned in package.json, injected from node_modules: nothing from the network) finds
    no serious or critical violation, in the light scheme and the dark one. No preload: axe would
    fetch the style sheets again, which file:// refuses (the page itself has them)."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci`")
    page, log = open_page(_url(docs_dir, name), width=1400, height=900)
    found: dict[str, list[str]] = {}
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "() => axe.run(document, {resultTypes: ['violations'], preload: false}).then(r => r.violations"
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            ".map(v => [v.id, v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')]))"
        )
        for rule, nodes in violations:
            found.setdefault(f"{scheme}: {rule}", []).append(nodes)
    assert found == {}
    assert log.problems() == []


def test_screenshots_of_the_subscriptions_page(open_page: Any, docs_dir: Path) -> None:
    """A laptop and a phone view, kept as test artifacts (test-artifacts/, not committed)."""
    ARTIFACTS.mkdir(exist_ok=True)
    for view, size in (("desktop", {"width": 1400, "height": 900}), ("phone", PHONE)):
        page, log = open_page(_url(docs_dir, "subscriptions.html#create_subscription"), **size)
        path = ARTIFACTS / f"docs-subscriptions-{view}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 20_000
        assert log.problems() == []
