"""Marks that render as nothing inside a word (soft hyphen; zero-width joiner and non-joiner
between Latin letters) are removed from a dump's lines as the HTML reader removes them from a
page's text; a joiner or non-joiner in Persian, Devanagari or an emoji sequence is kept."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.read.blocks import text_blocks


@pytest.mark.parametrize("mark", ["\u00ad", "\u200c", "\u200d"])
def test_a_mark_inside_a_name_leaves_one_word(mark: str) -> None:
    (block,) = text_blocks(f"Mayor Anna Kow{mark}alski opened the new library on Friday.")
    assert block.text == "Mayor Anna Kowalski opened the new library on Friday."


def test_a_dump_and_a_page_read_the_same_name() -> None:
    line = "Mayor Anna Kow\u200dalski said the library will open on Saturdays from March."
    dump = newsdesk.clean(f"{line}\n\n{line}\n", input_format="text").text
    page = newsdesk.clean(f"<html><body><p>{line}</p><p>{line}</p></body></html>").text
    assert "Kowalski" in dump and dump == page


# (a Persian phrase, "the government wants", whose verb is spelt with a non-joiner)
PERSIAN = "\u062f\u0648\u0644\u062a \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f"
# (Devanagari ka, virama, joiner, ssa: the half-form of ka before ssa, not the conjunct)
DEVANAGARI = "\u0915\u094d\u200d\u0937"
# (man, joiner, woman, joiner, girl: one family emoji)
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"


@pytest.mark.parametrize("word", [PERSIAN, DEVANAGARI, FAMILY])
def test_joiners_that_are_spelling_are_kept(word: str) -> None:
    line = f"The report quotes {word} in its second paragraph."
    (block,) = text_blocks(line)
    assert block.text == line
    other = f"A later paragraph repeats {word} and says the council will reply in June."
    dump = newsdesk.clean(f"{line}\n\n{other}\n", input_format="text").text
    page = newsdesk.clean(f"<html><body><p>{line}</p><p>{other}</p></body></html>").text
    assert dump.count(word) == 2 and page.count(word) == 2, (dump, page)


@pytest.mark.parametrize("mark", ["\u200c", "\u200d", "\u00ad"])
def test_latin_joiners_go_in_a_page_too(mark: str) -> None:
    line = f"Mayor Anna Kow{mark}alski said the pool reopens in May after repairs."
    other = f"Kow{mark}alski added that the council will pay for the new roof."
    page = newsdesk.clean(f"<html><body><p>{line}</p><p>{other}</p></body></html>").text
    assert page.count("Kowalski") == 2 and mark not in page, page


def test_a_soft_hyphen_goes_beside_any_letter() -> None:
    (block,) = text_blocks(f"The minister quoted {PERSIAN[:4]}\u00ad{PERSIAN[4:]} twice.")
    assert "\u00ad" not in block.text and PERSIAN in block.text


def test_a_joiner_at_a_latin_word_edge_is_kept() -> None:
    # (between a Latin letter and an emoji, a joiner is not inside a Latin word)
    line = "The sign read OPEN\u200d\U0001f389 on the first day of the market."
    (block,) = text_blocks(line)
    assert block.text == line


@pytest.mark.parametrize("mark", ["\u200c", "\u200d"])
def test_a_stray_joiner_beside_space_or_punctuation_goes(mark: str) -> None:
    # (some site builders end a paragraph with a joiner, or start one with it)
    line = f"The island ferry will run on Sundays from May, its operator said on Friday.{mark}"
    other = (
        f"{mark}Fares stay the same{mark}, the operator said {mark}on Friday, and a second "
        "boat will join the route in the summer once its crew is trained."
    )
    page = newsdesk.clean(f"<html><body><p>{line}</p><p>{other}</p></body></html>").text
    dump = newsdesk.clean(f"{line}\n\n{other}\n", input_format="text").text
    for text in (page, dump):
        assert mark not in text and "Friday.\n" in text and "same, the" in text, text
