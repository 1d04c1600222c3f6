"""A minimal PDF writer: the document the local server answers when a request asks for one
(`Accept: application/pdf`, or `accept=pdf` in the query), as Zoho answers an invoice as PDF.

One A4 page of Helvetica text lines, in PDF 1.4 with a correct cross-reference table, so that any
PDF reader opens it. Characters outside Latin-1 are written as `?` (the standard Helvetica font
of a PDF reader covers no more without embedding one).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["document_lines", "render_pdf"]

_PAGE_WIDTH, _PAGE_HEIGHT = 595, 842  # A4, in points
_MARGIN, _LEADING, _MAX_LINES = 56, 14, 52


def _text(value: str) -> str:
    """``value`` as a PDF literal string body: Latin-1, with ``\\``, ``(`` and ``)`` escaped."""
    latin = value.encode("latin-1", errors="replace").decode("latin-1")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("\r", " ").replace("\n", " ")


def render_pdf(title: str, lines: Iterable[str]) -> bytes:
    """A one-page PDF document showing ``title`` in bold and ``lines`` below it."""
    shown = list(lines)[:_MAX_LINES]
    top = _PAGE_HEIGHT - _MARGIN
    stream = [f"BT /F2 16 Tf {_MARGIN} {top} Td ({_text(title)}) Tj ET"]
    for index, line in enumerate(shown):
        stream.append(f"BT /F1 10 Tf {_MARGIN} {top - 28 - index * _LEADING} Td ({_text(line)}) Tj ET")
    content = "\n".join(stream).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_PAGE_WIDTH} {_PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def document_lines(record: Mapping[str, Any]) -> tuple[str, list[str]]:
    """The title and text lines of a record's document: its number (or name, or ID), then each
    field with a plain value, then one line per entry of its lists of objects (the invoice's lines:
    name, quantity, price and total)."""
    title = next(
        (str(record[key]) for key in ("number", "invoice_number", "name", "display_name") if record.get(key)),
        next((str(value) for key, value in record.items() if key.endswith("_id") and value), "Document"),
    )
    lines = [f"{key}: {value}" for key, value in record.items() if isinstance(value, str | int | float) and value != ""]
    for key, value in record.items():
        if not isinstance(value, list) or not all(isinstance(entry, Mapping) for entry in value) or not value:
            continue
        lines.append("")
        lines.append(f"{key}:")
        for entry in value:
            parts = [str(entry[part]) for part in ("name", "code", "quantity", "price", "item_total") if part in entry]
            lines.append("  " + (" | ".join(parts) or ", ".join(f"{k}={v}" for k, v in entry.items())))
    return title, lines
