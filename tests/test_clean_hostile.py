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
    page = f"<html><body><script>x()</script>\x0c<p>{_PARA}</p><style>p{{}}</style>\x0b</body></html>"
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


def test_the_caption_pattern_is_linear() -> None:
    start = time.perf_counter()
    newsdesk.clean("(photo: x " * 60000, input_format="text")
    assert time.perf_counter() - start < 5.0


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
