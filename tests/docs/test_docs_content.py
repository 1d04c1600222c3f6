"""What the generated reference (generated/docs/) holds, read without a browser: every operation,
field, enum value, error code, server and scope of the bundle; self-contained pages; escaping;
snippets that are valid code; a search index whose every entry leads somewhere; the Markdown twin."""

from __future__ import annotations

import ast
import filecmp
import json
import re
import shlex
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: the helper module beside

from reference_pages import html_pages

from generator.core.api_model import build_api_model
from generator.core.bundle_spec import discover_modules
from generator.core.openapi_document import resolve_local_ref
from generator.docs.changelog import read_history
from generator.docs.model import WEBHOOKS_PAGE_PREFIX
from generator.docs.render_docs import render_docs

# One page per module (tag), in the order of the root's tags list, and the shared pages.
TAGS = [module.name for module in discover_modules()]
HTML_PAGES = html_pages()
MD_PAGES = ["README.md", *(f"{tag}.md" for tag in TAGS), "schemas.md", "errors.md"]
METHODS = ("get", "put", "post", "delete", "patch")


class _Page(HTMLParser):
    """The ids of a page with the text under each, and every resource the page refers to."""

    _VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, str] = {}
        self.resources: list[str] = []
        self.links: list[str] = []
        self._open: list[tuple[str, str | None, list[str]]] = []
        self.raw = text
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and attributes.get("src"):
            self.resources.append(str(attributes["src"]))
        if tag == "link" and attributes.get("href"):
            self.resources.append(str(attributes["href"]))
        if tag == "a" and attributes.get("href"):
            self.links.append(str(attributes["href"]))
        if "style" in attributes:
            self.resources.extend(re.findall(r"url\(([^)]*)\)", str(attributes["style"])))
        if tag in self._VOID:
            if attributes.get("id"):
                self.texts[str(attributes["id"])] = ""
            return
        self._open.append((tag, attributes.get("id"), []))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            open_tag, element_id, parts = self._open.pop()
            text = "".join(parts)
            if element_id:
                self.texts[element_id] = text
            if self._open:
                self._open[-1][2].append(text)
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][2].append(data)


@pytest.fixture(scope="module")
def pages(docs_dir: Path) -> dict[str, _Page]:
    return {name: _Page((docs_dir / name).read_text(encoding="utf-8")) for name in HTML_PAGES}


@pytest.fixture(scope="module")
def raw(docs_dir: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in docs_dir.iterdir() if path.is_file()}


def _operations(bundle: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in bundle["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def sdk_method(operation: dict[str, Any]) -> str:
    """The SDK call the spec states for the operation (its ``x-zoho-sdk``)."""
    return "{resource}.{method}".format(**operation["x-zoho-sdk"])


def sdk_calls(bundle: dict[str, Any]) -> list[str]:
    """Every SDK call of the spec: each operation's, and each of its variants' (``download_pdf``)."""
    calls = []
    for _, _, operation in _operations(bundle):
        sdk = operation["x-zoho-sdk"]
        calls += [sdk_method(operation)] + [f"{sdk['resource']}.{v['method']}" for v in sdk.get("variants", [])]
    return calls


# ---------------------------------------------------------------------------------------------
# Files, self-containment, determinism
# ---------------------------------------------------------------------------------------------


def test_files(docs_dir: Path) -> None:
    files = sorted(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*") if path.is_file())
    assert files == sorted(
        [*HTML_PAGES, *MD_PAGES, "assets/docs.css", "assets/docs.js", "assets/highlight.css", "assets/search-index.js"]
    )


def test_pages_load_nothing_from_outside(pages: dict[str, _Page], docs_dir: Path) -> None:
    for name, page in pages.items():
        assert sorted(set(page.resources)) == [
            "assets/docs.css",
            "assets/docs.js",
            "assets/highlight.css",
            "assets/search-index.js",
        ], name
        for resource in page.resources:
            assert (docs_dir / resource).is_file()
    css = (docs_dir / "assets" / "docs.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    script = (docs_dir / "assets" / "docs.js").read_text(encoding="utf-8")
    for loader in ("fetch(", "XMLHttpRequest", "import(", "http://", "https://", "WebSocket"):
        assert loader not in script


def test_ids_are_unique(raw: dict[str, str]) -> None:
    for name in HTML_PAGES:
        ids = re.findall(r'\sid="([^"]+)"', raw[name])
        assert len(ids) == len(set(ids)), f"{name}: {sorted({i for i in ids if ids.count(i) > 1})[:5]}"


def test_docs_are_what_the_generator_writes_for_the_bundle(generated_dir: Path, docs_dir: Path, tmp_path: Path) -> None:
    # Deterministic and current: two renderings of the committed bundle equal the committed docs.
    first, second = tmp_path / "first", tmp_path / "second"
    bundle = json.loads((generated_dir / "openapi" / "zoho-billing.json").read_text(encoding="utf-8"))
    history = read_history(Path(__file__).resolve().parents[2] / "releases")
    render_docs(build_api_model(bundle), first, history)
    render_docs(build_api_model(bundle), second, history)
    for rendering in (first, second):
        comparison = filecmp.dircmp(rendering, docs_dir)
        assert comparison.left_only == comparison.right_only == []
        names = [path.relative_to(rendering).as_posix() for path in rendering.rglob("*") if path.is_file()]
        _match, mismatch, errors = filecmp.cmpfiles(rendering, docs_dir, names, shallow=False)
        assert mismatch == errors == [], "generated/docs is stale: run `make generate`"


def test_no_timestamp_or_absolute_path(raw: dict[str, str], generated_dir: Path) -> None:
    # The only dates are those of the spec's examples and of the recorded releases (the changelog);
    # no path of the machine that generated it.
    from generator.core.release import releases

    bundle_text = (generated_dir / "openapi" / "zoho-billing.json").read_text(encoding="utf-8")
    release_dates = {release.date for release in releases(Path(__file__).resolve().parents[2] / "releases")}
    for name, text in raw.items():
        for date in re.findall(r"\d{4}-\d\d-\d\d(?:[T ][0-9:]+)?", text):
            assert date in bundle_text or date in release_dates, f"{name}: {date}"
        assert str(generated_dir) not in text and "/tmp/" not in text and "/home/" not in text, name


# ---------------------------------------------------------------------------------------------
# Everything of the bundle is there
# ---------------------------------------------------------------------------------------------


def test_every_operation_has_its_section(bundle: dict[str, Any], pages: dict[str, _Page]) -> None:
    for path, method, operation in _operations(bundle):
        page = pages[f"{operation['tags'][0]}.html"]
        section = page.texts[operation["operationId"]]
        assert operation["summary"] in section
        assert f"{method.upper()} {path}" in " ".join(section.split())
        assert f"client.{sdk_method(operation)}" in section
        for requirement in operation["security"]:
            for scopes in requirement.values():
                assert all(scope in section for scope in scopes)
        for status in operation["responses"]:
            assert f"{operation['operationId']}-{status}" in page.texts
        for node in operation.get("parameters", []):
            parameter = resolve_local_ref(bundle, node)
            assert f"{operation['operationId']}-param-{parameter['name']}" in page.texts


def test_every_schema_field_and_enum_value_has_an_anchor(bundle: dict[str, Any], pages: dict[str, _Page]) -> None:
    schemas_page = pages["schemas.html"]
    for name, schema in bundle["components"]["schemas"].items():
        assert name in schemas_page.texts, name
        for field in schema.get("properties", {}):
            assert f"{name}.{field}" in schemas_page.texts
        meanings = schema.get("x-enum-descriptions", [])
        for index, value in enumerate(schema.get("enum", [])):
            anchor = f"enum-{name}-{value}"
            assert anchor in schemas_page.texts
            if meanings:
                assert meanings[index] in " ".join(schemas_page.texts[anchor].split())
        for value in schema.get("x-zoho-legacy-values", []):
            assert "legacy" in schemas_page.texts[f"enum-{name}-{value}"]


def test_fields_show_type_limits_flags_and_editions(pages: dict[str, _Page]) -> None:
    text = pages["schemas.html"].texts

    def row(anchor: str) -> str:
        return " ".join(text[anchor].split())

    assert "string" in row("Item.name") and "1 to 100 characters" in row("Item.name") and "required" in row("Item.name")
    assert "2 to 12 characters" in row("CustomerCreateRequest.vat_reg_no") and "UK" in row(
        "CustomerCreateRequest.vat_reg_no"
    )
    assert "read-only" in row("Customer.customer_id")
    assert "number (decimal)" in row("Item.rate")
    assert "pattern ^-?[0-9]+(\\.[0-9]+)?$" in row("Transaction.amount")
    assert "Sales tax" in row("CustomerCreateRequest.tax_authority_id")
    assert "Condition" in row("CustomerCreateRequest.tax_authority_id")
    assert "Required when applying a tax exemption" in row("CustomerCreateRequest.tax_authority_id")
    assert "India" in row("Customer.gst_treatment") and "business_gst" in row("Customer.gst_treatment")
    assert "minimum 1" in row("CustomerCustomField.index") and "maximum 10" in row("CustomerCustomField.index")
    assert "default false" in row("CustomerCreateRequest.ach_supported")
    assert "always 0" in row("StatusResponse.code")


def test_operations_show_nested_request_and_response_fields(pages: dict[str, _Page]) -> None:
    customers = pages["customers.html"].texts
    assert "billing_address.zip" in customers["create_customer-request.billing_address.zip"]
    assert "tags[].tag_option_id" in customers["create_customer-request.tags.tag_option_id"]
    # A response shows its record's own fields; a component deeper down is linked, described once on
    # the schemas page (the row's name leads to the field's description there).
    assert "customer.default_templates" in customers["create_customer-201.customer.default_templates"]
    assert "create_customer-201.customer.default_templates.invoice_template_id" not in customers
    raw_customers = pages["customers.html"].raw
    row = raw_customers.split('id="create_customer-201.customer.default_templates"', 1)[1].split("</tr>", 1)[0]
    assert 'href="schemas.html#Customer.default_templates"' in row and 'href="schemas.html#DefaultTemplates"' in row
    assert "invoice_template_id" in pages["schemas.html"].texts["DefaultTemplates.invoice_template_id"]
    assert "GST FREE" in customers["update_customer-request.tax_exemption_code"]
    items = pages["items.html"].texts
    assert "intra" in items["create_item-request.item_tax_preferences.tax_specification"]


def test_error_codes_are_listed_and_shown_on_their_operations(bundle: dict[str, Any], pages: dict[str, _Page]) -> None:
    errors = pages["errors.html"].texts
    operations = {operation["operationId"]: operation for _, _, operation in _operations(bundle)}
    for error in bundle["x-zoho-error-codes"]:
        row = " ".join(errors[f"error-{error['module']}-{error['code']}"].split())
        assert error["name"] in row and error["message"] in row and str(error["http_status"]) in row
        for operation_id in error["operations"]:
            assert operation_id in row
            section = pages[f"{operations[operation_id]['tags'][0]}.html"].texts[operation_id]
            assert error["name"] in section and error["message"] in section
    # The HTTP error responses, their examples, and which are illustrative.
    for name, response in bundle["components"]["responses"].items():
        section = " ".join(errors[f"response-{name}"].split())
        for example in response["content"]["application/json"]["examples"].values():
            assert f'"code": {example["value"]["code"]}' in section
            assert ("illustrative" in section) == any(
                e.get("x-zoho-illustrative") for e in response["content"]["application/json"]["examples"].values()
            )
    assert "Retry-After" in errors["response-TooManyRequests"]
    # Which operations answer each: "every operation" when all do, else each by name.
    declared = {name: set() for name in bundle["components"]["responses"]}
    for _, _, operation in _operations(bundle):
        for response in operation["responses"].values():
            if "$ref" in response:
                declared[response["$ref"].rsplit("/", 1)[1]].add(operation["operationId"])
    for name, operation_ids in declared.items():
        section = errors[f"response-{name}"]
        if len(operation_ids) == len(operations):
            assert "Returned by every operation" in " ".join(section.split())
        else:
            assert all(operation_id in section for operation_id in operation_ids), name


def test_overview_lists_servers_scopes_and_editions(bundle: dict[str, Any], pages: dict[str, _Page]) -> None:
    index = pages["index.html"].texts
    for server in bundle["servers"]:
        center = server["x-zoho-data-center"]
        row = index[f"dc-{center['id']}"]
        assert server["url"] in row and center["accounts_url"] in row and center["region"] in row
        assert ("not confirmed" in row) != center["confirmed"]
    scheme = bundle["components"]["securitySchemes"]["zoho_oauth"]
    for scope in scheme["flows"]["authorizationCode"]["scopes"]:
        assert f"scope-{scope}" in index
    assert f"Authorization: {scheme['x-zoho-token-prefix']} <access_token>" in index["oauth-flow-and-scopes"]


def test_editions_table_lists_every_edition_the_spec_uses(bundle: dict[str, Any], raw: dict[str, str]) -> None:
    # Each edition code of an `x-zoho-availability` is a row of its own (a <code> cell), not a
    # substring of the section's prose (`in` and `us` are in any English sentence).
    used: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            used.update(node.get("x-zoho-availability") or [])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(bundle)
    section = raw["index.html"].split('<section id="editions"', 1)[1].split("</section>", 1)[0]
    assert used
    for code in sorted(used):
        assert f"<td><code>{code}</code></td>" in section, code


def test_descriptions_are_escaped(raw: dict[str, str]) -> None:
    # CustomerFilter's description reads "in Zoho's `Status.<Name>` form".
    assert "<code>Status.&lt;Name&gt;</code>" in raw["schemas.html"]
    assert "<Name>" not in raw["schemas.html"]


# ---------------------------------------------------------------------------------------------
# Snippets
# ---------------------------------------------------------------------------------------------


def _snippets(page_text: str, language: str) -> list[str]:
    import html

    blocks = re.findall(rf'<code class="language-{language}">(.*?)</code></pre>', page_text, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", block)) for block in blocks]


WEBHOOK_SNIPPET = "from zoho_billing_client import webhooks\n"


def _module_snippets(bundle: dict[str, Any], raw: dict[str, str], language: str) -> list[str]:
    """The request snippets of every module's page, in module order (not the webhook-receiving ones, which
    call no operation: test_webhook_snippets_parse checks those)."""
    return [
        snippet
        for tag in bundle["tags"]
        for snippet in _snippets(raw[f"{tag['name']}.html"], language)
        if not snippet.startswith(WEBHOOK_SNIPPET)
    ]


def test_webhook_snippets_parse_and_use_the_webhooks_module(bundle: dict[str, Any], raw: dict[str, str]) -> None:
    # Each family of event types has its page, which shows how to receive and verify a delivery.
    family_pages = [name for name in HTML_PAGES if name.startswith(WEBHOOKS_PAGE_PREFIX)]
    snippets = [
        snippet
        for name in family_pages
        for snippet in _snippets(raw[name], "python")
        if snippet.startswith(WEBHOOK_SNIPPET)
    ]
    assert len(snippets) == len(family_pages)
    assert bool(family_pages) == bool(bundle.get("webhooks"))
    for snippet in snippets:
        ast.parse(snippet)
        assert "webhooks.parse_event(" in snippet or "webhooks.verify_signature(" in snippet, snippet


def test_python_snippets_are_valid_and_use_the_sdk_names(bundle: dict[str, Any], raw: dict[str, str]) -> None:
    snippets = _module_snippets(bundle, raw, "python")
    assert len(snippets) == len(_operations(bundle))  # one per operation (a variant shares its snippet)
    calls = set()
    for snippet in snippets:
        tree = ast.parse(snippet)
        assert 'ZohoBilling(organization_id="10234695", access_token="...", data_center="com")' in snippet
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                target = node.func.value
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "client"
                ):
                    calls.add(f"{target.attr}.{node.func.attr}")
    assert calls == set(sdk_calls(bundle))
    create_item = next(snippet for snippet in snippets if "client.items.create(" in snippet)
    assert 'rate=Decimal("120")' in create_item and "from decimal import Decimal" in create_item
    assert any('client.customers.retrieve("903000000000099")' in snippet for snippet in snippets)
    assert any("for item in client.items.list(" in snippet for snippet in snippets)


def test_curl_snippets_send_the_zoho_headers(bundle: dict[str, Any], raw: dict[str, str]) -> None:
    snippets = _module_snippets(bundle, raw, "shell")
    assert len(snippets) == len(_operations(bundle))
    for snippet in snippets:
        words = shlex.split(snippet.replace("\\\n", " "))
        assert words[:2] == ["curl", "--request"]
        headers = [words[i + 1] for i, word in enumerate(words) if word == "--header"]
        assert "Authorization: Zoho-oauthtoken <access_token>" in headers
        assert "X-com-zoho-subscriptions-organizationid: 10234695" in headers
        url = words[words.index("--url") + 1]
        assert url.startswith("https://www.zohoapis.com/billing/v1/")
        if "--data" in words:
            assert "content-type: application/json" in headers
            json.loads(words[words.index("--data") + 1])


# ---------------------------------------------------------------------------------------------
# Search index
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def search_index(docs_dir: Path) -> list[list[str]]:
    script = (docs_dir / "assets" / "search-index.js").read_text(encoding="utf-8")
    match = re.search(r"window\.ZOHO_DOCS_INDEX = (\[.*\]);\s*$", script, re.S)
    assert match is not None
    entries: list[list[str]] = json.loads(match.group(1))
    return entries


def test_search_index_covers_fields_enum_values_and_error_codes(
    bundle: dict[str, Any], search_index: list[list[str]]
) -> None:
    titles = {(kind, title) for kind, title, _, _ in search_index}
    for name, schema in bundle["components"]["schemas"].items():
        for field in schema.get("properties", {}):
            assert ("field", f"{name}.{field}") in titles
        for value in schema.get("enum", []):
            assert ("enum", value) in titles
    for error in bundle["x-zoho-error-codes"]:
        assert ("error", f"{error['code']} {error['name']}") in titles
    for path, method, _ in _operations(bundle):
        assert ("operation", f"{method.upper()} {path}") in titles


def test_every_search_result_leads_to_an_anchor(search_index: list[list[str]], pages: dict[str, _Page]) -> None:
    for kind, title, _, href in search_index:
        page, _, anchor = href.partition("#")
        assert anchor in pages[page].texts, f"{kind} {title}: {href}"


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------


def _md_anchors(text: str) -> set[str]:
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', text))
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.M):
        anchors.add(re.sub(r"[^a-z0-9 _-]", "", heading.strip().lower()).replace(" ", "-"))
    return anchors


def test_markdown_has_every_operation_field_and_error(bundle: dict[str, Any], raw: dict[str, str]) -> None:
    for _, _, operation in _operations(bundle):
        page = raw[f"{operation['tags'][0]}.md"]
        assert f'<a id="{operation["operationId"]}"></a>' in page
        assert f"client.{sdk_method(operation)}" in page
    for name, schema in bundle["components"]["schemas"].items():
        for field in schema.get("properties", {}):
            assert f'<a id="{name}.{field}"></a>' in raw["schemas.md"]
        for value in schema.get("enum", []):
            assert f'<a id="enum-{name}-{value}"></a>`{value}`' in raw["schemas.md"]
    for error in bundle["x-zoho-error-codes"]:
        assert f'<a id="error-{error["module"]}-{error["code"]}"></a>`{error["code"]}`' in raw["errors.md"]


def test_markdown_links_resolve(raw: dict[str, str]) -> None:
    anchors = {name: _md_anchors(raw[name]) for name in MD_PAGES}
    broken = []
    for name in MD_PAGES:
        for target in re.findall(r"\]\(([^)\s]+)\)", raw[name]):
            if target.startswith(("http://", "https://")):
                continue
            page, _, anchor = target.partition("#")
            page = page or name
            if page == "index.html":
                continue  # the HTML twin
            if page not in anchors or (anchor and anchor not in anchors[page]):
                broken.append(f"{name}: {target}")
    assert broken == []


def test_markdown_tables_are_well_formed(raw: dict[str, str]) -> None:
    for name in MD_PAGES:
        columns = None
        for line in raw[name].splitlines():
            if not line.startswith("|"):
                columns = None
                continue
            cells = len(re.findall(r"(?<!\\)\|", line)) - 1
            if columns is None:
                columns = cells
            assert cells == columns, f"{name}: {line[:120]}"


_BIND_SNIPPETS = r"""
import ast, inspect, json, sys
from decimal import Decimal

import zoho_billing_client

if not hasattr(zoho_billing_client, "ZohoBilling"):
    print(json.dumps({"missing": "zoho_billing_client.ZohoBilling"}))
    raise SystemExit(0)
client = zoho_billing_client.ZohoBilling(organization_id="10234695", access_token="...", data_center="com")
problems, bound = [], []
for snippet in json.load(sys.stdin):
    for node in ast.walk(ast.parse(snippet)):
        target = node.func if isinstance(node, ast.Call) else None
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Attribute)
                and isinstance(target.value.value, ast.Name) and target.value.value.id == "client"):
            continue
        name = f"{target.value.attr}.{target.attr}"
        value = lambda expression: eval(compile(ast.Expression(expression), name, "eval"), {"Decimal": Decimal})
        method = getattr(getattr(client, target.value.attr), target.attr)
        try:
            inspect.signature(method).bind(*map(value, node.args), **{k.arg: value(k.value) for k in node.keywords})
            bound.append(name)
        except TypeError as error:
            problems.append(f"{name}: {error}")
print(json.dumps({"bound": sorted(bound), "problems": problems}))
"""


def test_python_snippets_fit_the_client_signatures(
    bundle: dict[str, Any], raw: dict[str, str], generated_dir: Path
) -> None:
    """Each snippet's call binds to the generated client's method: names, positional path
    parameters, required and keyword arguments (issue 5's SDK layer)."""
    import subprocess
    import sys

    snippets = _module_snippets(bundle, raw, "python")
    result = subprocess.run(
        [sys.executable, "-c", _BIND_SNIPPETS],
        input=json.dumps(snippets),
        env={"PYTHONPATH": str(generated_dir / "python" / "zoho-billing-client"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    if "missing" in report:
        pytest.skip(f"the generated client has no SDK layer yet ({report['missing']})")
    assert report["problems"] == []
    assert report["bound"] == sorted(sdk_calls(bundle))


def test_the_changelog_page_lists_every_release_with_its_changes(docs_dir: Path) -> None:
    from generator.core.release import release_changes, releases

    page = (docs_dir / "changelog.html").read_text(encoding="utf-8")
    recorded = releases(Path(__file__).resolve().parents[2] / "releases")
    assert recorded
    # Newest first, each with its date and every change's operation.
    positions = [page.index(f'id="v{release.version}"') for release in reversed(recorded)]
    assert positions == sorted(positions)
    for release in recorded:
        section = page.split(f'id="v{release.version}"', 1)[1].split('<section class="release"', 1)[0]
        assert f'<time datetime="{release.date}">' in section
        for change in release_changes(release):
            if change.operation:
                assert f"<code>{change.operation}</code>" in section, change
