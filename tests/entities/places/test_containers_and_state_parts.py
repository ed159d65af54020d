"""Session 17 (places resolved right): one test per class fixed, on sentences written for them.

- a place the gazetteer lacks, written inside a place the article resolved ('Lake Quellmore in
  Sonoma County', 'Vyshnivka, a village near Kharkiv', 'Lisbon's Alfama district'), takes that place's country and
  position, where it had none; inside a country it takes the country's code only (a
  country's centre is no position of a village);
- a town qualified by a county of the counties' list ('Angwin, Napa County') is that
  county's town of the tiers, as behind its state; a county of namesakes with no clear first
  ('Orange County') places nothing;
- a compass part of a state named by one word ('Eastern Tennessee', 'Western Oklahoma') is a
  place in that state: WordNet's nouns, which hold the states' names, made it a common word
  and the part was dropped;
- a compass part of a name that is a country's and a state's ('Northern Georgia') is the
  state's part where the sentence names another state beside it, as a state among states
  is the state."""

from __future__ import annotations

from entity_helpers import km_from, places_of
from newsdesk.model import Place


def _named(text: str) -> dict[str, Place]:
    return {p.name: p for p in places_of(text)}


def test_a_feature_the_gazetteer_lacks_takes_its_countys_position() -> None:
    places = _named("The new marina will open at Lake Quellmore in Sonoma County next spring.")
    lake = places["Lake Quellmore"]
    assert lake.kind == "feature"
    assert lake.country_code == "US"
    assert lake.geonames_id is None
    # the county's own position (Sonoma County, California), not none
    assert km_from(lake, 38.52, -122.93) < 30


def test_a_village_in_an_apposition_takes_its_towns_position() -> None:
    places = _named("Fighting continued in Vyshnivka, a village near Kharkiv, on Monday.")
    village = places["Vyshnivka"]
    assert village.country_code == "UA"
    assert km_from(village, 49.99, 36.23) < 25


def test_a_village_inside_a_country_gets_its_code_and_no_position() -> None:
    places = _named("She was born in Ostrevo, a village in Bulgaria, and trained in Sofia.")
    village = places["Ostrevo"]
    assert village.country_code == "BG"
    assert village.latitude is None and village.longitude is None


def test_a_compass_part_of_a_one_word_state_is_in_that_state() -> None:
    places = _named("The storm moved across Western Oklahoma overnight.")
    part = places["Western Oklahoma"]
    assert part.kind == "region"
    assert part.country_code == "US"
    # the west of the state (its centre lies near 35.5, -97.5)
    assert part.longitude is not None and part.longitude < -97.5
    assert km_from(part, 35.6, -98.9) < 300


def test_compass_parts_of_two_states_are_both_places() -> None:
    places = _named("Farmers in Northern California and Southern Oregon lost crops to the frost.")
    assert places["Northern California"].country_code == "US"
    assert km_from(places["Northern California"], 39.5, -121.5) < 300
    assert places["Southern Oregon"].country_code == "US"
    assert km_from(places["Southern Oregon"], 42.6, -122.8) < 300


def test_a_compass_part_of_georgia_beside_a_state_is_the_states() -> None:
    places = _named("We serve homes in Eastern Tennessee and Northern Georgia.")
    georgia = places["Northern Georgia"]
    assert georgia.country_code == "US"  # not the Caucasus country
    assert km_from(georgia, 34.3, -84.0) < 300
    assert places["Eastern Tennessee"].country_code == "US"


def test_a_compass_part_of_georgia_beside_its_neighbours_is_the_countrys() -> None:
    places = _named("Wine from Northern Georgia and Armenia is prized in Tbilisi.")
    assert places["Northern Georgia"].country_code == "GE"


def test_a_district_after_its_towns_possessive_takes_the_towns_position() -> None:
    places = _named("She opened a bakery in Lisbon's Alfama district, then another in Porto.")
    district = places["Alfama"]
    assert district.country_code == "PT"
    assert km_from(district, 38.71, -9.13) < 25  # Lisbon's position, not Porto's nor none


def test_a_village_qualified_by_its_county_is_the_countys_village() -> None:
    places = _named("Crews cleared fallen trees in Angwin, Napa County, on Monday.")
    village = places["Angwin"]
    # the village of 1,000-5,000 people of that county, reached behind the county as behind
    # its state ('Angwin, Calif.'), not left with no country and no position
    assert village.country_code == "US"
    assert village.geonames_id is not None
    assert km_from(village, 38.58, -122.45) < 10


def test_a_county_of_namesakes_with_no_clear_first_places_nothing() -> None:
    places = _named("The plant in Zorblatt, Orange County, closed.")
    # California, Florida and New York each have an Orange County: none is chosen
    assert places["Zorblatt"].latitude is None
