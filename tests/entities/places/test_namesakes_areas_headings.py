"""Session 15, second round (places): a state beside its namesake city, a place's name with a
capitalised area word after it, and a state or country alone on a heading line, on sentences
written for them."""

from __future__ import annotations

from entity_helpers import place_named, places_of


def test_a_state_named_beside_its_namesake_city_is_its_own_entry() -> None:
    places = places_of(
        "The new museum opened in Oklahoma City on Friday. Tourism across Oklahoma has grown "
        "for a decade, the state's commerce office said."
    )
    city = place_named(places, "Oklahoma City")
    state = place_named(places, "Oklahoma")
    assert city is not None and city.kind == "city"
    assert state is not None and state.kind == "region" and state.name == "Oklahoma"
    assert city.geonames_id != state.geonames_id


def test_a_world_city_named_in_full_elsewhere_keeps_its_bare_name() -> None:
    # a city of a million people or more is what a reader takes its bare name for
    places = places_of(
        "The agency has offices in New York, Miami and Denver. Its founders met in New York "
        "City in 2015."
    )
    bare = place_named(places, "New York")
    assert bare is not None and bare.kind == "city"


def test_new_york_alone_is_still_the_city() -> None:
    places = places_of("She moved to New York last year. Rents in New York keep climbing.")
    city = place_named(places, "New York")
    assert city is not None and city.kind == "city"


def test_a_capitalised_area_word_after_a_place_is_the_same_place() -> None:
    places = places_of(
        "Rents in the New York City Metropolitan Area rose again. New York City lost "
        "residents to the suburbs, and movers in the New York City Metropolitan area were busy."
    )
    cities = [p for p in places if "New York City" in {m.text for m in p.mentions}]
    assert len(cities) == 1
    assert not any("Metropolitan" in m.text for p in places for m in p.mentions)


def test_a_state_alone_on_a_heading_line_named_again_in_the_text() -> None:
    places = places_of(
        "Where to eat this spring\n\nIllinois\n\nA diner in Chicago serves pie. Farmers "
        "across Illinois grow corn.\n\nOhio\n\nA bakery in Columbus opened."
    )
    state = place_named(places, "Illinois")
    assert state is not None and state.kind == "region"
    assert len(state.mentions) == 2


def test_a_heading_word_with_no_evidence_is_not_added() -> None:
    # 'Montana' on its own line, named nowhere else and beside no place line: not read
    places = places_of("Meet the team\n\nMontana\n\nShe joined the sales desk in May.")
    assert place_named(places, "Montana") is None
