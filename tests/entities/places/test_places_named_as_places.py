"""Session 17, round 2: a name the model typed as a person or an organisation that the article
gives as a place (an item of a plural noun of places' list, a noun whose 'of' names a place) is
a place at every mention. Sentences written for these tests."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis import entities
from newsdesk.analysis.entities.document.place_cues import named_as_place
from newsdesk.analysis.entities.spans import make_span
from newsdesk.analysis.gazetteer import load as load_gazetteer
from tagging import tagged_doc


def _places(text: str) -> list[str]:
    return sorted(p.name for p in newsdesk.analyze(text, clean=False).places)


def _people(text: str) -> list[str]:
    return [p.name for p in newsdesk.analyze(text, clean=False).people]


def test_items_of_a_list_of_locations_are_places() -> None:
    text = (
        "The chain will open beach hotels in locations such as Phu Quoc, Nha Trang and Da Lat "
        "over the next two years, its owner said."
    )
    places = _places(text)
    assert "Nha Trang" in places
    assert "Phu Quoc" in places
    assert _people(text) == []


def test_items_after_neighborhoods_like_are_places() -> None:
    text = (
        "Flooding reached neighborhoods like Eastwood, Montrose and Midtown before the water "
        "receded on Tuesday morning."
    )
    assert "Eastwood" in _places(text)


def test_the_settlers_of_a_town_name_it_as_a_place_at_every_mention() -> None:
    text = (
        "Tobacco made the settlers of Jamestown rich within a decade. By 1620 Jamestown had "
        "doubled in size and built a second church."
    )
    assert "Jamestown" in _places(text)


def test_a_list_after_a_noun_of_firms_stays_firms() -> None:
    # the same list shape after a noun of companies is no list of places
    text = (
        "The agency has worked with brands such as Jamestown, Nha Trang and Delta for a decade, "
        "its founder said."
    )
    assert "Nha Trang" not in _places(text)


def test_of_after_a_noun_of_no_place_is_no_place() -> None:
    text = "Marta Quist, the chief executive of Jamestown, said profits rose in the third quarter."
    assert "Jamestown" not in _places(text)


def test_a_person_named_like_a_town_after_of_residents_stays_when_no_gazetteer_name() -> None:
    # 'residents of' before a person's full name the gazetteer does not know: not a place
    text = "The residents of Elm Street thanked Daniel Okorie, who repaired the roof for free."
    assert "Daniel Okorie" in _people(text)


def test_an_untagged_item_of_a_list_of_destinations_is_a_place() -> None:
    text = "Guests can book tours to locations such as Da Nang and Hoi An during their stay."
    assert "Hoi An" in _places(text)


def _named_as_place(text: str, name: str) -> bool:
    """Whether the first mention of `name`, tagged a person, is named as a place."""
    doc = tagged_doc(text, [(text.index(name), text.index(name) + len(name), "PERSON")])
    tok = next(t for t in doc if t.text == name)
    return named_as_place(doc, make_span(doc, tok.i, tok.i + 1, "PERSON"), load_gazetteer())


def test_a_speaker_after_the_comma_that_closes_a_list_of_cities_is_no_item() -> None:
    # 'Chad' is a country's name; here a person who speaks after the list
    text = "Young renters now prefer cities like Austin and Denver, Chad told the panel on Monday."
    assert not _named_as_place(text, "Chad")


def test_the_last_item_after_and_stays_an_item_with_a_verb_after_it() -> None:
    text = "Prices in cities like Austin and Denver have doubled since the pandemic began."
    assert _named_as_place(text, "Denver")


def test_a_surname_named_as_a_place_stays_the_persons_at_every_mention() -> None:
    # docs/entities.md: the exception to 'a place at every such mention'
    text = (
        "Guide Maria Lyon leads walks in towns such as Nice and Lyon every summer. "
        "Lyon said bookings doubled."
    )
    tags = [(text.index("Maria Lyon"), text.index("Maria Lyon") + 10, "PERSON")]
    tags += [(m, m + 4, "PERSON") for m in (text.index("and Lyon") + 4, text.index("Lyon said"))]
    people, places, _ = entities.extract(tagged_doc(text, tags))
    assert [p.name for p in people] == ["Maria Lyon"]
    assert len(people[0].mentions) == 3
    assert "Lyon" not in [p.name for p in places]
