"""Session 28 (places, issue 12): a bare compass region ('the Northeast') of a country the
article names is that country's region where most of the article's towns of that country lie
in the region's member states, though no state or other region is named; sentences written
for these tests."""

from __future__ import annotations

from entity_helpers import near, place_named, places_of
from newsdesk.labels import PlaceKind


def test_the_northeast_of_an_article_set_in_its_towns_is_the_us_region() -> None:
    places = places_of(
        "Payroll rules are strict, especially in crowded markets like the Northeast. Our offices "
        "in Boston and Hartford help staff who move across the United States."
    )
    region = place_named(places, "Northeast")
    assert region is not None
    assert region.kind == PlaceKind.region and region.country_code == "US"
    # the Census Bureau's Northeast: New England with New York, New Jersey and Pennsylvania
    assert near(region.latitude, region.longitude, (42.5, -73.0), 300)


def test_the_towns_elsewhere_do_not_make_a_bare_northeast_a_region() -> None:
    # the article's towns lie in the West: the bare word is no region of theirs
    places = places_of(
        "Payroll rules are strict, especially in crowded markets like the Northeast. Our offices "
        "in Denver and Phoenix help staff who move across the United States."
    )
    region = place_named(places, "Northeast")
    assert region is None or region.country_code != "US"


def test_half_of_the_towns_is_not_most_of_them() -> None:
    places = places_of(
        "Payroll rules are strict, especially in crowded markets like the Northeast. Our offices "
        "in Boston and Denver help staff who move across the United States."
    )
    region = place_named(places, "Northeast")
    assert region is None or region.country_code != "US"


def test_the_west_of_a_story_set_in_us_towns_stays_the_bloc() -> None:
    # a bloc's word: the towns of the article do not make it the American West
    places = places_of(
        "Officials in Denver and Boulder met on Monday. Russia accused the West of arming its "
        "neighbour, the United States embassy said."
    )
    west = place_named(places, "West")
    assert west is None or west.country_code != "US"
