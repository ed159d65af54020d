"""Session 17 review fixes in the people rules: a one-word famous name that also names a place or
a firm, the scan of a line written in capitals, a hyphenated given name after a surname.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

import newsdesk
from newsdesk.analysis.entities.people.missed import capitals_names, hyphen_tail
from newsdesk.analysis.entities.spans import NameSpan, make_span
from newsdesk.analysis.entities.words import people_words
from newsdesk.analysis.gazetteer import load as load_gazetteer
from newsdesk.analysis.nlp import load_model, model_name


def _analyze(text: str) -> tuple[list[str], list[str]]:
    result = newsdesk.analyze(text, clean=False)
    return [p.name for p in result.people], [p.name for p in result.places]


def test_no_famous_one_word_name_is_a_main_name_of_a_place() -> None:
    gazetteer = load_gazetteer()
    namesakes = [
        word
        for word in people_words("known_mononyms")
        if any(main for _, main in gazetteer.lookup(word))
    ]
    assert namesakes == []


def test_a_town_named_after_a_thinker_stays_a_place() -> None:
    people, places = _analyze(
        "Long-range drones hit the Engels airfield in Saratov region before dawn, the governor said."
    )
    assert "Engels" not in people
    assert "Engels" in places


def test_a_famous_name_the_model_typed_a_place_or_firm_is_no_person() -> None:
    people, _ = _analyze("Shares in Vivaldi fell 6% after the software maker cut its forecast.")
    assert "Vivaldi" not in people
    people, _ = _analyze("Tourists flocked to Voltaire, a small resort town in the hills.")
    assert "Voltaire" not in people


def test_an_untagged_famous_name_is_still_a_person() -> None:
    people, _ = _analyze("We spent the evening arguing about Spinoza and his view of God.")
    assert "Spinoza" in people


def test_a_long_line_in_capitals_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page-long line of the same name in capitals: the line's verdict is read once, not again
    # for every pair of words on it (seconds per thousand names before); counted, not timed
    from newsdesk.analysis.entities.people import missed

    scans: list[tuple[int, int]] = []
    verdict = missed._capitals_line

    def counted(doc: Doc, start: int, end: int) -> bool:
        scans.append((start, end))
        return verdict(doc, start, end)

    monkeypatch.setattr(missed, "_capitals_line", counted)
    words = ["GRETCHEN", "DRUMMOND", ","] * 1500
    doc = Doc(load_model(model_name(None)).vocab, words=words, spaces=[True, False, True] * 1500)
    doc.ents = []  # every token of no entity, as the model leaves such a line
    found = capitals_names(doc, [])
    assert len(found) == 1500
    assert scans == [(0, len(doc))]


def test_a_name_in_capitals_needs_its_whole_line_in_capitals() -> None:
    doc = Doc(
        load_model(model_name(None)).vocab,
        words=[
            "Results",
            "of",
            "the",
            "day",
            "\n",
            "GRETCHEN",
            "DRUMMOND",
            "WINS",
            "THE",
            "FINAL",
            "\n",
            "GRETCHEN",
            "DRUMMOND",
            "won",
            "again",
        ],
        spaces=[
            True,
            True,
            True,
            False,
            False,
            True,
            True,
            True,
            True,
            False,
            False,
            True,
            True,
            True,
            False,
        ],
    )
    doc.ents = []
    assert [s.start for s in capitals_names(doc, [])] == [5]


def _one_word_person(words: list[str], spaces: list[bool]) -> tuple[Doc, NameSpan]:
    doc = Doc(load_model(model_name(None)).vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    return doc, make_span(doc, 0, 1, "PERSON")


def test_a_compound_written_with_a_hyphen_is_no_given_name_after_a_surname() -> None:
    # 'Walk-Out' is 'walkout' with a hyphen: an English word, no syllables of a given name
    doc, span = _one_word_person(
        ["Kowalski", "Walk", "-", "Out", "ends", "today"], [True, False, False, True, True, False]
    )
    assert (hyphen_tail(doc, span).start, hyphen_tail(doc, span).end) == (0, 1)


def test_syllables_of_a_given_name_still_join_a_surname() -> None:
    doc, span = _one_word_person(
        ["Yun", "Seo", "-", "jun", "left", "early"], [True, False, False, True, True, False]
    )
    assert (hyphen_tail(doc, span).start, hyphen_tail(doc, span).end) == (0, 4)
