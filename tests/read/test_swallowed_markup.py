"""Markup an unclosed element swallowed is read as markup, never shown as markup text.

An unclosed <textarea> reads the rest of the page as its text (libxml2 2.14, as a browser):
the reader closes it where it opened and parses the page after it again, so the article's
paragraphs come out as paragraphs, not as "<p>…" text. What the page itself escaped stays
text, and the renderers escape it again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsdesk.cleaner.markup import HTML_FEATURES, markup_row
from newsdesk.read.html import read_page

_ONE = (
    "The ferry company said on Monday that the winter timetable starts a week early, because "
    "the new boat passed its sea trials in the bay ahead of schedule."
)
_TWO = (
    "Passengers with tickets for the old sailings can change them for free at the harbour "
    "office or online, a spokeswoman said, until the end of the month."
)
_UNDER_FORM = HTML_FEATURES.index("under_form")


def _swallowing(tag: str = "<textarea name='reply'>") -> str:
    # the box is never closed: everything after it is the textarea's text to the parser
    return (
        f"<html><body><main><h1>Winter timetable starts early</h1><form>{tag}</form>"
        f"<p>{_ONE}</p><p>{_TWO.replace('free', '<b>free</b>')}</p></main></body></html>"
    )


def test_an_unclosed_textarea_s_markup_is_read_as_markup() -> None:
    blocks = read_page(_swallowing()).blocks
    texts = [b.text for b in blocks]
    assert texts == ["Winter timetable starts early", _ONE, _TWO], texts
    # the form the box stood in ends where the page closed it, not at the end of the page
    assert all(markup_row(b.markup)[_UNDER_FORM] == 0.0 for b in blocks)


def test_an_open_tag_with_a_quoted_bracket_is_closed_where_it_ends() -> None:
    texts = [b.text for b in read_page(_swallowing('<textarea placeholder="a > b">')).blocks]
    assert texts == ["Winter timetable starts early", _ONE, _TWO], texts


def test_every_textarea_after_the_last_closing_tag_is_closed() -> None:
    html = _swallowing().replace(f"<p>{_ONE}</p>", f"<p>{_ONE}</p><textarea>")
    texts = [b.text for b in read_page(html).blocks]
    assert texts == ["Winter timetable starts early", _ONE, _TWO], texts


def test_text_the_page_escaped_stays_text_and_is_escaped_again(tmp_path: Path) -> None:
    quoted = "the notice read &lt;script&gt;alert(1)&lt;/script&gt; in red"
    html = _swallowing().replace("a spokeswoman said", quoted)
    texts = [b.text for b in read_page(html).blocks]
    assert any("the notice read <script>alert(1)</script> in red" in t for t in texts), texts
    page = tmp_path / "timetable.html"
    page.write_text(html, encoding="utf-8")
    cli = "import sys; from newsdesk.cli import main; sys.argv[0] = 'newsdesk'; main()"
    cmd = [sys.executable, "-c", cli, "clean", "--format", "html", str(page)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=True).stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<script>alert(1)" not in out and "&lt;p&gt;" not in out


def test_an_unclosed_xmp_s_markup_is_read_as_markup_and_a_closed_one_shows_its_own() -> None:
    # <xmp> shows markup as text on purpose, up to its closing tag; left open, it swallowed
    html = _swallowing("<xmp>")
    texts = [b.text for b in read_page(html).blocks]
    assert texts == ["Winter timetable starts early", _ONE, _TWO], texts
    shown = html.replace("<xmp>", "<xmp><b>bold</b></xmp>")
    assert "<b>bold</b>" in [b.text for b in read_page(shown).blocks]


def test_a_textarea_that_swallowed_an_unclosed_xmp_is_undone_in_turn() -> None:
    html = _swallowing("<textarea>").replace(f"<p>{_ONE}</p>", f"<p>{_ONE}</p><xmp>")
    texts = [b.text for b in read_page(html).blocks]
    assert texts == ["Winter timetable starts early", _ONE, _TWO], texts
