"""Round 12 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the text would write down for its places: which place each
name is, or that the text does not say which (unresolved) rather than a far namesake."""

from __future__ import annotations

from entity_helpers import near, place_named, places_of
from newsdesk.analysis.gazetteer import load
from newsdesk.labels import PlaceKind

# A place the gazetteer lacks (a neighbourhood) in an article about one town stands at that
# town, as a geocoder falls back to the smallest unit it knows; a town named once, or a compass
# word, does not.


def test_a_neighbourhood_of_the_articles_own_town_stands_at_the_town() -> None:
    places = places_of(
        "Houston diners have a new favourite. The family behind the cafe opened a second "
        "site in Greenbriar Heights last month, and Houston critics have praised its "
        "breakfast tacos. A third branch is planned for Fresno."
    )
    hood = place_named(places, "Greenbriar Heights")
    assert hood is not None
    assert hood.country_code == "US"
    assert hood.geonames_id is None and hood.kind == PlaceKind.city  # a stand-in in the town
    assert near(hood.latitude, hood.longitude, (29.76, -95.36), 25)


def test_a_compass_word_is_not_put_at_the_articles_own_town() -> None:
    places = places_of(
        "Seoul said on Monday that the North had fired a missile. Officials in Seoul called a "
        "meeting, and Seoul residents were told to stay calm."
    )
    north = place_named(places, "North")
    if north is not None:  # kept as the North, unresolved, never placed in Seoul
        assert north.latitude is None


# Far namesakes: a small town chosen among namesakes by size alone, with nothing in the article
# to place it, is kept unresolved; its region or country named makes it that town.


def test_a_small_namesake_with_nothing_to_place_it_is_left_unresolved() -> None:
    places = places_of(
        "The body of a fisherman was found on Tuesday in the swamp near Bethany, police "
        "said. He had left his boat at Bethany on Sunday."
    )
    bethany = place_named(places, "Bethany")
    assert bethany is not None
    assert bethany.kind == PlaceKind.city
    assert bethany.latitude is None and bethany.country_code is None


def test_the_same_namesake_with_its_state_named_is_that_town() -> None:
    places = places_of(
        "The body of a fisherman was found on Tuesday in the swamp near Bethany, Oklahoma, "
        "police said."
    )
    bethany = place_named(places, "Bethany")
    assert bethany is not None
    assert bethany.country_code == "US"
    assert near(bethany.latitude, bethany.longitude, (35.52, -97.63), 25)


# "City, State": the qualifier decides even when the town is reached through an abbreviation
# far from the article's other towns.


def test_an_abbreviated_town_with_its_state_after_it_is_that_town() -> None:
    places = places_of("The team flew to St. Louis, then on to St. Paul, Minnesota.")
    paul = place_named(places, "St. Paul")
    assert paul is not None
    assert paul.country_code == "US"
    assert near(paul.latitude, paul.longitude, (44.94, -93.09), 25)


# Abbreviations and short forms the gazetteer build adds (scripts/build_gazetteer.py): 'St.',
# 'Ft.', 'Mt.' both ways, a country's everyday short name, a big city's initials.


def test_the_gazetteer_knows_short_forms_and_abbreviations() -> None:
    gaz = load()

    def first(name: str, kind: PlaceKind) -> str | None:
        hits = [p for p, _ in gaz.lookup(name) if p.kind == kind]
        return max(hits, key=lambda p: p.population).name if hits else None

    assert first("Bosnia", PlaceKind.country) == "Bosnia and Herzegovina"
    assert first("St. Lucia", PlaceKind.country) == "Saint Lucia"
    assert first("Ft. Worth", PlaceKind.city) == "Fort Worth"
    assert first("NYC", PlaceKind.city) == "New York City"
    assert first("N.Y.C.", PlaceKind.city) == "New York City"


def test_a_country_named_by_its_short_form_is_that_country() -> None:
    places = places_of("Refugees from Bosnia and Kosovo arrived in Vienna on Friday.")
    bosnia = place_named(places, "Bosnia")
    assert bosnia is not None
    assert bosnia.kind == PlaceKind.country and bosnia.country_code == "BA"


# Detection: a macro-region's or feature's name of the hand-kept list, two words or more, that
# the model left untagged or took for a date or an event, is a place; one it took for an
# organisation stays the organisation.


def test_a_hand_kept_region_the_model_missed_is_a_place() -> None:
    # the model takes the first for an event and leaves the second untagged
    places = places_of(
        "Traders brought cacao from the New World to Spain. Tea was the favored drink in the "
        "New World until about 1773."
    )
    world = place_named(places, "New World")
    assert world is not None
    assert world.kind == PlaceKind.region and world.latitude is not None
    assert len(world.mentions) == 2
    near = place_named(places_of("Talks on the Near East resumed on Monday."), "Near East")
    assert near is not None


def test_a_company_named_like_a_range_is_no_place() -> None:
    places = places_of("Sierra Nevada, Blue Origin and SpaceX won the contracts on Friday.")
    assert place_named(places, "Sierra Nevada") is None
