"""Session 17 review fixes in the people rules: a one-word famous name that also names a place or
a firm, the scan of a line written in capitals, a hyphenated given name after a surname.
Sentences written for these tests."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis.entities.words import people_words
from newsdesk.analysis.gazetteer import load as load_gazetteer


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
