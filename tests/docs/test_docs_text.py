"""The text helpers of the docs step: the spec's Markdown subset as HTML, always escaped; JSON
colouring and the highlighting of snippets; Markdown table cells."""

from __future__ import annotations

import html as html_lib
import re

from generator.docs.text import (
    code_html,
    code_style_sheet,
    headings,
    inline_html,
    json_html,
    markdown_cell,
    markdown_html,
    markdown_shift_headings,
)


def test_paragraphs_headings_and_lists() -> None:
    html = markdown_html("Intro line one\nline two.\n\n## Data centres\nText.\n\n- one `a`\n- two\n  continued")
    assert html == (
        "<p>Intro line one line two.</p>\n"
        '<h2 id="data-centres">Data centres</h2>\n'
        "<p>Text.</p>\n"
        "<ul><li>one <code>a</code></li><li>two continued</li></ul>"
    )
    assert markdown_html("## Envelope", heading_offset=1) == '<h3 id="envelope">Envelope</h3>'
    assert [(h.level, h.title, h.anchor) for h in headings("x\n\n## Envelope\n\n### Sub part")] == [
        (2, "Envelope", "envelope"),
        (3, "Sub part", "sub-part"),
    ]


def test_everything_is_escaped() -> None:
    assert inline_html("in Zoho's `Status.<Name>` form & <b>bold</b>") == (
        "in Zoho&#39;s <code>Status.&lt;Name&gt;</code> form &amp; &lt;b&gt;bold&lt;/b&gt;"
    )
    assert "<script>" not in markdown_html("<script>alert(1)</script>")


def test_strong_and_links_only_to_safe_targets() -> None:
    assert inline_html("**Note** see [the docs](https://example.org/a?b=1&c=2)") == (
        '<strong>Note</strong> see <a href="https://example.org/a?b=1&amp;c=2">the docs</a>'
    )
    assert inline_html("[x](javascript:alert(1))") == "[x](javascript:alert(1))"
    assert inline_html("`**not bold**`") == "<code>**not bold**</code>"


def test_json_colouring_keeps_the_text() -> None:
    html = json_html('{\n  "code": 0,\n  "ok": true,\n  "message": "a <b> \\"c\\""\n}')
    assert '<span class="jk">"code"</span>: <span class="jn">0</span>' in html
    assert '<span class="jl">true</span>' in html
    assert "&lt;b&gt;" in html
    assert re.sub(r"<[^>]+>", "", str(html)) == '{\n  "code": 0,\n  "ok": true,\n  "message": "a &lt;b&gt; \\"c\\""\n}'


def test_code_is_highlighted_when_generated_and_keeps_the_text() -> None:
    source = 'client.items.create(name="<b>", rate=Decimal("1.5"))  # a comment\n'
    html = code_html(source, "python")
    assert '<span class="c1"># a comment</span>' in html
    assert '<span class="s2">"&lt;b&gt;"</span>' in html
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", str(html))) == source.rstrip("\n")
    assert code_html("a <b>", "text") == "a &lt;b&gt;"
    sheet = code_style_sheet()
    assert ".hl .c1 {" in sheet and "@media (prefers-color-scheme: dark)" in sheet
    assert ".hl .n {" not in sheet  # names have no span and no colour of their own


def test_markdown_helpers() -> None:
    assert markdown_cell("a | b\n  c") == "a \\| b c"
    assert markdown_shift_headings("## A\ntext\n# B", 1) == "### A\ntext\n## B"
