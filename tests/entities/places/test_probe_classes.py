"""Session 14 (places2): classes of misreadings seen on unlabelled probe pages, each stated on
sentences written for it: a campus's town inside a university's name is no place, and a
district of a world city that shares a country's name is the country unless qualified."""

from __future__ import annotations

import newsdesk
from newsdesk.model import Place


def _places(text: str) -> list[Place]:
    return newsdesk.analyze(text, clean=False).places


def _mentioned(places: list[Place]) -> set[str]:
    return {m.text for p in places for m in p.mentions}


def _named(places: list[Place], name: str) -> Place:
    found = [p for p in places if name in {m.text for m in p.mentions}]
    assert found, f"{name} not among {[p.name for p in places]}"
    return found[0]


def test_campus_town_after_a_comma_is_part_of_the_university() -> None:
    for text in (
        "Chemists at the University of California, Berkeley, found that the paint cut losses.",
        "The clinic of the University of Michigan, Ann Arbor, is closed; the one in Dearborn "
        "stays open.",
    ):
        places = _mentioned(_places(text))
        assert "Berkeley" not in places and "Ann Arbor" not in places, text
    assert "Dearborn" in places  # a town outside the university's name stays a place


def test_campus_town_after_at_is_part_of_the_university() -> None:
    text = "He read law at the University of Illinois at Chicago and then moved to Denver."
    places = _mentioned(_places(text))
    assert "Chicago" not in places and "Denver" in places


def test_town_after_a_comma_without_a_university_stays_a_place() -> None:
    text = "The coating was tested in a laboratory in Oakland, Berkeley and Richmond last year."
    assert "Berkeley" in _mentioned(_places(text))


def test_country_or_region_after_a_universitys_name_stays_a_place() -> None:
    for text, name in (
        (
            "He studied physics at the University of Toronto, Canada, before moving to Boston.",
            "Canada",
        ),
        (
            "He studied physics at the University of Toronto, Ontario, before moving to Boston.",
            "Ontario",
        ),
    ):
        assert name in _mentioned(_places(text)), text


def test_campus_town_that_is_also_a_far_region_is_part_of_the_university() -> None:
    # Santa Barbara is also a department of Honduras: no region of the body's country
    text = "She runs a clinic at the University of California, Santa Barbara, and one in Reno."
    places = _mentioned(_places(text))
    assert "Santa Barbara" not in places and "Reno" in places


def test_country_named_beside_a_world_city_stays_the_country() -> None:
    # Jamaica in Queens lies 15 km from Brooklyn's centre: a district of the city, not the
    # reading of the country's name beside it
    text = "Born in Jamaica, the singer moved to Brooklyn, New York, in 1998."
    assert _named(_places(text), "Jamaica").country_code == "JM"


def test_district_qualified_by_its_borough_is_the_district() -> None:
    for text in (
        "The bakery opened a second shop in Jamaica, Queens, near the Brooklyn line.",
        "The bakery opened a second shop in Jamaica in Queens, near the Brooklyn line.",
    ):
        assert _named(_places(text), "Jamaica").country_code == "US", text
