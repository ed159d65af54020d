"""Round 9 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the text would write down for its places: which names are
places, and which place each one is."""

from __future__ import annotations

from entity_helpers import place_named, places_of
from newsdesk.labels import PlaceKind


def test_a_state_listed_beside_a_state_with_small_namesakes_is_the_state() -> None:
    # 'Florida' is also a Uruguayan department and a Cuban town: still a state's name, so
    # 'New York' beside it is the state, not the city
    places = places_of(
        "The foundation gives grants to schools in New York and Florida, its director said."
    )
    new_york = place_named(places, "New York")
    assert new_york is not None
    assert new_york.kind == PlaceKind.region and new_york.country_code == "US"


def test_two_big_cities_listed_together_stay_cities() -> None:
    places = places_of("Flights between New York and Washington resumed on Monday morning.")
    for name in ("New York", "Washington"):
        place = place_named(places, name)
        assert place is not None, name
        assert place.kind == PlaceKind.city, name


def test_a_place_named_before_a_title_is_a_place() -> None:
    places = places_of(
        "Oregon Gov. Dana Hollis signed the bill on Friday, and Denver Mayor Carl Ames "
        "praised it in a statement."
    )
    oregon = place_named(places, "Oregon")
    denver = place_named(places, "Denver")
    assert oregon is not None and oregon.kind == PlaceKind.region
    assert denver is not None and denver.kind == PlaceKind.city


def test_a_state_office_makes_the_name_the_state() -> None:
    places = places_of("The New York Attorney General's office opened an inquiry into the firm.")
    new_york = place_named(places, "New York")
    assert new_york is not None
    assert new_york.kind == PlaceKind.region


def test_a_place_name_inside_an_institution_before_a_title_word_is_no_place() -> None:
    places = places_of(
        "She earned her doctorate at Cambridge Judge, a business school, and now teaches "
        "at Bank of America Chair programmes."
    )
    assert place_named(places, "Cambridge") is None
    assert place_named(places, "America") is None


def test_an_unknown_name_ending_in_an_organisation_or_venue_word_is_no_place() -> None:
    places = places_of(
        "He could not compete in the Western Plains Tennis Association events this year. "
        "The land to be developed is the Copper Gulch Resort area, near Sacramento."
    )
    assert place_named(places, "Western Plains Tennis Association") is None
    assert place_named(places, "Copper Gulch Resort") is None
    assert place_named(places, "Sacramento") is not None


def test_a_lake_or_mountain_the_gazetteer_lacks_is_a_feature() -> None:
    places = places_of(
        "The new campground would sit at Lake Tamarind in Napa County, California, and "
        "hikers could see Mount Ellery from the shore."
    )
    lake = place_named(places, "Lake Tamarind")
    assert lake is not None and lake.kind == PlaceKind.feature
    assert lake.country_code == "US"  # the article's own country


def test_a_bare_county_near_the_articles_towns_is_the_county() -> None:
    # 'Suffolk' is also a town in Virginia; beside London it is the English county
    places = places_of(
        "The painter trained in London for a decade. His rival, by contrast, grew up in "
        "Suffolk as the son of a miller."
    )
    suffolk = place_named(places, "Suffolk")
    assert suffolk is not None
    assert suffolk.country_code == "GB" and suffolk.kind == PlaceKind.region


def test_a_qualifier_names_the_namesake_the_county_does_not() -> None:
    places = places_of("He grew up in Suffolk, Virginia, and later moved to Norfolk.")
    suffolk = place_named(places, "Suffolk")
    assert suffolk is not None and suffolk.country_code == "US"


def test_a_town_the_gazetteer_lacks_qualified_by_a_bare_county_is_in_that_county() -> None:
    places = places_of(
        "The plumber, 41, from Chilcombe, Somerset, bought a flat in Bath last spring."
    )
    town = place_named(places, "Chilcombe")
    assert town is not None
    assert town.country_code == "GB"


def test_a_place_before_a_noun_of_origin_is_a_place() -> None:
    places = places_of(
        "Back in the 1980s the Queens native bought two hotels, and a Brooklyn resident "
        "sued him over one of them."
    )
    for name in ("Queens", "Brooklyn"):
        place = place_named(places, name)
        assert place is not None, name
        assert place.country_code == "US", name


def test_a_demonym_before_a_noun_of_origin_is_no_place() -> None:
    places = places_of("The American native and the Texan residents met the Chinese natives.")
    assert places == []


def test_a_list_item_with_a_bracketed_code_is_still_a_list_item() -> None:
    places = places_of(
        "The airline added flights from LAX to Boise (BOI), Missoula (MSO) and Spokane (GEG) "
        "this spring."
    )
    missoula = place_named(places, "Missoula")
    assert missoula is not None and missoula.country_code == "US"


def test_a_small_town_near_the_articles_towns_needs_no_preposition() -> None:
    # Sedona (about 10,000 people) is in the towns tier, not the main gazetteer
    places = places_of(
        "Day one: Explore Scottsdale, Sedona, the Grand Canyon and Flagstaff with our guide. "
        "The red rocks of Sedona glow at dusk."
    )
    sedona = place_named(places, "Sedona")
    assert sedona is not None
    assert sedona.country_code == "US" and sedona.latitude is not None


def test_a_place_named_like_the_articles_airline_is_the_airline_unless_used_as_a_place() -> None:
    text = (
        "Hawaii Airways will join the alliance in March. Hawaii's network of lounges will be "
        "open to members, Ann Lee, a vice president at Hawaii, said on Monday."
    )
    assert place_named(places_of(text), "Hawaii") is None
    places = places_of(text + " Most of its flights land in Hawaii.")
    hawaii = place_named(places, "Hawaii")
    assert hawaii is not None and hawaii.country_code == "US"


def test_a_country_the_model_took_for_an_organisation_is_a_place() -> None:
    # the model tags these bracketed countries of a results list as organisations
    places = places_of(
        "5. Arman Petrosyan ( Armenia ) 16.57\n6. Sigurd Olsen ( Norway ) 16.41\n\n"
        "Women 's singles , third round 1 - Anna Berg ( Germany ) beat Natalia Zvarova "
        "( Belarus ) 6-4 6-2"
    )
    for name, code in (("Belarus", "BY"), ("Armenia", "AM")):
        place = place_named(places, name)
        assert place is not None, name
        assert place.country_code == code, name
