"""Step "docs": render the API reference of the bundle, as HTML and as Markdown, with jinja2.

``generated/docs/`` holds a static, self-contained HTML reference that works from ``file://``
(no network, no fetch: the search index is a script) and the same reference in Markdown for
reading in a repository:

* ``index.html`` / ``README.md``: overview, every operation by tag, authentication and scopes,
  data centres, editions;
* ``<tag>.html`` / ``<tag>.md``: each operation of the tag in full;
* ``schemas.html`` / ``schemas.md``: every schema, field and enum value;
* ``errors.html`` / ``errors.md``: Zoho's error codes and the HTTP error responses, each
  described once (operation pages link here);
* ``webhooks-<family>.html``: a family of webhook event types (by the record a delivery
  carries), with the payload and how to verify the signature (in Markdown, on the tag's page);
* ``changelog.html``: every recorded release and its changes (:mod:`generator.docs.changelog`);
* ``assets/``: the style sheet and script (copied from ``generator/docs/assets/``), the colours
  of the highlighted code (Pygments, at generate time) and the search index.

What is shown is read from the API model (:mod:`generator.core.api_model`, built once per run) by
:mod:`generator.docs.model`; templates are in
``generator/docs/templates/``. The output is a pure function of the bundle, the recorded releases and
the templates.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.core.api_model import ApiModel
from generator.docs.changelog import ReleaseNotes
from generator.docs.model import ERRORS_PAGE, INDEX_PAGE, SCHEMAS_PAGE, Reference, Schema, read_reference
from generator.docs.search import search_index_script
from generator.docs.text import (
    code_html,
    code_style_sheet,
    first_sentence,
    headings,
    inline_html,
    json_html,
    markdown_cell,
    markdown_html,
    markdown_shift_headings,
)

DOCS_DIR = Path(__file__).parent
TEMPLATES_DIR = DOCS_DIR / "templates"
ASSETS_DIR = DOCS_DIR / "assets"


@dataclass(frozen=True)
class SchemaGroup:
    title: str
    schemas: list[Schema]


def render_docs(model: ApiModel, out_dir: Path, history: Sequence[ReleaseNotes] = ()) -> list[Path]:
    """Write the reference of the API model into ``out_dir`` (normally ``generated/docs``), with the
    changelog of ``history`` (the recorded releases, newest first: :func:`generator.docs.changelog.read_history`)."""
    reference = read_reference(model)
    context = {
        "history": list(history),
        "ref": reference,
        "overview_headings": [heading for heading in headings(reference.description) if heading.level == 2],
        "schema_groups": _schema_groups(reference),
        "operation_hrefs": {op.operation_id: op.href for op in reference.operations},
        "operation_hrefs_md": {op.operation_id: f"{op.page}.md#{op.anchor}" for op in reference.operations},
    }
    environment = _environment()
    pages: dict[str, tuple[str, dict[str, Any]]] = {
        f"{INDEX_PAGE}.html": ("html/index.html", {"page": INDEX_PAGE}),
        f"{SCHEMAS_PAGE}.html": ("html/schemas.html", {"page": SCHEMAS_PAGE}),
        f"{ERRORS_PAGE}.html": ("html/errors.html", {"page": ERRORS_PAGE}),
        "changelog.html": ("html/changelog.html", {"page": "changelog"}),
        "README.md": ("md/README.md", {}),
        f"{SCHEMAS_PAGE}.md": ("md/schemas.md", {}),
        f"{ERRORS_PAGE}.md": ("md/errors.md", {}),
    }
    for tag in reference.tags:
        pages[f"{tag.page}.html"] = ("html/tag.html", {"page": tag.page, "tag": tag})
        pages[f"{tag.page}.md"] = ("md/tag.md", {"tag": tag})
        for family in tag.webhook_families:
            pages[f"{family.page}.html"] = ("html/webhooks.html", {"page": family.page, "family": family})

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (template, extra) in sorted(pages.items()):
        text = environment.get_template(template).render(**context, **extra)
        written.append(_write(out_dir / name, _tidy(text)))
    assets = out_dir / "assets"
    assets.mkdir(exist_ok=True)
    for asset in sorted(ASSETS_DIR.iterdir()):
        if asset.is_file():
            written.append(Path(shutil.copyfile(asset, assets / asset.name)))
    written.append(_write(assets / "highlight.css", code_style_sheet()))
    written.append(_write(assets / "search-index.js", search_index_script(reference)))
    return written


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True, default=False),
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    environment.filters["md"] = markdown_html
    environment.filters["inline_md"] = inline_html
    environment.filters["json_html"] = json_html
    environment.filters["code_html"] = code_html
    environment.filters["first_sentence"] = first_sentence
    environment.filters["cell"] = markdown_cell
    environment.filters["shift_headings"] = markdown_shift_headings
    return environment


def _schema_groups(reference: Reference) -> list[SchemaGroup]:
    """Schemas grouped by the one tag whose operations use them; the rest are shared."""
    groups: dict[str, list[Schema]] = {tag.name: [] for tag in reference.tags}
    shared: list[Schema] = []
    titles = {tag.name: tag.title for tag in reference.tags}
    for schema in reference.schemas:
        tags = {operation.tag for operation in schema.used_by}
        if len(tags) == 1:
            groups[tags.pop()].append(schema)
        else:
            shared.append(schema)
    result = [SchemaGroup(titles[name], schemas) for name, schemas in groups.items() if schemas]
    if shared:
        result.append(SchemaGroup("Shared", shared))
    return result


def _tidy(text: str) -> str:
    """Strip trailing spaces and runs of blank lines left by template logic; end with one newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy).strip("\n") + "\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
