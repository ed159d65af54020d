"""People, places and organisations: the supplied article and short texts written for these
tests. For the supplied article the tests state what a reader of it checks (who is named,
with the title the article gives them; where each place is; nothing listed that the article
does not name as such), not the program's own answer copied: a rewrite may change what is
not a fact of the article (a GeoNames row chosen among equals, a region without a point)."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.model import Brief
from project_paths import ROOT

EXAMPLE = ROOT / "examples" / "article.txt"

# The people the article names, with the title it gives each ("the Secretary of State,
# Antony Blinken"); None: the article gives no title (Trump is "his probable rival",
# Arévalo a "social democrat").
READER_PEOPLE: dict[str, str | None] = {
    "Joe Biden": "president",
    "Donald Trump": None,
    "Antony Blinken": "Secretary of State",
    "Alejandro Mayorkas": "Secretary of Homeland Security",
    "Alicia Bárcena": "Secretary of Foreign Affairs of Mexico",
    "Carlos Martínez": "Foreign Minister of Guatemala",
    "Bernardo Arévalo": None,
    "Andrés Manuel López Obrador": "president of Mexico",
}
# The countries the article names, by their ISO 3166 codes.
READER_COUNTRIES = {
    "United States": "US",
    "Mexico": "MX",
    "Guatemala": "GT",
    "Panama": "PA",
    "Venezuela": "VE",
    "Nicaragua": "NI",
    "Haiti": "HT",
    "Cuba": "CU",
    "Colombia": "CO",
    "Costa Rica": "CR",
    "Ukraine": "UA",
    "Israel": "IL",
}
# Texas, roughly: Brownsville, Eagle Pass and El Paso are the Texas border towns (the article
# says "Brownsville (Texas)", "Eagle Pass, also in Texas").
TEXAS = (25.8, 36.5, -106.7, -93.5)  # south, north, west, east
# Places the article names that are not countries: the state, the Texas towns, the capital
# (Washington, D.C., where the ministers met), the Panamanian region of the Darién Gap.
READER_OTHER = {"Texas", "Brownsville", "Eagle Pass", "El Paso", "Washington", "Darién"}
# Named in the article, but no one point: listed as a region without coordinates, or not at all.
NO_POINT = {"Western Hemisphere"}


@pytest.fixture(scope="module")
def example() -> Brief:
    return newsdesk.analyze(EXAMPLE)


def test_example_people_are_the_ones_the_article_names(example: Brief) -> None:
    # no one missed, no one twice (a surname alone), nothing that is not a person
    assert sorted(p.name for p in example.people) == sorted(READER_PEOPLE)


def test_example_people_have_the_titles_the_article_gives(example: Brief) -> None:
    for person in example.people:
        title = READER_PEOPLE[person.name]
        if title is None:
            assert person.role is None, (person.name, person.role)  # no title invented
        else:
            assert person.role is not None and person.role.casefold() == title.casefold(), (
                person.name,
                person.role,
            )


def _inside(place: newsdesk.Place, box: tuple[float, float, float, float]) -> bool:
    south, north, west, east = box
    lat, lon = place.latitude, place.longitude
    return lat is not None and lon is not None and south <= lat <= north and west <= lon <= east


def test_example_places_are_the_ones_the_article_names(example: Brief) -> None:
    names = {p.name for p in example.places}
    assert set(READER_COUNTRIES) | READER_OTHER <= names  # each resolved place is there
    assert names <= set(READER_COUNTRIES) | READER_OTHER | NO_POINT  # and nothing else
    assert len(names) == len(example.places)  # each once
    assert not names & set(READER_PEOPLE)


def test_example_countries_are_the_countries(example: Brief) -> None:
    by_name = {p.name: p for p in example.places}
    for name, code in READER_COUNTRIES.items():
        place = by_name[name]
        assert (place.kind, place.country_code) == ("country", code), name
        assert place.geonames_id is not None and place.latitude is not None, name


def test_example_towns_are_the_texas_border_towns(example: Brief) -> None:
    by_name = {p.name: p for p in example.places}
    for town in ("Brownsville", "Eagle Pass", "El Paso"):
        place = by_name[town]
        assert (place.kind, place.country_code) == ("city", "US"), town
        assert _inside(place, TEXAS), (town, place.latitude, place.longitude)
    texas = by_name["Texas"]
    assert (texas.kind, texas.country_code) == ("region", "US") and _inside(texas, TEXAS)


def test_example_washington_is_the_capital_and_darien_is_in_panama(example: Brief) -> None:
    by_name = {p.name: p for p in example.places}
    washington = by_name["Washington"]
    assert (washington.kind, washington.country_code) == ("city", "US")
    assert _inside(washington, (38.7, 39.1, -77.2, -76.9))  # D.C., not the state
    darien = by_name["Darién"]
    assert darien.country_code == "PA" and _inside(darien, (7.0, 9.7, -83.1, -77.1))


def test_example_a_region_without_a_point_gets_no_pin(example: Brief) -> None:
    for place in example.places:
        if place.name in NO_POINT:
            assert place.kind not in ("country", "city")
            assert place.latitude is None and place.longitude is None


def test_example_organizations(example: Brief) -> None:
    names = {o.name for o in example.organizations}
    assert {"Department of State", "White House"} <= names
    assert not names & {p.name for p in example.people}
    assert not names & {p.name for p in example.places}


def test_surnames_join_the_person_last_named_in_full() -> None:
    text = (
        "Maria Okafor and her brother Daniel Okafor opened the bakery in 2010. "
        "Maria Okafor said the first year was hard. Okafor added that the bank had helped.\n\n"
        "Daniel Okafor now runs the second shop. Okafor said he bakes at four every morning.\n\n"
        "Their neighbour, Thomas W. Brennan Jr., sells flowers. Thomas Brennan said business is "
        "slow, and Brennan blamed the roadworks."
    )
    brief = newsdesk.analyze(text, clean=False)
    by_name = {p.name: p for p in brief.people}
    assert {"Maria Okafor", "Daniel Okafor"} <= set(by_name)
    assert "Okafor" not in by_name and "Brennan" not in by_name
    maria = [m.text for m in by_name["Maria Okafor"].mentions]
    daniel = [m.text for m in by_name["Daniel Okafor"].mentions]
    # each bare "Okafor" goes to the Okafor named in full just before it
    assert maria.count("Okafor") == 1 and daniel.count("Okafor") == 1
    brennans = [p for p in brief.people if p.name.split()[-1].rstrip(".,") in ("Brennan", "Jr")]
    assert len(brennans) == 1
    assert {"Thomas Brennan", "Brennan"} <= {m.text for m in brennans[0].mentions}


def test_output_does_not_depend_on_order_of_calls() -> None:
    text = "Governor Ann Reyes met Mayor Tom Oduya in Denver, Colorado. Reyes praised Oduya."
    first = newsdesk.analyze(text, clean=False)
    newsdesk.analyze(EXAMPLE)  # warms every cache with other names
    again = newsdesk.analyze(text, clean=False)
    assert first.to_dict()["people"] == again.to_dict()["people"]
    assert first.to_dict()["places"] == again.to_dict()["places"]
