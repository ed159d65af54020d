"""Session 18, fix round 2 (places): a name after a comma is a speaker after a list only when
a list comes before the comma; a firm's home town after 'in' stays a place; a place after a
course, a class or a training stays a place; a bare 'Gulf' among several gulf names is the
body of water the article names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_helpers import place_named, places_of, places_said, tag_spans
from newsdesk.analysis import entities
from tagging import tagged_doc


def _places_tagged(text: str, tags: dict[str, str]) -> set[str]:
    """The names of the places newsdesk lists when each pattern of `tags` has its label."""
    _, places, _ = entities.extract(tagged_doc(text, tag_spans(text, tags)))
    return {p.name for p in places}


def test_a_country_after_an_opening_phrase_and_a_comma_stays_a_place() -> None:
    said = places_said(
        "At a briefing on Friday, Jordan said it would shut its crossing with Iraq. Officials"
        " in Amman called the step brief."
    )
    assert "Jordan" in said


@pytest.mark.parametrize(
    ("text", "tags", "place"),
    [
        ("On Tuesday, Kherson was hit by drones again.", {"Kherson": "ORG"}, "Kherson"),
        (
            "After the count, Scotland will open talks with London.",
            {"Scotland": "ORG", "London": "GPE"},
            "Scotland",
        ),
    ],
)
def test_an_organisation_tagged_place_after_a_phrase_and_a_comma_stays(
    text: str, tags: dict[str, str], place: str
) -> None:
    assert place in _places_tagged(text, tags)


def test_a_speaker_after_a_real_list_is_still_no_place() -> None:
    text = "Rents in cities like Austin and Denver, Lincoln said, keep rising."
    said = _places_tagged(text, {"Austin": "GPE", "Denver": "GPE", "Lincoln": "ORG"})
    assert {"Austin", "Denver"} <= said
    assert "Lincoln" not in said


def test_a_firms_home_town_is_a_place_when_the_article_names_no_other() -> None:
    text = (
        "Bellpoint, a payroll software maker based in Boise, added 30 staff in March. Its"
        " founder, Lena Ortiz, said orders tripled."
    )
    assert "Boise" in places_said(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bellpoint, a payroll firm based in Boise, added 30 staff.", "Boise"),
        ("The factory in Wolfsburg will shed 1,500 jobs.", "Wolfsburg"),
        ("Bank shares fell in Frankfurt on Thursday.", "Frankfurt"),
        ("The blaze began near Paradise late on Sunday.", "Paradise"),
    ],
)
def test_an_organisation_tagged_town_after_a_place_word_stays(text: str, name: str) -> None:
    assert name in _places_tagged(text, {name: "ORG"})


_KENYA = " The group's office is in Nairobi, Kenya."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group gives free lessons in Kibera, where many families live.", "Kibera"),
        ("He finished a welding course in Mathare this spring.", "Mathare"),
        ("Midwives with experience in Khayelitsha were recruited.", "Khayelitsha"),
        ("She ran job training in Shatila, the camp south of Beirut.", "Shatila"),
    ],
)
def test_a_place_after_a_course_or_a_class_stays_a_place(text: str, name: str) -> None:
    assert name in places_said(text + _KENYA)


def test_a_skill_after_a_noun_of_knowledge_is_still_no_place() -> None:
    assert "Kubernetes" not in places_said(
        "She has a background in Kubernetes and built the deploy tool." + _KENYA
    )


def test_a_bare_gulf_among_gulf_names_is_the_gulf_of_water() -> None:
    said = places_of(
        "HOUSTON — The storm crossed the Gulf of Mexico overnight. Towns on the Gulf Coast"
        " closed schools. Hot water in the Gulf made it stronger."
    )
    mexico = place_named(said, "Gulf of Mexico")
    assert mexico is not None
    assert place_named(said, "Gulf") is mexico
