"""Session 18 (places): a name after a comma that speaks is no item of the list of places
before it; the 'of' test of a place slot and of a name given as a place is one rule with each
its own nouns. Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc

from entity_helpers import km_from, place_named, places_of, places_said
from newsdesk.analysis.entities.document.place_cues import named_as_place, place_slot
from newsdesk.analysis.entities.spans import make_span
from newsdesk.analysis.gazetteer import load as load_gazetteer
from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model


def test_a_speaker_after_a_list_of_towns_is_no_town() -> None:
    said = places_said("The tour visits Denver, Aspen and Boulder, Tyler explained.")
    assert {"Denver", "Aspen", "Boulder"} <= said
    assert "Tyler" not in said


def test_a_speaker_after_a_list_of_cities_is_no_city() -> None:
    said = places_said("Flights to Tulsa, Wichita, Omaha, Darwin said, were cancelled.")
    assert {"Tulsa", "Wichita", "Omaha"} <= said
    assert "Darwin" not in said


def test_an_item_between_two_places_stays_a_place() -> None:
    # the middle item does nothing of its own: it is a list item, whatever the model took it
    # for; the name after the last item's comma tells something: no item
    said = places_said("The band toured Paris, Lyon and Nice, Lincoln told reporters.")
    assert {"Paris", "Lyon", "Nice"} <= said
    assert "Lincoln" not in said


def _doc(words: list[str]) -> Doc:
    return Doc(load_model(DEFAULT_MODEL).vocab, words=words)


def test_the_of_nouns_of_a_place_slot_and_of_a_name_given_as_a_place() -> None:
    gaz = load_gazetteer()
    islands = _doc(["the", "islands", "of", "Malta"])
    settlers = _doc(["the", "settlers", "of", "Jamestown"])
    cousins = _doc(["the", "cousins", "of", "Jamestown"])
    # a plural noun of places puts the name where a place goes ...
    assert place_slot(islands, make_span(islands, 3, 4, "GPE"), gaz)
    # ... a noun of the people of a place gives the name as a place, and is no place slot
    assert named_as_place(settlers, make_span(settlers, 3, 4, "PERSON"), gaz)
    assert not place_slot(settlers, make_span(settlers, 3, 4, "GPE"), gaz)
    # any other noun does neither
    assert not named_as_place(cousins, make_span(cousins, 3, 4, "PERSON"), gaz)
    assert not place_slot(cousins, make_span(cousins, 3, 4, "GPE"), gaz)


def test_a_bare_gulf_is_the_gulf_the_article_names_nearby() -> None:
    # one word whose only gazetteer entry is a far province (Papua New Guinea's Gulf): the
    # gulf the article names by its full name, not the Gulf Coast nearer its town
    said = places_of(
        "Fishermen said the Gulf of Mexico was calm. Boats from Biloxi went into the Gulf."
    )
    gulf = place_named(said, "Gulf")
    assert gulf is not None and gulf is place_named(said, "Gulf of Mexico")
    assert km_from(gulf, 25.0, -90.0) < 1


def test_a_bare_gulf_far_from_every_gulf_is_none_of_them() -> None:
    said = places_of("Shipping firms in Oslo and Bergen said the Gulf route was closed.")
    gulf = place_named(said, "Gulf")
    assert gulf is None or gulf.latitude is None
