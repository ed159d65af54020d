"""Session 32 (plres): a name the model tagged a facility (FAC) whose last word is a place's noun
('the Quillmont Basin', 'White Rock Bayou') is a place, a natural feature, though the gazetteer
lacks it: no building's name ends so (a building's word, 'Park', 'Center', is no such noun).
The model's labels are set by each test (`only_tagged_doc`), so the tests exercise newsdesk's
rules; sentences written for these tests."""

from __future__ import annotations

from newsdesk.analysis import entities
from newsdesk.model import Place
from tagging import only_tagged_doc


def _places(text: str, tags: dict[str, str]) -> dict[str, Place]:
    """newsdesk's places by name, when each pattern of `tags` carries its label and nothing
    else is tagged."""
    _, places, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p for p in places}


_BASIN = (
    "Water levels in the Quillmont Basin fell again this month, officials in Denver said. "
    "Farmers there fear another dry summer."
)


def test_a_facility_named_by_a_places_noun_is_a_feature() -> None:
    places = _places(_BASIN, {r"Quillmont Basin": "FAC", r"Denver": "GPE"})
    assert "Quillmont Basin" in places
    assert places["Quillmont Basin"].kind == "feature"


def test_a_facility_named_by_a_bayou_without_a_place_slot() -> None:
    text = (
        "Officials in Houston opened a new trail on Monday. The path follows White Rock "
        "Bayou for six miles."
    )
    places = _places(text, {r"Houston": "GPE", r"White Rock Bayou": "FAC"})
    assert "White Rock Bayou" in places


def test_a_facility_named_by_a_buildings_word_is_still_no_place() -> None:
    text = (
        "Officials in Denver opened Quillmont Park on Monday. Quillmont Center will follow "
        "next year."
    )
    places = _places(text, {r"Denver": "GPE", r"Quillmont Park": "FAC", r"Quillmont Center": "FAC"})
    assert set(places) == {"Denver"}
