"""Round 13 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the text would write down for its places: which place each
name is, from the qualifier, the article's codes, its other regions and its part of the world."""

from __future__ import annotations

from entity_helpers import near, place_named, places_of
from newsdesk.analysis.gazetteer import load_towns, load_villages
from newsdesk.labels import PlaceKind

# A small town written with its state's code ('Town, ST') that the main list and the towns of
# 5,000+ lack: the villages of 1,000-5,000 hold it, and the qualifier decides which one.


def test_a_qualified_village_is_that_village_not_its_states_centre() -> None:
    places = places_of(
        "The plant in Ashland City, TN, employs 1,400 people, and a second one in "
        "Middleville, MI, employs 1,200 more."
    )
    ashland = place_named(places, "Ashland City")
    middleville = place_named(places, "Middleville")
    assert ashland is not None and middleville is not None
    assert ashland.geonames_id is not None and middleville.geonames_id is not None
    assert near(ashland.latitude, ashland.longitude, (36.27, -87.06), 25)
    assert near(middleville.latitude, middleville.longitude, (42.71, -85.46), 25)


def test_a_village_without_its_qualifier_is_not_looked_up() -> None:
    places = places_of("She grew up in Middleville and moved to Chicago after school.")
    middleville = place_named(places, "Middleville")
    if middleville is not None:  # the villages are read only behind a qualifier
        assert middleville.geonames_id is None


def test_a_small_towns_name_spaced_otherwise_is_found() -> None:
    # GeoNames' LaFayette, Georgia, written as two words; the spacing is the writer's choice
    assert any(t.region == "Georgia" for t, _ in load_towns().lookup("La Fayette"))
    places = places_of("Roper Corp. makes ovens in La Fayette, GA, for 2,000 workers.")
    town = place_named(places, "La Fayette")
    assert town is not None and town.country_code == "US"
    assert near(town.latitude, town.longitude, (34.70, -85.28), 25)


def test_the_villages_are_only_the_qualified_countries() -> None:
    villages = load_villages()
    assert {t.country_code for t, _ in villages.lookup("Middleville")} <= {"US", "CA", "AU"}
    assert all(t.population < 5000 for t, _ in villages.lookup("Middleville"))


# A region the article names by its code ('GA') is that region under its full name too: the
# state of Georgia, not the country, in an article listing towns by their states' codes.


def test_a_states_name_beside_its_code_is_the_state() -> None:
    places = places_of(
        "Acme has two plants: Dalton, GA, with 900 workers, and Columbus, OH, with 700.\n\n"
        "The plant in Georgia opened in 1998 and makes carpets."
    )
    georgia = place_named(places, "Georgia")
    assert georgia is not None
    assert georgia.country_code == "US" and georgia.kind == PlaceKind.region
    assert "GA" in {m.text for m in georgia.mentions}  # one place, named both ways


def test_a_citys_name_beside_its_states_code_stays_the_city() -> None:
    places = places_of(
        "The firm has an office in Bothell, WA, and lobbies lawmakers in Washington, where "
        "Congress met on Monday."
    )
    washington = place_named(places, "Washington")
    assert washington is not None and washington.kind == PlaceKind.city


# A bare compass word led as a region's name ('the South') is the country's region where the
# article divides that country into its regions elsewhere ('the Midwest').


def test_the_south_beside_the_midwest_in_another_sentence_is_the_us_region() -> None:
    places = places_of(
        "Most of the 300 plants in the U.S. are in the Midwest. The second largest cluster "
        "lies in the South."
    )
    south = place_named(places, "South")
    assert south is not None
    assert south.country_code == "US" and south.latitude is not None
    assert near(south.latitude, south.longitude, (34.0, -85.0), 400)


def test_the_south_with_no_region_of_its_country_named_is_not_placed_there() -> None:
    places = places_of(
        "Seoul said on Monday that the South would answer. Officials in Seoul met for hours."
    )
    south = place_named(places, "South")
    if south is not None:
        assert south.country_code != "US"


# A town's far namesake: a town whose country the article does not name but which lies among
# the countries it names (within 1,000 km of two of their centres) is that town, not a
# namesake in a country named in passing.


def test_a_town_among_the_articles_countries_beats_a_namesake_in_a_passing_country() -> None:
    places = places_of(
        "Coffee reached Austria and Germany in the seventeenth century, and France soon "
        "followed. When coffee came to Venice in 1615, the clergy condemned it. Centuries "
        "later the drink crossed to the U.S., where it became a national habit."
    )
    venice = place_named(places, "Venice")
    assert venice is not None
    assert venice.country_code == "IT"


def test_a_country_near_the_articles_countries_is_not_made_a_town() -> None:
    # Trinidad, Cuba lies among Jamaica, the Bahamas and Haiti too: between a country and a
    # town of one name, the kinds decide, not the part of the world
    places = places_of(
        "The relay was won by Jamaica ahead of the Bahamas and Haiti. Trinidad came fourth, "
        "and Kenya fifth."
    )
    trinidad = place_named(places, "Trinidad")
    assert trinidad is not None
    assert trinidad.kind == PlaceKind.country and trinidad.country_code == "TT"


# A state's two-letter code after a town and a comma that the model left untagged ('MI') is the
# town's qualifier and a place, as its tagged neighbours ('OH') are; after a person's name it is
# not read ('Smith, MD').


def test_an_untagged_state_code_after_a_town_is_the_state() -> None:
    places = places_of(
        "Bradford White makes water heaters in Middleville, MI, and Whirlpool makes ovens in "
        "Marion, OH, for export."
    )
    michigan = place_named(places, "MI")
    assert michigan is not None
    assert michigan.kind == PlaceKind.region and michigan.country_code == "US"
    assert near(michigan.latitude, michigan.longitude, (44.3, -85.6), 300)


def test_a_code_after_a_persons_name_is_no_place() -> None:
    places = places_of("The report was written by Jane Smith, MD, a surgeon in Boston.")
    assert place_named(places, "MD") is None
