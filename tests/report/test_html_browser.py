"""The HTML report in a real headless Chromium: it renders, loads nothing, runs nothing hostile."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Dialog,
    Error,
    Route,
    sync_playwright,
)
from playwright.sync_api import Page as BrowserPage

from tests.report.test_html import IMG, SCRIPT, real_report, very_hostile_report
from trainaudit.report.html import BADGE_COLOURS, to_html
from trainaudit.report.model import Report
from trainaudit.rules.model import Severity

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@dataclass
class Visit:
    """A page opened on a report, with everything it tried to do besides rendering."""

    page: BrowserPage
    url: str
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the module (skipped when absent, except on CI)."""
    if not (Path(CHROMIUM).is_file() and shutil.which(CHROMIUM)):
        reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {reason}")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def visit(browser: Browser, report: Report, folder: Path) -> Visit:
    """Write the report's HTML to a file and open it; record requests, errors and dialogs."""
    path = folder / "report.html"
    path.write_text(to_html(report), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen = Visit(page=page, url=path.as_uri())

    def route(request_route: Route) -> None:
        """Let the report itself through; record and abort anything else."""
        if request_route.request.url == seen.url:
            request_route.continue_()
        else:
            seen.blocked.append(request_route.request.url)
            request_route.abort()

    def console(message: ConsoleMessage) -> None:
        """Record console errors (CSP violations land here too)."""
        if message.type == "error":
            seen.console_errors.append(message.text)

    def page_error(error: Error) -> None:
        """Record an uncaught script error."""
        seen.page_errors.append(str(error))

    def dialog(opened: Dialog) -> None:
        """Record and dismiss a dialog (an alert would mean injected script ran)."""
        seen.dialogs.append(opened.message)
        opened.dismiss()

    page.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", page_error)
    page.on("dialog", dialog)
    page.goto(seen.url, wait_until="load")
    return seen


def assert_quiet(seen: Visit) -> None:
    """The page made no request, logged no error, raised nothing and opened no dialog."""
    assert seen.blocked == []
    assert seen.console_errors == []
    assert seen.page_errors == []
    assert seen.dialogs == []


@pytest.fixture(scope="module")
def real(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Visit]:
    """The real report of three corpus summaries, open in the browser."""
    seen = visit(browser, real_report(), tmp_path_factory.mktemp("real"))
    yield seen
    seen.page.close()


def test_real_report_is_self_contained_and_quiet(real: Visit) -> None:
    """Opening the report requests nothing but its own file and logs no error."""
    assert_quiet(real)
    assert real.page.title() == "trainaudit report, as of 2026-11-25"


def test_findings_and_heat_map_are_visible(real: Visit) -> None:
    """Every finding renders visibly, as many as the report has, and so does the heat map."""
    findings = real.page.locator("[data-finding]")
    expected = sum(len(d.findings) for d in real_report().documents)
    assert findings.count() == expected > 0
    assert all(findings.nth(i).is_visible() for i in range(expected))
    assert real.page.locator("table.hm.corpus").is_visible()
    rows = real.page.locator("table.hm.corpus tr.doc-row")
    assert rows.count() == len(real_report().documents)
    assert real.page.locator("svg.timeline").count() == len(real_report().documents)
    assert real.page.locator("svg.timeline").first.is_visible()


def rgb_colours(image: Image.Image) -> set[tuple[int, ...]]:
    """Return the distinct colours of an RGB image."""
    found = image.getcolors(maxcolors=image.width * image.height) or []
    return {colour for _, colour in found if isinstance(colour, tuple)}


def test_screenshot_shows_the_report(real: Visit, tmp_path: Path) -> None:
    """A full-page screenshot is not blank and the first finding's badge is painted."""
    shot = tmp_path / "report.png"
    real.page.screenshot(path=str(shot), full_page=True)
    box = real.page.locator("[data-finding]").first.bounding_box()
    assert box is not None
    with Image.open(shot) as opened:
        image = opened.convert("RGB")
    assert image.width == 1280 and image.height > 2000
    assert len(rgb_colours(image.resize((128, 1024)))) > 10  # not a single colour
    crop = image.crop(
        (int(box["x"]), int(box["y"]), int(box["x"] + box["width"]), int(box["y"] + box["height"]))
    )
    colours = rgb_colours(crop)
    assert len([c for c in colours if c != (255, 255, 255)]) > 5
    attribute = real.page.locator("[data-finding]").first.get_attribute("data-severity")
    severity = Severity(attribute or "")
    badge = BADGE_COLOURS[severity]
    rgb = tuple(int(badge[i : i + 2], 16) for i in (1, 3, 5))
    assert any(all(abs(a - b) <= 3 for a, b in zip(c, rgb, strict=True)) for c in colours)


def test_severity_filter_works_without_script(real: Visit) -> None:
    """Unticking "notes" hides the notes (CSS only) and ticking it again shows them."""
    page = real.page
    notes = page.locator('[data-severity="note"]')
    others = page.locator('[data-severity="warning"]')
    assert notes.count() > 0 and others.count() > 0
    page.locator("#show-note").uncheck()
    assert not notes.first.is_visible() and others.first.is_visible()
    page.locator("#show-note").check()
    assert notes.first.is_visible()
    assert_quiet(real)


def test_hostile_text_renders_as_inert_text(browser: Browser, tmp_path: Path) -> None:
    """Markup in the documents' text shows literally; no element is made of it, no alert runs."""
    seen = visit(browser, very_hostile_report(), tmp_path)
    try:
        page = seen.page
        text = page.locator("body").inner_text()
        assert SCRIPT in text and IMG in text
        assert page.locator("img[src=x]").count() == 0
        assert page.locator("img").count() == 0 and page.locator("script").count() == 0
        assert page.get_by_text(SCRIPT, exact=False).first.is_visible()
        assert page.locator("[data-finding]").count() == 1
        assert page.locator("[data-finding]").first.is_visible()
        page.wait_for_timeout(100)  # give an injected handler the chance to fire
        assert_quiet(seen)
    finally:
        seen.page.close()
