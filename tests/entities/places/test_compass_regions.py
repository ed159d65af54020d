"""Round 10 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the text would write down for its places: which names are
places, and which place each one is."""

from __future__ import annotations

from entity_helpers import near, place_named, places_of
from newsdesk.analysis.gazetteer import load_compass_regions
from newsdesk.labels import PlaceKind


def test_a_bare_compass_region_beside_a_state_is_the_countrys_region() -> None:
    places = places_of(
        "Rents are lowest out West, especially in Idaho and Utah, the survey of landlords found."
    )
    west = place_named(places, "West")
    assert west is not None
    assert west.kind == PlaceKind.region and west.country_code == "US"
    # the West lies around the Rockies and the Great Basin, not in the East or the South
    assert near(west.latitude, west.longitude, (40.0, -112.0), 300)


def test_coordinated_compass_regions_are_the_countrys_regions() -> None:
    places = places_of(
        "Home prices in Ohio and Texas rose again. In the South and West, builders kept up; "
        "in the Northeast and Midwest, listings stayed scarce."
    )
    expected = {"South": (33.0, -86.0), "West": (40.0, -112.0), "Northeast": (42.5, -74.0)}
    for name, centre in expected.items():
        place = place_named(places, name)
        assert place is not None, name
        assert place.country_code == "US", name
        assert near(place.latitude, place.longitude, centre, 300), name


def test_the_west_of_geopolitics_is_no_us_region() -> None:
    # no US state in the sentence, no compass region beside it: not the American West
    places = places_of(
        "Officials in Texas met on Monday. Russia accused the West of arming its neighbour, "
        "the ministry said."
    )
    west = place_named(places, "West")
    assert west is None or west.country_code != "US" or west.latitude is None


def test_compass_regions_have_positions_from_their_members() -> None:
    regions = load_compass_regions()
    south = regions["south"][0]
    assert south.country_code == "US" and south.latitude is not None
    # the median of the southern states' centres: south of the country's centre (38, -97)
    assert south.latitude < 38.0


def test_a_small_town_of_the_articles_state_beats_a_bigger_namesake_elsewhere() -> None:
    # Hendersonville: 13,000 people in North Carolina (the small towns' tier), 56,000 in
    # Tennessee (the main list); the article is about North Carolina
    places = places_of(
        "The North Carolina congressman will not run again, aides said. Party officials in "
        "N.C. had expected it. A fundraiser is planned in Hendersonville on Saturday, and "
        "North Carolina donors are invited."
    )
    town = place_named(places, "Hendersonville")
    assert town is not None and town.country_code == "US"
    assert near(town.latitude, town.longitude, (35.32, -82.46), 25)


def test_a_known_city_is_not_moved_to_a_small_namesake_of_another_state() -> None:
    places = places_of(
        "Texas won again on Sunday. Texas fans packed the stadium, and the team now travels "
        "to Cleveland for three games."
    )
    cleveland = place_named(places, "Cleveland")
    assert cleveland is not None
    assert near(cleveland.latitude, cleveland.longitude, (41.5, -81.7), 50)


def test_towns_of_a_list_closed_by_in_a_state_are_not_far_namesakes() -> None:
    # Chatham and Woodstock of the main list are Illinois towns; the list says New England
    places = places_of(
        "The coach tour stops in Chatham, Woodstock and Stowe in Vermont and New Hampshire."
    )
    for name in ("Chatham", "Woodstock"):
        place = place_named(places, name)
        assert place is not None, name
        assert place.country_code == "US", name
        # not Illinois: unresolved (no position) or in New England
        assert place.longitude is None or place.longitude > -75.0, name


def test_a_territory_split_by_the_model_is_one_place_with_its_own_code() -> None:
    # the model tags 'British' a demonym and leaves 'Virgin Islands' untagged
    places = places_of(
        "The governor of the British Virgin Islands spoke to reporters in Road Town on Friday."
    )
    bvi = place_named(places, "British Virgin Islands")
    assert bvi is not None
    assert bvi.kind == PlaceKind.country and bvi.country_code == "VG"


def test_a_territory_named_after_a_country_code_is_the_territory() -> None:
    places = places_of("Ferries to the U.S. Virgin Islands were cancelled because of the storm.")
    usvi = place_named(places, "U.S. Virgin Islands")
    assert usvi is not None and usvi.country_code == "VI"


def test_the_initials_of_a_place_named_in_full_are_its_mentions() -> None:
    places = places_of(
        "Tourism in the British Virgin Islands fell last year. BVI hotels reported fewer "
        "guests, and the premier said the UK would help."
    )
    bvi = place_named(places, "British Virgin Islands")
    assert bvi is not None
    assert "BVI" in {m.text for m in bvi.mentions}


def test_a_country_inside_a_longer_name_is_not_split_out() -> None:
    places = places_of(
        "She played in the United States Tennis Association events and won the Hong Kong "
        "Open last year."
    )
    assert place_named(places, "United States") is None
    assert place_named(places, "Hong Kong") is None


def test_names_listed_before_counties_are_those_counties() -> None:
    places = places_of(
        "Flooding closed roads in Berrien, Cass and Van Buren counties in Michigan on Monday."
    )
    for name in ("Berrien", "Cass", "Van Buren"):
        place = place_named(places, name)
        assert place is not None, name
        assert place.kind == PlaceKind.region and place.country_code == "US", name
        # south-western Michigan, not Van Buren, Arkansas
        assert near(place.latitude, place.longitude, (42.1, -86.2), 100), name


def test_counties_listed_before_a_state_after_a_comma_are_in_that_state() -> None:
    places = places_of(
        "Deputies in Bucks and Montgomery counties, Pennsylvania, searched the area."
    )
    montgomery = place_named(places, "Montgomery")
    assert montgomery is not None
    assert near(montgomery.latitude, montgomery.longitude, (40.2, -75.4), 50)
