"""Benchmark of the HTML reference (generated/docs/): page weight, page height and search latency.

Prints, for one or more reference trees (``--docs DIR``, default ``generated/docs``; pass an older
tree, such as main's, to compare):

  * bytes of HTML per operation: the bytes of every page that holds operations (module pages and
    webhook pages), divided by the number of operations (and webhooks) they hold;
  * the tallest page, in CSS pixels, at 1400 px width (headless Chromium, Debian's ``chromium``);
  * search latency over the whole index: for queries taken from the index itself (every operation,
    field, enum value, error code and event type: a word of each sampled entry's title), the time
    from the input event to the rendered result list, measured in the page with
    ``performance.now()`` (median, 95th percentile, maximum over --runs runs of each query, after
    one pass that is not counted). The
    same with the index repeated ``--scale`` times (each copy renamed), for an API of that many
    times the entries.

Nothing here is asserted: the figures go in the README. Run from the repository root:
``.venv/bin/python bench/docs.py [--docs generated/docs --docs /work/main/generated/docs]``.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
# The browser the docs tests use (tests/docs/conftest.py): Debian's chromium, headless, offline.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


WIDTH = 1400
INDEX_START = "window.ZOHO_DOCS_INDEX = "

# Runs in the page: each query typed into the search box as an input event; the handler searches
# and renders synchronously, so the time around dispatchEvent is the whole answer.
MEASURE = """([queries, runs]) => {
  const input = document.getElementById("search-input");
  const times = [];
  for (const query of queries) {  // one pass not counted: the first queries pay for compiling the code
    input.value = query;
    input.dispatchEvent(new Event("input"));
  }
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      input.value = query;
      const start = performance.now();
      input.dispatchEvent(new Event("input"));
      times.push(performance.now() - start);
      if (!document.querySelector("#search-results li")) throw new Error("no result list for " + query);
    }
  }
  return times;
}"""


def html_per_operation(docs: Path) -> tuple[int, int, int]:
    """(bytes of the pages with operations, operations on them, the heaviest such page's bytes)."""
    total = count = heaviest = 0
    for page in sorted(docs.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        operations = len(re.findall(r'<section class="operation', text))
        if operations:
            size = len(text.encode("utf-8"))
            total, count, heaviest = total + size, count + operations, max(heaviest, size)
    return total, count, heaviest


def _index(docs: Path) -> list[list[str]]:
    text = (docs / "assets" / "search-index.js").read_text(encoding="utf-8")
    start = text.index(INDEX_START) + len(INDEX_START)
    entries: list[list[str]] = json.loads(text[start:].rstrip().removesuffix(";"))
    return entries


def _queries(entries: list[list[str]], count: int) -> list[str]:
    """A word of the titles of ``count`` entries spread over the whole index (every kind)."""
    step = max(1, len(entries) // count)
    queries = []
    for entry in entries[::step][:count]:
        words = [word for word in re.split(r"[\s./{}]+", entry[1]) if len(word) >= 3]
        queries.append(words[-1] if words else entry[1])
    return queries


def _scaled_copy(docs: Path, scale: int, into: Path) -> Path:
    """The reference with its search index repeated ``scale`` times (copies renamed)."""
    target = into / "docs"
    shutil.copytree(docs, target)
    entries = _index(docs)
    scaled = [[kind, f"{title}{'' if copy == 0 else f' m{copy}'}", detail, href] for copy in range(scale)
              for kind, title, detail, href in entries]  # fmt: skip
    (target / "assets" / "search-index.js").write_text(
        "window.ZOHO_DOCS_INDEX = " + json.dumps(scaled, ensure_ascii=False) + ";\n", encoding="utf-8"
    )
    return target


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(browser: Any, docs: Path, queries: list[str], runs: int) -> dict[str, Any]:
    context = browser.new_context(viewport={"width": WIDTH, "height": 900})
    try:
        page = context.new_page()
        heights, with_operations = {}, set()
        for html in sorted(docs.glob("*.html")):
            page.goto(html.as_uri())
            heights[html.name] = int(page.evaluate("document.documentElement.scrollHeight"))
            if page.locator("section.operation").count():
                with_operations.add(html.name)
        page.goto((docs / "index.html").as_uri())
        entries = int(page.evaluate("window.ZOHO_DOCS_INDEX.length"))
        times: list[float] = page.evaluate(MEASURE, [queries, runs])
    finally:
        context.close()
    tallest = max(heights, key=lambda name: heights[name])
    tallest_operations = max(with_operations, key=lambda name: heights[name])
    return {
        "entries": entries,
        "tallest": (tallest, heights[tallest]),
        "tallest operations": (tallest_operations, heights[tallest_operations]),
        "search_ms": (statistics.median(times), _percentile(times, 0.95), max(times)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, action="append", help="a reference tree (repeatable)")
    parser.add_argument("--queries", type=int, default=200, help="queries sampled from the index")
    parser.add_argument("--runs", type=int, default=5, help="runs of each query")
    parser.add_argument("--scale", type=int, default=10, help="times the index is repeated for the scaled run")
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.docs or [REPO_ROOT / "generated" / "docs"]]
    executable = chromium_path()
    if executable is None:
        raise SystemExit("no Chromium: install Debian's `chromium` package")
    from playwright.sync_api import sync_playwright

    print(
        f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, Chromium {executable}"
    )
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as scratch:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for docs in trees:
                total, count, heaviest = html_per_operation(docs)
                queries = _queries(_index(docs), args.queries)
                found = measure(browser, docs, queries, args.runs)
                scaled = measure(browser, _scaled_copy(docs, args.scale, Path(scratch)), queries, args.runs)
                shutil.rmtree(Path(scratch) / "docs")
                print(f"\n{docs}")
                per_operation = total / count / 1000
                print(f"  HTML per operation: {per_operation:.1f} kB ({total / 1e6:.2f} MB over {count} operations;")
                print(f"  heaviest page {heaviest / 1e6:.2f} MB)")
                name, height = found["tallest"]
                print(f"  tallest page at {WIDTH} px: {name}, {height:,} px")
                name, height = found["tallest operations"]
                print(f"  tallest page of operations at {WIDTH} px: {name}, {height:,} px")
                for label, result in (("whole API", found), (f"index x{args.scale}", scaled)):
                    median, p95, worst = result["search_ms"]
                    print(f"  search, {label} ({result['entries']:,} entries, {len(queries)} queries x {args.runs}):"
                          f" median {median:.2f} ms, p95 {p95:.2f} ms, max {worst:.2f} ms")  # fmt: skip
        finally:
            browser.close()


if __name__ == "__main__":
    main()
