"""The HTML report in a real browser: headless Chromium (Debian's `chromium` package) driven
by playwright, which downloads no browser of its own here.

Checked in the live DOM: one highlight per mention, no request but the page itself, no
console error (a blocked style or script would log one), no script from the article runs;
then a screenshot. Skipped, with the reason, where Chromium or playwright is missing.
Screenshots go to $NEWSDESK_SCREENSHOTS when set (kept), else to pytest's tmp_path.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import app
from newsdesk.render.page import highlights, nest, render_page
from project_paths import ROOT

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"
)
runner = CliRunner()

# Written for this test: names for the model to find, and markup that must stay text.
PAYLOAD_ARTICLE = (
    "Prime Minister Helena Varga said on Monday that Hungary will build a new rail bridge "
    "across the Danube near Budapest.\n\n"
    "<script>document.title = 'pwned'; window.ran = 1;</script> "
    "The European Commission pledged to fund half of the cost, Varga added.\n\n"
    '<img src="x" onerror="document.title = \'pwned\'; window.ran = 2;"> '
    "Officials in Vienna plan to open talks on a second crossing next year."
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as p:
        try:
            context = p.chromium.launch_persistent_context(
                str(profile),
                executable_path=CHROMIUM,
                headless=True,
                args=FLAGS,
                viewport={"width": 1100, "height": 900},
            )
        except Exception as exc:  # an incompatible Chromium: say so rather than fail CI
            pytest.skip(f"Chromium at {CHROMIUM} did not start under playwright: {exc}")
        try:
            yield context
        finally:
            context.close()


def screenshot_dir(tmp_path: Path) -> Path:
    where = os.environ.get("NEWSDESK_SCREENSHOTS")
    if not where:
        return tmp_path
    path = Path(where)
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_page(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    """Open `path`; the URLs the page requested and its console errors and page errors."""
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(200)  # give a stray onerror handler its chance to run
    return page, requests, errors


def mention_counts(records: list[dict[str, Any]]) -> dict[str, int]:
    """Marks expected per kind: every mention (and located trigger) that nests."""
    counts = {"person": 0, "place": 0, "org": 0, "trigger": 0}
    for n, record in enumerate(records):
        kept, _ = nest(highlights(record, f"a{n + 1}-"))
        for span in kept:
            counts[span.kind] += 1
    return counts


def dom_counts(page: Any) -> dict[str, int]:
    return {
        kind: page.locator(f'mark[data-kind="{kind}"]').count()
        for kind in ("person", "place", "org", "trigger")
    }


def test_payload_stays_inert_and_marks_match_mentions(browser: Any, tmp_path: Path) -> None:
    brief = newsdesk.analyze(PAYLOAD_ARTICLE, clean=False, input_format="text")
    record = brief.to_dict()
    mentions = {
        "person": sum(len(p["mentions"]) for p in record["people"]),
        "place": sum(len(p["mentions"]) for p in record["places"]),
        "org": sum(len(o["mentions"]) for o in record["organizations"]),
    }
    assert mentions["person"] and mentions["place"]  # the article names some
    path = tmp_path / "payload.html"
    path.write_text(render_page([record]), encoding="utf-8")
    page, requests, errors = open_page(browser, path)
    try:
        counts = dom_counts(page)
        if page.locator("p.note").count() == 0:  # no overlapping mentions: one mark each
            assert {k: counts[k] for k in mentions} == mentions
        refs = {
            page.locator('mark[data-kind="trigger"]').nth(i).get_attribute("data-ref")
            for i in range(counts["trigger"])
        }
        located = {f"a1-trigger-{n + 1}" for n in range(len(record["commitments"]))}
        assert record["commitments"] and refs == located
        assert requests == [path.resolve().as_uri()]
        assert errors == []
        assert page.evaluate("document.scripts.length") == 0
        assert page.evaluate("document.images.length") == 0
        assert page.evaluate("window.ran === undefined")
        assert "pwned" not in page.title()
        shown = page.locator("div.text").inner_text()
        assert "<script>document.title = 'pwned'" in shown and 'onerror="' in shown
        shot = screenshot_dir(tmp_path) / "newsdesk-payload.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        page.close()


@pytest.mark.parametrize(
    "inputs",
    [
        ["examples/article.txt"],
        ["examples/article.txt", "tests/data/page.html", "tests/data/dump.txt"],
    ],
    ids=["article", "corpus"],
)
def test_cli_page_in_the_browser(
    browser: Any, tmp_path: Path, inputs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["analyze", *inputs, "-f", "html", "-o", str(out), "-w", "1"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(runner.invoke(app, ["analyze", *inputs, "-f", "json", "-w", "1"]).stdout)
    records = data if isinstance(data, list) else [data]
    page, requests, errors = open_page(browser, out)
    try:
        assert dom_counts(page) == mention_counts(records)
        assert page.locator("section.article").count() == len(records)
        located = sum(1 for r in records for p in r["places"] if p["latitude"] is not None)
        dots = page.locator("section.article svg.map circle").count()
        assert dots == located
        assert requests == [out.resolve().as_uri()]
        assert errors == []
        name = "newsdesk-article.png" if len(inputs) == 1 else "newsdesk-corpus.png"
        shot = screenshot_dir(tmp_path) / name
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        # print layout renders too (a PDF through Chromium's print path)
        pdf = page.pdf(path=str(tmp_path / "brief.pdf"))
        assert pdf.startswith(b"%PDF")
    finally:
        page.close()
