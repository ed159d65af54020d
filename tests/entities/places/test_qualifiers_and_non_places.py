"""Round 5 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the sentence would write down for its places: which names
are places, and which GeoNames entry (country, position) each one is."""

from __future__ import annotations

from entity_helpers import brief_of, km_from, places_said
from newsdesk.analysis.entities.places import detect
from newsdesk.analysis.entities.spans import make_span, street_address, street_word
from newsdesk.analysis.gazetteer import load
from newsdesk.model import Place
from tagging import only_tagged_doc


def _places(text: str) -> dict[str, Place]:
    return {p.name: p for p in brief_of(text).places}


def test_a_state_in_a_table_of_states_is_the_state() -> None:
    table = (
        "Rank | State | Score\n"
        "17 | Maine | 63.9\n18 | New Jersey | 63.2\n19 | Delaware | 61.0\n"
        "20 | Montana | 59.9\n21 | New York | 59.3\n24 | Washington | 58.0\n"
        "25 | North Carolina | 57.6\n34 | Georgia | 46.5\n35 | Indiana | 45.9\n"
    )
    places = _places(table)
    for state in ("Delaware", "New York", "Washington", "Georgia"):
        assert places[state].kind == "region" and places[state].country_code == "US", state
    assert "New York City" not in places


def test_a_name_near_the_articles_towns_is_the_neighbouring_place() -> None:
    places = _places(
        "The prime minister visited Jerusalem on Monday. Israel and Hamas fought the bloody "
        "Gaza conflict during the summer."
    )
    # not Mozambique's Gaza province, though it has more people than the Palestinian city
    assert places["Gaza"].country_code == "PS"


def test_a_name_once_qualified_is_that_place_in_every_mention() -> None:
    brief = brief_of(
        "The film follows Casey, who lives in Columbus, Indiana, with her mother. "
        "Columbus is a mecca for modernist architecture, and the film lingers in Columbus "
        "on its libraries and banks."
    )
    columbus = [p for p in brief.places if p.name == "Columbus"]
    assert len(columbus) == 1
    assert columbus[0].country_code == "US" and km_from(columbus[0], 39.2, -85.9) < 25


def test_a_country_in_a_list_of_countries_takes_no_qualifier() -> None:
    places = _places(
        "The boots ship to Austria, Switzerland, Luxembourg, France, Denmark and Finland."
    )
    assert places["Luxembourg"].kind == "country" and places["Luxembourg"].country_code == "LU"
    assert not [p for p in places.values() if p.country_code == "FR" and p.kind == "city"]


def test_lower_case_words_are_no_places() -> None:
    said = places_said(
        "Wrap the fine china in paper before the move to Denver (Okafor et al., n.d.). "
        "The metro area grew."
    )
    assert "Denver" in said
    assert not said & {"china", "al", "n.d", "n.d.", "metro"}


def test_a_street_name_is_no_place() -> None:
    said = places_said(
        "The bakery opened at 610 E. Roosevelt St. in Phoenix, Arizona, last spring."
    )
    assert {"Phoenix", "Arizona"} <= said
    assert "Roosevelt" not in said


def test_people_and_places_share_one_street_word_test() -> None:
    # (session 20) `spans.street_word`: 'Place' and 'Court' also end the names of squares and
    # courts of law, so after a name they do not make it a street's; 'Row' and 'St.' do
    text = "Rents rose on Mercer Row, Dale Place, Hume Court and Bay St. this year."
    doc = only_tagged_doc(text, {})
    tok = {t.text: t for t in doc}
    assert all(street_word(tok[w]) for w in ("Row", "Place", "Court", "St."))
    assert street_word(tok["Row"], other_names=False) and street_word(tok["St."], other_names=False)
    assert not street_word(tok["Place"], other_names=False)
    assert not street_word(tok["Court"], other_names=False)
    assert not street_word(tok["Rents"]) and not street_word(tok["rose"])
    gaz = load()
    for name, street in (("Mercer", True), ("Dale", False), ("Hume", False), ("Bay", True)):
        span = make_span(doc, tok[name].i, tok[name].i + 1, "GPE")
        assert detect.not_a_name(doc, span, gaz) is street, name
    # the people rules read the same words: a house number and a name ending in 'Row'
    doc = only_tagged_doc("They moved to 14 Mercer Row in May.", {"Mercer Row": "PERSON"})
    (ent,) = doc.ents
    assert street_address(doc, make_span(doc, ent.start, ent.end, "PERSON"))


def test_a_short_acronym_is_no_town() -> None:
    said = places_said("Doctors at the AMA meeting in Chicago backed the FASA rules.")
    assert "Chicago" in said
    assert not said & {"AMA", "FASA"}


def test_a_product_and_its_version_is_no_place() -> None:
    said = places_said(
        "I played a lot of Battlefield 6 with this mouse. In Battlefield 6 the sensor "
        "tracked well, and Battlefield 6 never stuttered."
    )
    assert "Battlefield" not in said


def test_an_unknown_name_rarely_used_as_a_place_is_no_place() -> None:
    said = places_said(
        "Python is a language for beginners. Python has lists and loops. In Python, a "
        "function is an object. Python runs everywhere, and teachers like Python."
    )
    assert "Python" not in said


def test_a_far_town_reached_by_another_of_its_names_is_not_that_town() -> None:
    # 'Jira' is an alternate GeoNames name of Zira, a town in India
    brief = brief_of("Our engineers in Denver track every bug in Jira and review it on Fridays.")
    assert "Denver" in {p.name for p in brief.places}
    jira = [p for p in brief.places if "Jira" in {m.text for m in p.mentions}]
    assert not [p for p in jira if p.country_code == "IN" or p.geonames_id is not None]


def test_a_qualified_small_town_is_that_town() -> None:
    places = _places("The company moved from Fairfield, New Jersey, to Denver last year.")
    fairfield = places["Fairfield"]
    assert fairfield.geonames_id is not None and fairfield.country_code == "US"
    assert km_from(fairfield, 40.88, -74.31) < 25  # the town, not New Jersey's centre


def test_a_small_town_in_a_place_slot_near_the_articles_places() -> None:
    places = _places(
        "Napa and Sonoma dominate Californian wine, north of San Francisco. Most growers "
        "in Sonoma sell their grapes to wineries near San Francisco."
    )
    sonoma = places["Sonoma"]
    assert sonoma.country_code == "US" and km_from(sonoma, 38.29, -122.46) < 25


def test_a_far_region_reached_by_an_english_word_or_another_name() -> None:
    said = places_said("Tankers in the Gulf slowed down, traders in London said.")
    assert "London" in said
    places = _places("Movers on the West Coast charge more than movers in Texas.")
    coast = places.get("West Coast")
    assert coast is not None and coast.country_code == "US"  # not Western Australia
    # no Papua New Guinea province for 'Gulf'
    assert not [
        p for p in brief_of("Tankers in the Gulf slowed down.").places if p.country_code == "PG"
    ]


def test_region_centres_lie_inside_the_region_not_at_its_big_city() -> None:
    gaz = load()
    ontario = next(p for p, _ in gaz.lookup("Ontario") if p.kind == "region")
    toronto = next(p for p, _ in gaz.lookup("Toronto") if p.kind == "city")
    assert ontario.latitude is not None and toronto.latitude is not None
    assert ontario.latitude > toronto.latitude + 1.5  # the province reaches far north
    darien = next(p for p, _ in gaz.lookup("Darién") if p.kind == "region")
    assert darien.latitude is not None  # no city of 15,000+, a centre all the same
    islands = next(p for p, _ in gaz.lookup("U.S. Virgin Islands"))
    assert islands.latitude is not None


def test_a_name_that_qualifies_a_town_keeps_its_own_sense() -> None:
    places = brief_of(
        "The painter (b. 1950, Aberdeen, Washington) shows at the National Gallery of Art, "
        "Washington, D.C., and lives in New York."
    ).places
    state = [p for p in places if p.name == "Washington" and p.kind == "region"]
    assert state and state[0].country_code == "US"  # Aberdeen's state, not the capital


def test_a_lower_case_macro_region_after_the_is_a_place() -> None:
    places = _places("We tested the tents in the woods of the midwest for a week.")
    assert places["Midwest"].country_code == "US"


def test_a_compass_word_or_a_far_region_is_no_qualifier() -> None:
    # Uganda has a 'Northern' region and Colombia a 'Meta' department: neither qualifies here
    for text in (
        "Offices in Hudson Valley, Northern NJ and Fairfield County, CT are open.",
        "We compared pay at Netflix, Meta and Spotify in a survey of engineers.",
    ):
        assert not [p for p in brief_of(text).places if p.country_code in ("UG", "CO")], text
