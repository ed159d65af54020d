"""Hostile inputs: markup and text built to break a cleaner; each must come out sensibly."""

from __future__ import annotations

import time

import pytest

import newsdesk
from newsdesk.errors import EmptyInputError

_PARA = (
    "The harbour board met on Tuesday evening and agreed to reopen the northern quay for "
    "ferries from the first of June, after months of repairs to the old stone pier."
)


def test_a_form_feed_after_a_dropped_element_does_not_crash() -> None:
    page = (
        f"<html><body><script>x()</script>\x0c<p>{_PARA}</p><style>p{{}}</style>\x0b</body></html>"
    )
    assert _PARA in newsdesk.clean(page, input_format="html").text


def test_markup_deeper_than_the_parser_limit_keeps_what_follows() -> None:
    deep = "<div>" * 2500 + f"<p>{_PARA}</p>" + "</div>" * 2500
    page = f"<html><body>{deep}<p>{_PARA.replace('Tuesday', 'Friday')}</p></body></html>"
    text = newsdesk.clean(page, input_format="html").text
    assert "Tuesday" in text and "Friday" in text


def test_an_article_inside_noscript_is_read() -> None:
    page = f"<html><body><noscript><p>{_PARA}</p><p>{_PARA}</p></noscript></body></html>"
    assert _PARA in newsdesk.clean(page, input_format="html").text


def test_noscript_that_repeats_the_page_is_not_read_twice() -> None:
    page = (
        f"<html><body><p>{_PARA}</p><p>{_PARA.upper()}</p>"
        "<noscript><p>Please enable JavaScript to view the comments.</p></noscript></body></html>"
    )
    assert "enable JavaScript" not in newsdesk.clean(page, input_format="html").text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><script>document.write('" + _PARA + "')</script></body></html>",
        "<html><body><template><p>" + _PARA + "</p></template></body></html>",
        "<html><body><p>\u200b\u200b\ufeff</p><p>\u200c\u2060</p></body></html>",
    ],
)
def test_a_page_that_shows_no_text_says_so(page: str) -> None:
    with pytest.raises(EmptyInputError):
        newsdesk.clean(page, input_format="html")


def test_a_byte_order_mark_does_not_make_a_paragraph_a_title() -> None:
    short = "The quay reopens in June after months of repairs to the old stone pier."
    for dump in (f"{short}\ufeff\n", f"Home\n{short}\ufeff\n"):
        article = newsdesk.clean(dump, input_format="text")
        assert article.title is None or short not in article.title
        assert short in article.text


# How the caption pattern's cost may grow when the page grows GROWTH times (CPU time of this
# process, which load does not lengthen as it does the wall clock): a linear pass grows about
# GROWTH times (3.6-4.0 measured, session 15), a quadratic one GROWTH squared (9-14 measured
# with the pattern's `[^()]*` made `[^)]*`, which backtracks over the rest of the page).
GROWTH = 4
GROWTH_LIMIT = 8  # halfway, on a log scale, between linear (4) and quadratic (16)
CAPTION_REPEATS = 10000  # "(photo: x " repeats: 100,000 characters, then 400,000


def _cpu_seconds(repeats: int) -> float:
    """The least CPU time of three cleanings of a page of `repeats` caption openings (each
    page its own, so that no cache answers for it)."""
    best = float("inf")
    for run in range(3):
        page = "(photo: x " * repeats + f"end {run}"
        start = time.process_time()
        newsdesk.clean(page, input_format="text")
        best = min(best, time.process_time() - start)
    return best


def test_the_caption_pattern_is_linear() -> None:
    newsdesk.clean(_PARA, input_format="text")  # what the first cleaning loads is not counted
    small, large = _cpu_seconds(CAPTION_REPEATS), _cpu_seconds(CAPTION_REPEATS * GROWTH)
    assert large < small * GROWTH_LIMIT, (small, large)


def test_json_ld_nested_past_the_recursion_limit_is_ignored() -> None:
    ld = "[" * 100000 + "]" * 100000
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><p>{_PARA}</p></body></html>"
    )
    assert _PARA in newsdesk.clean(page, input_format="html").text


def test_a_page_of_one_letter_paragraphs_is_no_article() -> None:
    page = "<html><body>" + "<p>a</p>" * 20000 + "</body></html>"
    assert newsdesk.clean(page, input_format="html").text == ""


def test_an_unclosed_button_does_not_swallow_the_article() -> None:
    # the parser nests everything after an unclosed <button> inside it
    page = (
        "<html><body><button class='menu'>Menu<div>Open</div>"
        f"<article><p>{_PARA}</p><p>{_PARA.replace('Tuesday', 'Friday')}</p></article>"
        "</body></html>"
    )
    text = newsdesk.clean(page, input_format="html").text
    assert "Tuesday" in text and "Friday" in text


def test_a_control_character_given_as_a_reference_is_blanked() -> None:
    # "&#27;" is the escape byte a raw page would have had blanked: it reaches no output
    page = (
        f"<html><body><p>{_PARA}</p><p>The clerk wrote &#27;[31m and &#x7f; and &#1; on the "
        "board's notice, which hung by the pier until the end of the month.</p></body></html>"
    )
    text = newsdesk.clean(page, input_format="html").text
    assert "the pier until the end" in text
    assert not any(c in text for c in "\x1b\x7f\x01"), repr(text)


def test_a_second_byte_order_mark_does_not_make_a_page_text() -> None:
    # a page saved with two marks (two files joined): the second is left after decoding
    page = b"\xef\xbb\xbf\xef\xbb\xbf<!doctype html><html><body><p>" + _PARA.encode() + b"</p>"
    article = newsdesk.clean(page)
    assert article.input_format.value == "html"
    assert article.text == _PARA


def test_the_markup_a_plaintext_element_swallowed_is_read_as_markup() -> None:
    # nothing ends <plaintext>: the rest of the page would be its markup as text ("<p>…")
    later = _PARA.replace("Tuesday", "Friday")
    page = f"<html><body><p>{_PARA}</p><plaintext><p>{later}</p><p>{later}</p></body></html>"
    text = newsdesk.clean(page, input_format="html").text
    assert "<" not in text and text.count("Friday") == 2, text


def test_a_datalist_s_suggestions_are_not_read() -> None:
    page = (
        f"<html><body><p>{_PARA}</p><input list='quays'><datalist id='quays'>"
        "<option>Northern quay, the old stone pier by the ferry terminal</option></datalist>"
        "</body></html>"
    )
    from newsdesk.read.html import read_page

    assert [b.text for b in read_page(page).blocks] == [_PARA]


@pytest.mark.parametrize("tag", ["noembed", "noframes"])
def test_what_only_a_browser_without_embeds_or_frames_shows_is_not_read(tag: str) -> None:
    # a page's template kept in <noembed> (its markup is text to the parser)
    page = (
        f"<html><body><p>{_PARA}</p><{tag}><span class='pin'>#{{img_src}} pinned "
        f"by #{{user}}</span></{tag}></body></html>"
    )
    from newsdesk.read.html import read_page

    assert [b.text for b in read_page(page).blocks] == [_PARA]
