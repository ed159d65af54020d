"""The HTML reader's text is what a browser shows: soft hyphens and joiners join, ruby
annotations stay out of the line, one spelling per character (NFC)."""

from __future__ import annotations

import unicodedata

from newsdesk.read.html import read_page


def _texts(body: str) -> list[str]:
    return [b.text for b in read_page(f"<html><body>{body}</body></html>").blocks]


def test_soft_hyphens_and_joiners_join_the_word_they_sit_in() -> None:
    texts = _texts(
        "<p>The coun\u00adcil\u00adlors met on Tues\u00adday to vote on the new har\u00adbour "
        "wall.</p><p>word\u2060joined and zero\u200bwidth</p>"
    )
    assert texts[0] == "The councillors met on Tuesday to vote on the new harbour wall."
    # a word joiner joins; a zero-width space is a break between words, as before
    assert texts[1] == "wordjoined and zero width"


def test_ruby_annotations_stay_out_of_the_line() -> None:
    texts = _texts(
        "<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>の天気は晴れです。</p>"
    )
    assert texts == ["東京の天気は晴れです。"]


def test_text_comes_out_in_one_spelling_per_character() -> None:
    decomposed = "Cafe\u0301 Ame\u0301lie opened on the quay"  # e + combining acute accent
    (text,) = _texts(f"<p>{decomposed}</p>")
    assert text == unicodedata.normalize("NFC", decomposed)
    assert "\u00e9" in text and "\u0301" not in text
