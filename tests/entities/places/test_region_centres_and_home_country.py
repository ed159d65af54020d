"""Session 22 (resolution on unseen text): one test per class of wrong resolution addressed,
on sentences written for them, and the cases where the change must not fire.

- A first-level region's position is the centre of its land, not of its towns' spread (a state
  with an empty interior: South Australia's towns lie along its southern coast).
- A compass-led descriptive region name ('Southern Highlands') of a country the article never
  names is a place of the article's own country, not a far province of that name."""

from __future__ import annotations

from entity_helpers import near, place_named, places_of


def test_a_state_with_an_empty_interior_lies_at_the_centre_of_its_land() -> None:
    places = places_of(
        "Bushfires burned across South Australia on Monday, and crews from Victoria and "
        "New South Wales were sent to help."
    )
    south = place_named(places, "South Australia")
    wales = place_named(places, "New South Wales")
    assert south is not None and wales is not None
    assert south.country_code == wales.country_code == "AU"
    # the middle of the state, not its settled south-east coast near Adelaide (-34.9, 138.6)
    assert near(south.latitude, south.longitude, (-30.0, 135.0), 300)
    assert not near(south.latitude, south.longitude, (-34.93, 138.6), 300)
    assert near(wales.latitude, wales.longitude, (-33.0, 146.0), 200)


def test_a_small_or_evenly_settled_state_keeps_its_middle() -> None:
    places = places_of(
        "Heavy rain fell in Tasmania overnight before storms reached Ohio and Connecticut on "
        "Tuesday."
    )
    for name, spot in (
        ("Tasmania", (-42.0, 146.5)),
        ("Ohio", (40.3, -82.8)),
        ("Connecticut", (41.6, -72.7)),
    ):
        place = place_named(places, name)
        assert place is not None, name
        assert near(place.latitude, place.longitude, spot, 100), name


def test_a_compass_described_region_is_the_articles_own_country() -> None:
    # GeoNames knows only Papua New Guinea's Southern Highlands province
    places = places_of(
        "Fog closed roads across the Southern Highlands on Tuesday. Drivers between Goulburn, "
        "Mittagong and Sydney were told to wait, and police in Sydney said the Hume Highway "
        "would reopen by noon."
    )
    highlands = place_named(places, "Southern Highlands")
    assert highlands is not None
    assert highlands.country_code == "AU"


def test_a_compass_described_region_of_a_country_the_article_names_stays() -> None:
    places = places_of(
        "Police in Sydney and Brisbane said the missionaries had reached Papua New Guinea's "
        "Southern Highlands on Friday."
    )
    highlands = place_named(places, "Southern Highlands")
    assert highlands is not None
    assert highlands.country_code == "PG"


def test_a_qualified_compass_region_abroad_stays_in_its_country() -> None:
    places = places_of(
        "The Sydney and Melbourne teams will play a final match in Western Province, "
        "Zambia, next week before flying home to Perth."
    )
    province = place_named(places, "Western Province")
    assert province is not None
    assert province.country_code == "ZM"


def test_a_town_abroad_written_with_its_country_in_an_australian_story() -> None:
    places = places_of(
        "Police in Sydney and Melbourne said the man had flown to Perth, Scotland, last week "
        "to visit his brother."
    )
    perth = place_named(places, "Perth")
    assert perth is not None
    assert perth.country_code == "GB"
    assert near(perth.latitude, perth.longitude, (56.4, -3.43), 25)


def test_a_town_qualified_by_its_state_in_a_french_story() -> None:
    places = places_of(
        "Officials in Lyon and Marseille said the exhibition will travel to Paris, Texas, "
        "next spring."
    )
    paris = place_named(places, "Paris")
    assert paris is not None
    assert paris.country_code == "US"
    assert near(paris.latitude, paris.longitude, (33.66, -95.56), 25)


def test_a_canadian_sydney_named_in_an_american_story() -> None:
    places = places_of(
        "Officials in Boston and New York said the ferry left Sydney, Nova Scotia, on Monday "
        "and will dock in Maine by Wednesday."
    )
    sydney = place_named(places, "Sydney")
    assert sydney is not None
    assert sydney.country_code == "CA"
    assert near(sydney.latitude, sydney.longitude, (46.14, -60.19), 25)


# A place the gazetteer lacks, written inside a compass side of a region or a country: the
# centre of that side, not the whole area's centre (nor, for a country, no position at all).


def test_a_place_inside_a_side_of_a_state_lies_on_that_side() -> None:
    places = places_of(
        "Floods cut off Marrabel Creek in northern Queensland, and residents of Townsville "
        "were told to stay home."
    )
    creek = place_named(places, "Marrabel Creek")
    state = place_named(places, "Queensland")
    assert creek is not None and state is not None
    assert creek.country_code == "AU"
    assert creek.latitude is not None and state.latitude is not None
    assert creek.latitude > state.latitude + 1.0  # north of the state's middle


def test_a_place_inside_a_state_with_no_side_takes_the_states_position() -> None:
    places = places_of(
        "Floods cut off Marrabel Creek in Queensland, and residents of Townsville were told "
        "to stay home."
    )
    creek = place_named(places, "Marrabel Creek")
    state = place_named(places, "Queensland")
    assert creek is not None and state is not None
    assert (creek.latitude, creek.longitude) == (state.latitude, state.longitude)


# A small town whose namesakes lie in countries the article never names is kept unresolved;
# in an article with a country of its own it is a place of that country, as a name the
# gazetteer lacks is (at the article's own town where it has one).


def test_a_namesake_town_of_no_named_country_is_in_the_articles_own_country() -> None:
    places = places_of(
        "Our Houston food guide starts in Houston's Montrose. Then drive to Eastwood for "
        "tacos, and end the night back in Houston with a walk by the bayou."
    )
    eastwood = place_named(places, "Eastwood")
    assert eastwood is not None
    assert eastwood.country_code == "US"
    assert near(eastwood.latitude, eastwood.longitude, (29.76, -95.36), 25)


def test_a_namesake_town_stays_unresolved_in_an_article_of_no_one_country() -> None:
    places = places_of(
        "The band played in Eastwood on Friday and in Berlin and Vienna the week after."
    )
    eastwood = place_named(places, "Eastwood")
    assert eastwood is not None
    assert eastwood.country_code is None and eastwood.latitude is None
