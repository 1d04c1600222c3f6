"""Fixtures of the reference-docs tests: the generated tree, and a real headless Chromium.

The browser is Debian's `chromium` (installed by `.ci/run`), driven by Playwright; Playwright's
own browser downloads are never used. Browser tests are marked `browser` and skip, saying why,
only when no Chromium is installed. Pages are opened from file:// with every http(s) request
blocked and recorded, so a page that tries to reach the network fails its test.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
NODE_BIN = REPO_ROOT / "node_modules" / ".bin"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def generated_dir() -> Path:
    """The committed generated/ tree; ZOHO_BILLING_GENERATED points elsewhere (a fresh
    `python -m generator generate --out DIR`) to check a tree before it is committed."""
    return Path(os.environ.get("ZOHO_BILLING_GENERATED", REPO_ROOT / "generated")).resolve()


@pytest.fixture(scope="session")
def docs_dir(generated_dir: Path) -> Path:
    return generated_dir / "docs"


@pytest.fixture(scope="session")
def bundle(generated_dir: Path) -> dict[str, Any]:
    import json

    result: dict[str, Any] = json.loads((generated_dir / "openapi" / "zoho-billing.json").read_text(encoding="utf-8"))
    return result


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        pytest.skip(
            "no Chromium to run the browser tests: install Debian's `chromium` package "
            "(`apt-get install chromium`; .ci/run installs it when it can)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class PageLog:
    """What went wrong while a page was open: console errors, page errors, failed or outside requests."""

    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *(f"console error: {text}" for text in self.console_errors),
            *(f"failed request: {url}" for url in self.failed_requests),
            *(f"request outside file://: {url}" for url in self.outside_requests),
        ]


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """``open_page(url) -> (page, log)``: a fresh page with every network request blocked."""
    contexts: list[Any] = []

    def opener(url: str, *, width: int = 1440, height: int = 1000) -> tuple[Any, PageLog]:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        log = PageLog()
        page = context.new_page()
        page.on("console", lambda message: log.console_errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: log.console_errors.append(str(error)))
        page.on("requestfailed", lambda request: log.failed_requests.append(request.url))

        def block(route: Any) -> None:
            log.outside_requests.append(route.request.url)
            route.abort()

        page.route(re.compile(r"^(https?|wss?|ftp)://"), block)
        page.goto(url)
        return page, log

    yield opener
    for context in contexts:
        context.close()
