"""Round 8 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the text would write down for its places: which names are
places, and where a place is (country, position)."""

from __future__ import annotations

from entity_helpers import km_from, place_named, places_of
from newsdesk.analysis.gazetteer import load_counties


def test_a_name_ending_in_its_own_place_noun_is_a_place_without_a_preposition() -> None:
    places = places_of(
        "Floods hit the Mekong Delta and parts of central Vietnam on Tuesday, and the Red "
        "River rose overnight. Officials in Hanoi said the worst was over."
    )
    for name in ("Mekong Delta", "Red River"):
        place = place_named(places, name)
        assert place is not None, name
        assert place.country_code == "VN", name  # the article's own country


def test_a_club_named_like_a_county_in_a_results_line_is_no_place() -> None:
    places = places_of(
        "English league results on Saturday:\n\nHarwick County 3 Dunmere Rovers 1\n"
        "Eastfield Town 0 Harwick County 2\n\nThe league resumes in Leeds next week."
    )
    assert place_named(places, "Harwick County") is None
    assert place_named(places, "Leeds") is not None


def test_a_hand_kept_region_the_model_misreads_is_a_place_after_the() -> None:
    places = places_of(
        "Home prices rose fastest in the Pacific Northwest, while the Sun Belt cooled and "
        "buyers in Texas waited."
    )
    for name, (lat, lon) in {
        "Pacific Northwest": (46.0, -121.0),
        "Sun Belt": (33.0, -95.0),
    }.items():
        place = place_named(places, name)
        assert place is not None, name
        assert place.country_code == "US" and km_from(place, lat, lon) < 300, name


def test_a_company_named_like_a_region_is_no_place_without_the() -> None:
    places = places_of(
        "NASA added Blue Origin, Sierra Nevada and SpaceX to the list of lunar lander "
        "providers, officials in Washington said."
    )
    assert place_named(places, "Sierra Nevada") is None


def test_a_county_is_the_namesake_in_the_qualifier_or_the_articles_state() -> None:
    assert len(load_counties()["orange county"]) > 1  # the name is ambiguous
    qualified = place_named(
        places_of("Firefighters in Orange County, Calif., battled the blaze through the night."),
        "Orange County",
    )
    assert qualified is not None and qualified.country_code == "US"
    assert km_from(qualified, 33.7, -117.8) < 60  # California's, not Florida's or New York's
    by_state = place_named(
        places_of(
            "Schools in Orange County reopened on Monday. The governor of Florida said "
            "that roads near Orlando were clear."
        ),
        "Orange County",
    )
    assert by_state is not None and km_from(by_state, 28.5, -81.3) < 60  # Florida's


def test_an_ambiguous_county_without_context_stays_unresolved_in_its_country() -> None:
    place = place_named(
        places_of("The sheriff of Orange County said deputies were searching the area."),
        "Orange County",
    )
    assert place is not None
    assert place.country_code == "US"
    assert place.latitude is None  # no far namesake chosen at random


def test_a_county_name_alone_in_a_sentence_is_a_place() -> None:
    places = places_of(
        "Camden County officials opened shelters after the storm knocked out power in "
        "Cherry Hill, New Jersey."
    )
    county = place_named(places, "Camden County")
    assert county is not None and county.country_code == "US"
    assert km_from(county, 39.8, -75.0) < 60


def test_a_country_code_modifying_an_organisation_word_is_a_mention_of_the_country() -> None:
    places = places_of(
        "The bill is under consideration by the US Senate, and the UK Parliament will debate "
        "a similar one. The IT Department of the bank in Zurich declined to comment."
    )
    us = place_named(places, "US")
    uk = place_named(places, "UK")
    assert us is not None and us.country_code == "US" and us.kind == "country"
    assert uk is not None and uk.country_code == "GB"
    assert place_named(places, "IT") is None  # a department, not Italy


def test_an_unknown_town_listed_between_known_towns_is_a_place() -> None:
    places = places_of(
        "Our crews serve Gallatin, TN and nearby areas like Hendersonville, Portland, "
        "Hartsville, and Lebanon."
    )
    town = place_named(places, "Hartsville")
    assert town is not None and town.country_code == "US"


def test_a_big_town_closing_a_list_after_a_place_is_a_place() -> None:
    places = places_of(
        "The strike spread from the capital to Mombasa and Kisumu, union leaders in Kenya said."
    )
    town = place_named(places, "Kisumu")
    assert town is not None and town.country_code == "KE"


def test_an_organisation_listed_beside_a_place_with_a_big_places_name_is_that_place() -> None:
    places = places_of(
        "Merchants shipped the spice from Alexandria and Constantinople to the ports of Europe."
    )
    old_name = place_named(places, "Constantinople")
    assert old_name is not None and old_name.country_code == "TR"  # Istanbul's old name
    assert km_from(old_name, 41.0, 29.0) < 50


def test_companies_listed_together_stay_companies() -> None:
    places = places_of("The deal was struck by Google, Meta and Amazon, analysts in London said.")
    assert place_named(places, "Meta") is None


def test_a_state_named_by_a_word_stays_the_state_rather_than_its_own_smaller_town() -> None:
    place = place_named(
        places_of("My tomatoes struggled, and I blame the strange summer dry ol' Wyoming had."),
        "Wyoming",
    )
    assert place is not None and place.kind == "region" and place.country_code == "US"


def test_a_data_store_or_a_venue_ending_in_a_place_noun_is_no_place() -> None:
    places = places_of(
        "Teams load streaming data into Delta Lake and query it with SQL. Our engineers in "
        "Denver maintain the pipelines.\n\nVenue: Meadows At Mossy Creek\n\nPhotos by Ann Lee."
    )
    assert place_named(places, "Delta Lake") is None
    assert place_named(places, "Mossy Creek") is None
