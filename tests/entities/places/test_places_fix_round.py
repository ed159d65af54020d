"""Session 18, fix round (places): a bare 'Gulf' is the gulf the article names itself, never
a gulf near its towns nor Papua New Guinea's Gulf province in an article that does not name
that country; a name after a list of places that speaks is no list item. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from entity_helpers import place_named, places_of, places_said


def test_a_bare_gulf_is_the_gulf_the_article_names() -> None:
    said = places_of(
        "Two tankers were seized in the Persian Gulf on Monday. Officials in Washington said"
        " shipping in the Gulf would be escorted by the Navy."
    )
    persian = place_named(said, "Persian Gulf")
    assert persian is not None
    assert place_named(said, "Gulf") is persian


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Washington said the Gulf states would meet in March.",
        "Veterans of the Gulf war met in Boston on Sunday.",
        "Diplomats in Ottawa said the Gulf monarchies had agreed.",
        "Officials in Karachi said the Gulf states would send workers home.",
        "Ministers in Sanaa said the Gulf states had closed the border.",
    ],
)
def test_a_town_alone_makes_no_gulf_of_a_bare_gulf(text: str) -> None:
    gulf = place_named(places_of(text), "Gulf")
    # no place, or a place left unresolved: a gulf near the town is no evidence
    assert gulf is None or gulf.latitude is None


def test_a_bare_gulf_is_no_province_of_a_country_the_article_never_names() -> None:
    said = places_of(
        "WASHINGTON (Reuters) - The United States will sell more jets to Gulf allies, officials"
        " said on Tuesday."
    )
    gulf = place_named(said, "Gulf")
    assert gulf is None or gulf.country_code != "PG"


def test_the_gulf_province_stays_where_the_article_names_its_country() -> None:
    said = places_of("Roads in Gulf were cut after the storm, officials in Papua New Guinea said.")
    gulf = place_named(said, "Gulf")
    assert gulf is not None and gulf.country_code == "PG"


@pytest.mark.parametrize(
    ("text", "listed", "speaker"),
    [
        ("The band toured Paris, Lyon and Nice, Lincoln told reporters.", "Nice", "Lincoln"),
        (
            "The tour stops in Madrid, Seville and Valencia, Florence wrote on Instagram.",
            "Valencia",
            "Florence",
        ),
        ("The tour stops in Denver, Austin and Dallas, Lincoln added.", "Dallas", "Lincoln"),
    ],
)
def test_a_name_that_speaks_after_a_list_is_no_item_of_it(
    text: str, listed: str, speaker: str
) -> None:
    said = places_said(text)
    assert listed in said
    assert speaker not in said
