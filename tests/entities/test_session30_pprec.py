"""Session 30 (pprec): a name headed by a venue's or a firm's word ('Dorvala Restaurant') is
the venue's in every form merged with it ('Dorvala' alone), and a few more venue words
('cerveceria', 'kaffe', 'taqueria', 'cantina', 'barn'); on sentences written for these tests
(none from a bench page), with the near shapes that must not change."""

from __future__ import annotations

import pytest

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> set[str]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}


def test_a_name_headed_by_a_venue_word_is_the_venue_in_its_short_form_too() -> None:
    text = (
        "Dorvala Restaurant opened on the corner last spring. "
        "Guests can expect the same care from Dorvala in a calmer room."
    )
    names = _people(text, {"Dorvala Restaurant": "PERSON", r"Dorvala(?= in)": "PERSON"})
    assert not any("Dorvala" in n for n in names)


@pytest.mark.parametrize("venue", ["Cerveceria", "Kaffe", "Taqueria", "Cantina"])
def test_new_venue_words_make_a_name_a_venue(venue: str) -> None:
    text = f"Last week Lumo Varesh {venue} opened its doors near the station."
    names = _people(text, {f"Lumo Varesh {venue}": "PERSON"})
    assert not any("Varesh" in n for n in names)


def test_a_venue_word_before_the_name_leaves_the_person_of_the_short_form() -> None:
    # 'Hotel Dorvala' is a venue, and Dorvala alone, who speaks, is still a person
    text = (
        "Marta Dorvala opened Hotel Dorvala in 1990. "
        "\u201cWe wanted a quiet place,\u201d Dorvala said."
    )
    names = _people(text, {"Marta Dorvala": "PERSON", r"(?<=, )Dorvala": "PERSON"})
    assert "Marta Dorvala" in names


def test_a_person_who_owns_a_venue_stays_a_person() -> None:
    text = "Owner Marta Dorvala said the restaurant would open in May, the chef told reporters."
    assert "Marta Dorvala" in _people(text, {"Marta Dorvala": "PERSON"})
