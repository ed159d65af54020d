"""Session 30 (places): a capitalised ordinal opening a place's name stays in it ('Fourth
Ward'), the items of a list a plural noun of a town's parts opens are places though the
gazetteer lacks them ('quarters like ...' aside), and a town's part noun right after a name
('the Larkmoor district') makes it a place. The model's labels are set by each test
(`tagged_doc`), so the tests exercise newsdesk's rules; sentences written for these tests."""

from __future__ import annotations

from entity_helpers import people_tagged, tag_spans
from newsdesk.analysis import entities
from tagging import tagged_doc


def _places(text: str, tags: dict[str, str]) -> set[str]:
    """The texts newsdesk names its places by when each pattern of `tags` carries its label."""
    _, places, _ = entities.extract(tagged_doc(text, tag_spans(text, tags)))
    return {m.text for p in places for m in p.mentions}


def test_an_ordinal_opening_a_place_stays_in_its_name() -> None:
    text = (
        "Flood water rose in the Fourth Ward overnight, and families near Dallas moved to "
        "shelters run by the county."
    )
    places = _places(text, {r"Fourth Ward": "GPE", r"Dallas": "GPE"})
    assert "Fourth Ward" in places
    assert "Ward" not in places


def test_an_ordinal_before_a_person_is_still_trimmed() -> None:
    text = "Third Kevin Marlowe finished the race in Denver, well behind the leaders."
    assert "Kevin Marlowe" in people_tagged(text, {r"Third Kevin Marlowe": "PERSON"})


def test_items_of_a_list_of_neighborhoods_are_places_unknown_to_the_gazetteer() -> None:
    text = (
        "Rents in Tulsa climbed fastest in neighborhoods like Briarvale, Sixth Ward, and "
        "Copperleaf Flats, the landlords' group said on Monday."
    )
    places = _places(
        text,
        {
            r"Tulsa": "GPE",
            r"Briarvale": "PERSON",
            r"Sixth Ward": "GPE",
            r"Copperleaf Flats": "LOC",
        },
    )
    assert {"Briarvale", "Sixth Ward", "Copperleaf Flats"} <= places


def test_a_list_of_spots_or_places_names_no_unknown_place() -> None:
    # 'spots' and 'places' list restaurants and venues as often as a town's parts
    text = (
        "Critics in Tulsa praised spots like Briarvale and Copperleaf Flats, "
        "the guide said on Monday."
    )
    places = _places(text, {r"Tulsa": "GPE", r"Briarvale": "PERSON", r"Copperleaf Flats": "LOC"})
    assert "Briarvale" not in places
    assert "Copperleaf Flats" not in places


def test_a_part_noun_after_a_name_makes_it_a_place() -> None:
    text = (
        "She opened a bakery in the Larkmoor neighborhood of Spokane after a decade "
        "in the Fennick district of Portland."
    )
    places = _places(
        text,
        {r"Larkmoor": "LOC", r"Fennick": "PERSON", r"Spokane": "GPE", r"Portland": "GPE"},
    )
    assert {"Larkmoor", "Fennick"} <= places


def test_names_a_slash_joins_before_a_part_noun_are_two_places() -> None:
    text = "A new cafe opened in the Alder Knoll/Linden Row neighborhood of Phoenix on Friday."
    places = _places(text, {r"Alder Knoll/Linden Row": "LOC", r"Phoenix": "GPE"})
    assert {"Alder Knoll", "Linden Row"} <= places
    assert "Alder Knoll/Linden Row" not in places
