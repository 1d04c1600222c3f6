"""The bundle against Redocly CLI (pinned in package.json): its `recommended` lint ruleset, and its
stock renderer (`redocly build-docs`) compared with ours on what each shows for every operation."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: the helper module beside

from reference_pages import html_pages

REPO_ROOT = Path(__file__).resolve().parents[2]
REDOCLY = REPO_ROOT / "node_modules" / ".bin" / "redocly"
CONFIG = REPO_ROOT / "redocly.yaml"
# Offline and quiet: no telemetry, no update check.
ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}


def _redocly(*args: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    if not REDOCLY.exists():
        pytest.fail(f"{REDOCLY} is missing: run `make test` (it installs the pinned npm packages with `npm ci`)")
    return subprocess.run(
        [str(REDOCLY), *args], cwd=cwd, env=ENV, capture_output=True, text=True, check=False, timeout=120
    )


def _lint(bundle: Path, *args: str, cwd: Path = REPO_ROOT) -> dict[str, Any]:
    result = _redocly("lint", str(bundle), "--format", "json", "--max-problems", "1000", *args, cwd=cwd)
    start = result.stdout.find("{")
    assert start >= 0, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(result.stdout[start:])
    return report


# ---------------------------------------------------------------------------------------------
# Lint
# ---------------------------------------------------------------------------------------------


def test_bundle_passes_the_recommended_ruleset(generated_dir: Path) -> None:
    report = _lint(generated_dir / "openapi" / "zoho-billing.json", "--config", str(CONFIG))
    assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}, json.dumps(report["problems"], indent=2)


def test_config_extends_recommended_and_justifies_every_rule_turned_off() -> None:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert config["extends"] == ["recommended"]
    text = CONFIG.read_text(encoding="utf-8")
    for rule, severity in config.get("rules", {}).items():
        # `off` is a string to Redocly (YAML 1.2) and False to PyYAML (YAML 1.1).
        assert severity in ("off", False), f"{rule}: only turning rules off is expected here"
        comment = re.search(rf"((?:^  #.*\n)+)  {re.escape(rule)}: off$", text, re.M)
        assert comment is not None, f"{rule} is turned off without a comment above it"
        assert len(comment.group(1)) > 120, f"{rule}: the justification is too short to be one"


def test_rules_turned_off_report_only_what_the_config_describes(generated_dir: Path, tmp_path: Path) -> None:
    # Bare `recommended`, run where no redocly.yaml is found: every problem must come from a rule
    # the config turns off, and be the one its comment describes.
    report = _lint(generated_dir / "openapi" / "zoho-billing.json", "--extends", "recommended", cwd=tmp_path)
    off = {rule for rule, severity in yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["rules"].items()}
    by_rule: dict[str, list[str]] = {}
    for problem in report["problems"]:
        by_rule.setdefault(problem["ruleId"], []).append(problem["message"])
    assert set(by_rule) <= off, by_rule
    assert by_rule.get("info-license"), "info-license no longer fires: drop it from redocly.yaml"
    ambiguous = sorted(by_rule.get("no-ambiguous-paths", []))
    assert ambiguous == [
        "Paths should resolve unambiguously. Found two ambiguous paths: "
        f"`/customers/reference/{{reference_id}}` and `/customers/{{customer_id}}/{action}`."
        for action in ("markasactive", "markasinactive")
    ]


# ---------------------------------------------------------------------------------------------
# Compared with Redocly's renderer
# ---------------------------------------------------------------------------------------------

_EXPANDER = re.compile(r"^\s*(\+\s*Show \d+ [\s\S]*propert|\+\d+ more)")
_STATUS = re.compile(r"^\s*\d{3}\s*$")
_ANCHOR = re.compile(r"t=(request|response)(?:&c=(\d{3}))?(?:&in=(\w+))?&path=(.+)$")
_ENDPOINT = re.compile(r"^\s*(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+/")
_SCOPE = re.compile(r"ZohoSubscriptions\.[A-Za-z.]*[A-Za-z]")


@pytest.fixture(scope="module")
def redoc_html(generated_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("redoc") / "redoc.html"
    result = _redocly(
        "build-docs", str(generated_dir / "openapi" / "zoho-billing.json"), "--output", str(out), "--inlineBundle"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _expand(section: Any) -> None:
    """Open every collapsed property and enum list of a Redoc operation section, one at a time
    (Redoc re-renders after each)."""
    for _ in range(400):
        button = section.locator("button").filter(has_text=_EXPANDER).first
        if button.count() == 0:
            return
        button.click()
    raise AssertionError("Redoc kept offering more to expand")


def _redoc_operation(page: Any, section_id: str) -> dict[str, Any]:
    """What Redoc shows for one operation, with everything expanded and each response opened."""
    section = page.locator(f'[data-section-id="{section_id}"]')
    heading = section.locator("h1, h2").first
    heading.wait_for(state="visible")
    shown: dict[str, Any] = {
        "summary": heading.inner_text().strip(),
        "endpoint": "",
        "parameters": set(),
        "properties": set(),
        "enum values": set(),
        "responses": set(),
        "scopes": set(),
    }

    def collect() -> None:
        for href in section.locator("a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))"):
            match = _ANCHOR.search(href)
            if not match:
                continue
            _kind, status, location, path = match.groups()
            # Redoc shows an object with required alternatives (anyOf of required-only branches) as one
            # tab per branch, each with every property; the branch index in its anchors is not a field.
            path = re.sub(r"&(?:one|any)of=\d+/?", "", path)
            if location:
                shown["parameters"].add(path)
            else:
                shown["properties"].add((status or "request", path.replace("/", ".")))
        for values in section.locator('[data-testid="schema-enum-values"]').all_inner_texts():
            shown["enum values"].update(re.findall(r'"([^"\n]+)"', values))
        shown["scopes"].update(_SCOPE.findall(section.inner_text()))

    _expand(section)
    collect()
    statuses = section.locator('[data-testid="middle-panel"] button').filter(has_text=_STATUS)
    for index in range(statuses.count()):
        status = statuses.nth(index)
        shown["responses"].add(status.inner_text().strip())
        status.click()
        _expand(section)
        collect()
    buttons = section.locator("button").all_inner_texts()
    shown["endpoint"] = next((" ".join(text.split()) for text in buttons if _ENDPOINT.match(text)), "")
    return shown


def _ours(page: Any, operation_id: str) -> dict[str, Any]:
    """What our reference shows for one operation: texts of its section, by part."""
    section = page.locator(f"section.operation[id='{operation_id}']")
    rows = section.locator("tr[id]").evaluate_all(_ROWS)
    return {
        "summary": section.locator("h2").first.inner_text().strip(),
        # A webhook has no endpoint of the API (Zoho posts to the user's URL), and Redoc shows none.
        "endpoint": " ".join(section.locator(".endpoint").inner_text().split())
        if section.locator(".endpoint").count()
        else "",
        "rows": rows,
        "text": section.inner_text(),
        "ids": set(section.locator("[id]").evaluate_all("elements => elements.map(e => e.id)")),
        "schemas": set(section.locator("a[href^='schemas.html#']").evaluate_all(_SCHEMA_LINKS)),
    }


# Each row: its id, the field's name as shown, its text, and the component its type links to (or null).
_ROWS = """rows => rows.map(r => {
  const link = r.querySelector("td.field-type a[href^='schemas.html#']");
  return [r.id, (r.querySelector('td.field-name code') || r).textContent.trim(), r.textContent,
          link ? link.getAttribute('href').slice('schemas.html#'.length) : null];
})"""
_SCHEMA_LINKS = (
    "links => links.map(a => a.getAttribute('href').slice('schemas.html#'.length)).filter(n => !n.includes('.'))"
)


class _SchemasPage:
    """The schemas page as a reader follows it: each field row (and the component its type links
    to), and the text of each component's section. An operation shows its body's own fields and
    those of the record in it; a component further down is linked, and described there once."""

    def __init__(self, page: Any, docs_dir: Path) -> None:
        page.goto((docs_dir / "schemas.html").as_uri())
        self.links: dict[str, str | None] = {row[0]: row[3] for row in page.locator("tr[id]").evaluate_all(_ROWS)}
        self.text: dict[str, str] = dict(
            page.locator("section.schema").evaluate_all("sections => sections.map(s => [s.id, s.innerText])")
        )

    def has_field(self, schema: str, segments: list[str]) -> bool:
        """Whether ``schema``'s section shows the field at ``segments``, following type links."""
        if f"{schema}.{'.'.join(segments)}" in self.links:
            return True
        for cut in range(len(segments) - 1, 0, -1):
            target = self.links.get(f"{schema}.{'.'.join(segments[:cut])}")
            if target is not None:
                return self.has_field(target, segments[cut:])
        return False

    def reachable_text(self, schemas: set[str]) -> str:
        """The text of the components linked from an operation and of those they link to."""
        seen: set[str] = set()
        todo = sorted(schemas)
        while todo:
            name = todo.pop()
            if name in seen or name not in self.text:
                continue
            seen.add(name)
            todo += [target for row, target in self.links.items() if target and row.startswith(f"{name}.")]
        return "\n".join(self.text[name] for name in sorted(seen))


def _shown_through_a_link(ours: dict[str, Any], prefix: str, path: str, schemas: _SchemasPage) -> bool:
    """Whether a property the operation does not expand is one a row of it links to."""
    segments = path.replace("[]", "").split(".")
    links = {row[0]: row[3] for row in ours["rows"]}
    for cut in range(len(segments) - 1, 0, -1):
        target = links.get(f"{prefix}{'.'.join(segments[:cut])}")
        if target is not None:
            return schemas.has_field(target, segments[cut:])
    return False


def _links(page: Any) -> list[str]:
    links: list[str] = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    return links


def _redoc_operations(page: Any, redoc_html: Path) -> list[str]:
    """The operations in Redoc's menu, as routes ``<tag>/<operationId>``; a tag's operations are
    listed once the tag is opened."""
    page.locator('[data-testid="menu-item-label"]').first.wait_for()
    tags = sorted({link[1:] for link in _links(page) if re.fullmatch(r"/[A-Za-z0-9_-]+", link)})
    operations: set[str] = set()
    for tag in tags:
        page.goto(f"{redoc_html.as_uri()}#/{tag}")
        page.locator(f'[data-section-id="/{tag}"]').wait_for()
        operations |= {link[2:] for link in _links(page) if re.fullmatch(rf"#/{tag}/[A-Za-z0-9_]+", link)}
    return sorted(operations)


@pytest.mark.browser
def test_our_reference_shows_everything_redoc_shows(
    open_page: Any, redoc_html: Path, docs_dir: Path, bundle: dict[str, Any]
) -> None:
    redoc, redoc_log = open_page(redoc_html.as_uri())
    operations = _redoc_operations(redoc, redoc_html)
    # The operations of the paths and those of the webhooks (Zoho posts one per event type).
    items = [*bundle["paths"].values(), *(bundle.get("webhooks") or {}).values()]
    assert len(operations) == sum(1 for item in items for key in item if key != "parameters")

    ours_page, ours_log = open_page((docs_dir / "index.html").as_uri())
    schemas = _SchemasPage(ours_page, docs_dir)
    # Where each operation is: its module's page, or its family's page for a webhook.
    page_of: dict[str, str] = {}
    for name in html_pages():
        ours_page.goto((docs_dir / name).as_uri())
        for section_id in ours_page.eval_on_selector_all("section.operation", "sections => sections.map(s => s.id)"):
            page_of[section_id] = name
    ours_by_page: dict[str, dict[str, dict[str, Any]]] = {}
    missing: dict[str, list[str]] = {}
    totals = {"properties": 0, "enum values": 0, "parameters": 0, "responses": 0}
    shown_responses: dict[str, set[str]] = {}
    for route in operations:
        operation_id = route.split("/")[1]
        redoc.goto(f"{redoc_html.as_uri()}#/{route}")
        theirs = _redoc_operation(redoc, f"/{route}")
        shown_responses[route] = set(theirs["responses"])
        page_name = page_of[operation_id]
        if page_name not in ours_by_page:
            ours_page.goto((docs_dir / page_name).as_uri())
            ids = ours_page.eval_on_selector_all("section.operation", "sections => sections.map(s => s.id)")
            ours_by_page[page_name] = {section_id: _ours(ours_page, section_id) for section_id in ids}
        ours = ours_by_page[page_name][operation_id]
        gaps = []
        # Redoc labels a webhook's heading with a "Webhook" badge on a line of its own.
        theirs["summary"] = theirs["summary"].removesuffix("\nWebhook")
        if theirs["summary"] != ours["summary"]:
            gaps.append(f"summary {theirs['summary']!r} (ours {ours['summary']!r})")
        if theirs["endpoint"] != ours["endpoint"]:
            gaps.append(f"endpoint {theirs['endpoint']!r} (ours {ours['endpoint']!r})")
        parameters = {row[1].lower() for row in ours["rows"] if row[0].startswith(f"{operation_id}-param-")}
        gaps += [f"parameter {name}" for name in sorted(theirs["parameters"] - parameters)]
        for where, path in sorted(theirs["properties"]):
            prefix = f"{operation_id}-{where}."
            shown_paths = {row[1] for row in ours["rows"] if row[0].startswith(prefix)}
            error_row = next((row[2] for row in ours["rows"] if row[0] == f"{operation_id}-{where}"), "")
            # An error response is one row of ours: its body fields and headers (Redoc lower-cases
            # header names) are in its text.
            if path in shown_paths or (error_row and path.lower() in error_row.lower()):
                continue
            if not _shown_through_a_link(ours, prefix, path, schemas):
                gaps.append(f"{where} property {path}")
        linked_text = schemas.reachable_text(ours["schemas"])
        gaps += [
            f"enum value {value}"
            for value in sorted(theirs["enum values"])
            if value not in ours["text"] and value not in linked_text
        ]
        gaps += [
            f"response {status}"
            for status in sorted(theirs["responses"])
            if f"{operation_id}-{status}" not in ours["ids"]
        ]
        for scope in sorted(theirs["scopes"]):
            if scope not in ours["text"]:
                gaps.append(f"scope {scope}")
        if gaps:
            missing[operation_id] = gaps
        for key in totals:
            totals[key] += len(theirs[key])
    # Redoc really was read (its page structure could change with a new version): it showed every
    # response status the spec declares, for every operation, and properties, enum values and
    # parameters somewhere.
    declared = {
        f"{node['tags'][0]}/{node['operationId']}": set(node["responses"])
        for item in items
        for key, node in item.items()
        if key != "parameters"
    }
    assert shown_responses == declared
    assert all(totals.values()), totals
    print("Redoc showed:", totals)
    assert missing == {}, json.dumps(missing, indent=2)
    assert ours_log.problems() == []
    assert all("cdn.redoc.ly" in url for url in redoc_log.outside_requests), redoc_log.outside_requests


@pytest.mark.browser
def test_our_overview_shows_what_redoc_shows_for_the_api(open_page: Any, redoc_html: Path, docs_dir: Path) -> None:
    redoc, _ = open_page(redoc_html.as_uri())
    redoc.locator('[data-testid="panel-servers"]').wait_for()
    headings = [
        text.strip()
        for text in redoc.locator("main h1, main h2, [data-section-id] h1, [data-section-id] h2").all_inner_texts()
    ]
    servers = redoc.locator('[data-testid="panel-servers"]').inner_text()
    ours, _ = open_page((docs_dir / "index.html").as_uri())
    text = ours.locator("main").inner_text()
    assert [h for h in headings if h and h.split(" (")[0] not in text] == []
    urls = re.findall(r"https://\S+", servers)
    assert len(urls) == 9
    assert [url for url in urls if url not in text] == []
