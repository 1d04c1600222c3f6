"""Text of the spec as HTML: its Markdown descriptions, and JSON with syntax colouring.

The descriptions of this spec use a small part of CommonMark: paragraphs, ``#`` headings,
``-`` lists, `code spans`, **strong** text and [links](url). This module renders exactly that
part; anything else stays literal text. Every character of the source is HTML-escaped before any
markup is added, so a description can never inject HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

# Pygments ships no type information (the stubs are a separate package, not a dependency here).
from pygments import highlight as pygments_highlight  # type: ignore[import-untyped]
from pygments.formatters import HtmlFormatter  # type: ignore[import-untyped]
from pygments.lexers import BashLexer, PythonLexer, TypeScriptLexer  # type: ignore[import-untyped]

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\(((?:https?://|#|\./|\.\./)[^)\s]*|[A-Za-z0-9_.-]+\.(?:html|md)(?:#[^)\s]*)?)\)")
_SLUG_DROP = re.compile(r"[^a-z0-9 _-]")


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    anchor: str


def slug(text: str) -> str:
    """A heading's anchor, as GitHub makes it (lower case, spaces to hyphens, punctuation dropped)."""
    return _SLUG_DROP.sub("", text.strip().lower()).replace(" ", "-")


def headings(markdown: str) -> list[Heading]:
    """The headings of a Markdown text, in order."""
    found = []
    for block in _blocks(markdown):
        match = _HEADING.match(block[0]) if len(block) == 1 else None
        if match:
            found.append(Heading(len(match.group(1)), match.group(2), slug(match.group(2))))
    return found


def markdown_html(markdown: str, *, heading_offset: int = 0) -> Markup:
    """Render ``markdown`` (the subset above) to HTML; headings move down ``heading_offset`` levels."""
    parts: list[str] = []
    for block in _blocks(markdown):
        heading = _HEADING.match(block[0]) if len(block) == 1 else None
        if heading:
            level = min(6, len(heading.group(1)) + heading_offset)
            title = heading.group(2)
            parts.append(f'<h{level} id="{escape(slug(title))}">{inline_html(title)}</h{level}>')
        elif all(_BULLET.match(line) or line.startswith((" ", "\t")) for line in block) and _BULLET.match(block[0]):
            items: list[list[str]] = []
            for line in block:
                bullet = _BULLET.match(line)
                if bullet:
                    items.append([bullet.group(1)])
                else:
                    items[-1].append(line.strip())
            parts.append("<ul>" + "".join(f"<li>{inline_html(' '.join(item))}</li>" for item in items) + "</ul>")
        else:
            parts.append(f"<p>{inline_html(' '.join(line.strip() for line in block))}</p>")
    return Markup("\n".join(parts))  # noqa: S704 - every piece of text in it was escaped


def inline_html(text: str) -> Markup:
    """Inline Markdown (code spans, strong, links) of one line of text, as HTML."""
    out: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(_inline_outside_code(text[position : match.start()]))
        out.append(f"<code>{escape(match.group(2).strip())}</code>")
        position = match.end()
    out.append(_inline_outside_code(text[position:]))
    return Markup("".join(out))  # noqa: S704 - every piece of text in it was escaped


def _inline_outside_code(text: str) -> str:
    html = str(escape(text))
    html = _STRONG.sub(r"<strong>\1</strong>", html)
    # Link targets were escaped with the rest; only relative, fragment and http(s) URLs are links.
    return _LINK.sub(r'<a href="\2">\1</a>', html)


def _blocks(markdown: str) -> list[list[str]]:
    """Lines grouped into blocks: separated by blank lines, a heading always a block of its own."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in markdown.strip("\n").splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
        elif _HEADING.match(line):
            if current:
                blocks.append(current)
            blocks.append([line])
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


# --------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------

_JSON_TOKEN = re.compile(
    r'(?P<key>"(?:[^"\\]|\\.)*")(?=\s*:)'
    r'|(?P<string>"(?:[^"\\]|\\.)*")'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<literal>\btrue\b|\bfalse\b|\bnull\b)"
)


def json_html(text: str) -> Markup:
    """Pretty-printed JSON as HTML with a class on each key, string, number and literal (``jk``,
    ``js``, ``jn``, ``jl``: short, since examples are the bulk of a page)."""
    out: list[str] = []
    position = 0
    for match in _JSON_TOKEN.finditer(text):
        out.append(str(escape(text[position : match.start()])))
        kind = match.lastgroup or "string"
        out.append(f'<span class="j{kind[0]}">{escape(match.group(0))}</span>')
        position = match.end()
    out.append(str(escape(text[position:])))
    return Markup(_text_quotes("".join(out)))  # noqa: S704 - every piece of text in it was escaped


def _text_quotes(html: str) -> str:
    """Quotes back as characters: they need no escaping in an element's text (only ``<``, ``>`` and
    ``&`` do), and a JSON example is mostly quotes. Only for HTML that goes in text, never in an attribute."""
    return html.replace("&#34;", '"').replace("&quot;", '"').replace("&#39;", "'")


# --------------------------------------------------------------------------------------------
# Code (Python, shell, TypeScript), highlighted by Pygments when the reference is generated
# --------------------------------------------------------------------------------------------

_LEXERS = {"python": PythonLexer, "shell": BashLexer, "typescript": TypeScriptLexer}
# Token colours: a light and a dark style whose colours keep a WCAG AA contrast on the code
# background (checked by axe-core in the browser tests).
CODE_STYLE_LIGHT = "xcode"
CODE_STYLE_DARK = "github-dark"
_CODE_CLASS = "hl"
_PLAIN_CLASSES = ("n", "o", "p", "w", "nn", "nx", "nv", "nf", "nc", "nd", "ni", "ne", "nl", "na", "nt", "err", "x")
_PLAIN_TOKEN = re.compile(r'<span class="(?:' + "|".join(_PLAIN_CLASSES) + r')">([^<]*)</span>')


def code_html(text: str, language: str) -> Markup:
    """``text`` as HTML with a Pygments class on each token; plain escaped text for another language."""
    lexer = _LEXERS.get(language)
    if lexer is None:
        return escape(text)
    formatter = HtmlFormatter(nowrap=True)
    html = pygments_highlight(text, lexer(), formatter).removesuffix("\n")
    # Names, operators, punctuation and white space are shown in the text colour: no span needed.
    html = _PLAIN_TOKEN.sub(r"\1", html)
    return Markup(_text_quotes(html))  # noqa: S704 - Pygments escapes every token it writes


def code_style_sheet() -> str:
    """The style sheet of the highlighted tokens: light, and dark when the reader's system is."""
    light = HtmlFormatter(style=CODE_STYLE_LIGHT).get_style_defs(f".{_CODE_CLASS}")
    dark = HtmlFormatter(style=CODE_STYLE_DARK).get_style_defs(f".{_CODE_CLASS}")

    def keep(css: str) -> str:
        # Token rules only (not the block's background or line numbers), and none for the
        # tokens shown in the page's own text colour (they have no span).
        return "\n".join(
            line
            for line in css.splitlines()
            if line.startswith(f".{_CODE_CLASS} .")
            and "linenos" not in line
            and line.split()[1].removeprefix(".") not in _PLAIN_CLASSES
        )

    return (
        "/* Token colours of the highlighted snippets, written by generator/docs (Pygments styles "
        f"{CODE_STYLE_LIGHT} and {CODE_STYLE_DARK}). */\n"
        + keep(light)
        + "\n@media (prefers-color-scheme: dark) {\n"
        + keep(dark)
        + "\n}\n"
    )


# --------------------------------------------------------------------------------------------
# Markdown output
# --------------------------------------------------------------------------------------------


def first_sentence(text: str) -> str:
    """The first sentence of a description (up to the first full stop followed by a space), on one line."""
    line = " ".join(text.split())
    match = re.search(r"(?<=[a-z0-9)`])\. (?=[A-Z`])", line)
    return line[: match.start() + 1] if match else line


def markdown_cell(text: str) -> str:
    """Text for one cell of a Markdown table: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def markdown_shift_headings(markdown: str, offset: int) -> str:
    """Move every ``#`` heading of a Markdown text down ``offset`` levels."""
    lines = []
    for line in markdown.splitlines():
        heading = _HEADING.match(line)
        if heading:
            line = "#" * min(6, len(heading.group(1)) + offset) + " " + heading.group(2)
        lines.append(line)
    return "\n".join(lines)
