"""Session 27: a terminal's escape sequences in a page or a dump are removed whole. The reader
blanked the ESC of `<title>\x1b[2JHi</title>` and kept its printable tail, so the title read
"[2JHi" (found reading the reader's control-character rule, session 26's closing note). The
cases are the hostile catalogue's (bench/hostile.py, `CONTROLS`, "title-escapes")."""

from __future__ import annotations

import pytest

import newsdesk
from benches import load_bench
from newsdesk.cleaner import clean_document
from newsdesk.labels import InputFormat
from newsdesk.read import RawDocument
from newsdesk.read.escapes import without_escapes

hostile = load_bench("hostile")
PARA = "The ferry company said on Monday that every crossing would resume by the weekend."


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("\x1b[2JHi", "Hi"),  # CSI: erase the screen
        ("red \x1b[1;31mRED\x1b[0m", "red RED"),  # CSI with parameters
        ("a\x1b[?25lb", "ab"),  # CSI, private parameter
        ("\x1b]0;title\x07x", "x"),  # OSC ended by BEL
        ("\x1b]8;;http://e.vil\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC ended by ST
        ("\x1bPq#0\x1b\\y", "y"),  # DCS (sixel) ended by ST
        ("\x1bcreset", "reset"),  # two bytes: ESC c
        ("\x1b(Bascii", "ascii"),  # ESC, intermediate, final
        ("lone \x1b", "lone \x1b"),  # an ESC starting no sequence is the control rule's
    ],
)
def test_without_escapes_removes_each_sequence_whole(raw: str, kept: str) -> None:
    assert without_escapes(raw) == kept


def test_an_escape_in_a_page_title_and_body_leaves_no_tail() -> None:
    page = hostile.CASES["title-escapes"][0]()
    article = newsdesk.clean(page, input_format="html")
    assert article.title == "Ferry crossings resume"
    assert "[2J" not in article.text and "[31m" not in article.text
    assert "Crossings RED resume." in article.text


def test_an_escape_by_character_reference_leaves_no_tail() -> None:
    page = f"<html><body><p>The board met &#27;[31mtoday&#27;[0m. {PARA}</p></body></html>"
    article = newsdesk.clean(page, input_format="html")
    assert "The board met today. " in article.text and "[0m" not in article.text


def test_the_catalogue_controls_in_a_page_leave_no_tail() -> None:
    article = newsdesk.clean(hostile.CASES["controls-and-escapes"][0](), input_format="html")
    assert "red RED link" in article.text
    assert not any(tail in article.text for tail in ("[31m", "[0m", "8;;", "0;title"))


def test_a_dump_keeps_its_escapes_as_it_keeps_every_control() -> None:
    """A dump's controls are kept (JSON exact; the outputs show them escaped: issue 13 §7,
    tests/reliability/test_injection.py): its ESC is not blanked, so no tail is left alone."""
    dump = f"Ferry crossings resume\n\n{PARA}\n\nCrossings \x1b[31mRED\x1b[0m resume. {PARA}\n"
    article = newsdesk.clean(dump, input_format="text")
    assert "Crossings \x1b[31mRED\x1b[0m resume." in article.text
    doc = RawDocument("<dump>", dump, "utf-8", InputFormat.text)
    assert clean_document(doc, clean=False).text == dump
