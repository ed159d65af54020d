"""Round 7 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the text would write down for its places: which names are
places, and where a place is (country, position)."""

from __future__ import annotations

from entity_helpers import km_from, places_of, places_said
from newsdesk.analysis.gazetteer import load as load_gazetteer
from newsdesk.model import Place


def _by_text(places: list[Place], text: str) -> Place:
    return next(p for p in places if text in {m.text for m in p.mentions})


def test_a_table_of_states_with_prices_is_a_table_of_states() -> None:
    # rank, state, price: the cells between two states hold a currency sign and a figure
    rows = [
        "Tennessee", "Kentucky", "New Jersey", "Georgia", "Utah", "Connecticut", "Florida",
        "Iowa", "New York", "Illinois", "Colorado", "Washington", "Oregon", "Maine",
    ]  # fmt: skip
    table = "\n".join(f"{n}\t{name}\t${20 + 3 * n}.50" for n, name in enumerate(rows, 1))
    text = "Average hourly rates for cleaners in 2025, by state:\n\nRank\tState\tRate\n" + table
    places = places_of(text)
    for name in ("Georgia", "Washington", "New York"):
        state = _by_text(places, name)
        # the US state, not the country, the capital or the city
        assert state.kind == "region" and state.country_code == "US", name


def test_a_compass_part_of_a_region_lies_on_that_side() -> None:
    places = places_of(
        "Wildfires burned across Southern California on Tuesday. Officials in California "
        "said crews from Northern California had been sent south to help."
    )
    south = _by_text(places, "Southern California")
    north = _by_text(places, "Northern California")
    state = _by_text(places, "California")
    assert south.country_code == north.country_code == "US"
    assert south.latitude is not None and north.latitude is not None
    assert state.latitude is not None
    assert south.latitude < state.latitude < north.latitude
    assert km_from(south, 34.0, -118.0) < 150  # the Los Angeles basin, not the state's middle


def test_seas_lakes_and_historical_states_are_places_with_positions() -> None:
    places = places_of(
        "Coffee reached Vienna from the Ottoman Empire. Today the resort overlooks the Gulf "
        "of Thailand, and a second one opens near Lake Tahoe in the spring."
    )
    ottoman = _by_text(places, "Ottoman Empire")
    assert ottoman.country_code == "TR"
    gulf = _by_text(places, "Gulf of Thailand")
    assert gulf.country_code is None and km_from(gulf, 9.5, 102.0) < 300
    tahoe = _by_text(places, "Lake Tahoe")
    assert tahoe.country_code == "US" and km_from(tahoe, 39.1, -120.0) < 50


def test_the_hand_kept_list_shadows_no_town_of_the_main_list() -> None:
    # a hand-kept key is resolved there, so none may be the name of a known town or region
    # whose own name it is ('Chesapeake', the Virginian city, stays the city)
    gaz = load_gazetteer()
    hits = gaz.lookup("Chesapeake")
    assert hits and hits[0][0].kind == "city" and hits[0][0].geonames_id is not None


def test_a_name_the_model_only_ever_tags_as_a_company_is_no_place() -> None:
    # Meta is also a Colombian department; listed among companies it is the company
    said = places_said(
        "Ads now run across Meta, TikTok, and LinkedIn. Meta reported strong growth, and "
        "agencies that work with Google, Meta, and Snap say budgets rose. Meta declined "
        "to comment. The agency has offices in Chicago."
    )
    assert "Meta" not in said
    assert "Chicago" in said


def test_a_far_towns_name_modifying_a_noun_is_a_word() -> None:
    # Turbo is a town in Colombia; 'in Turbo form' is the car's version
    said = places_said(
        "The electric coupe is quick, and in Turbo form it keeps up with a sports car. "
        "It was tested on roads near Stuttgart, in Germany."
    )
    assert "Turbo" not in said
    assert "Stuttgart" in said


def test_a_sign_off_name_is_no_tiny_region_abroad() -> None:
    # Paola is a local council of Malta (no town of 15,000+): a reader's sign-off here
    said = places_said(
        "What a marvelous place to stay in Vietnam! The villas look wonderful.\n\n"
        "Kisses, Paola.\n\nReply"
    )
    assert "Paola" not in said
    assert "Vietnam" in said


def test_a_town_beside_the_articles_towns_beats_a_far_big_namesake() -> None:
    places = places_of(
        "The tour visits Washington, Arlington National Cemetery, Mount Vernon and "
        "Alexandria over six days."
    )
    alexandria = _by_text(places, "Alexandria")
    assert alexandria.country_code == "US"  # not Egypt's second city
    assert km_from(alexandria, 38.80, -77.05) < 25


def test_a_name_is_no_context_for_itself() -> None:
    # the country Lebanon is named only by the word being resolved: the town beside Gallatin
    places = places_of(
        "The music school serves students in Gallatin, TN and nearby towns like "
        "Hendersonville and Lebanon."
    )
    lebanon = _by_text(places, "Lebanon")
    assert lebanon.country_code == "US"
    assert km_from(lebanon, 36.21, -86.29) < 25


def test_a_small_town_listed_beside_the_articles_towns_is_the_local_one() -> None:
    # Portland, Tennessee (5,000-15,000 tier) beside Gallatin and Hendersonville, not Oregon's
    places = places_of(
        "The music school serves students in Gallatin, TN and nearby areas like "
        "Hendersonville, Portland and Goodlettsville."
    )
    portland = _by_text(places, "Portland")
    assert portland.country_code == "US"
    assert km_from(portland, 36.58, -86.52) < 25


def test_a_big_city_named_beside_a_far_town_stays_the_big_city() -> None:
    places = places_of("She flew from Nashville to Portland for the conference in May.")
    portland = _by_text(places, "Portland")
    assert km_from(portland, 45.52, -122.68) < 25  # Oregon's city, not the Tennessee town


def test_an_ambiguous_small_town_far_from_the_articles_towns_stays_unresolved() -> None:
    # Woodstock is a town in Illinois, Georgia and Vermont; on a New England tour with Boston
    # and Providence it is not the Illinois one: unresolved in its country, not a far namesake
    places = places_of(
        "Explore the coast of New England. Your journey starts in Providence, then Boston, "
        "and ends with two nights in Woodstock before the flight home."
    )
    woodstock = _by_text(places, "Woodstock")
    assert woodstock.country_code == "US"
    # unresolved, or a Woodstock near the tour (Vermont's): never Illinois' or Georgia's
    assert woodstock.latitude is None or km_from(woodstock, 42.36, -71.06) < 300


def test_the_state_of_x_makes_every_mention_the_state() -> None:
    places = places_of(
        "Oregon\n\nOregon is known for pinot noir.\n\nWashington\n\nThe state of Washington "
        "in the Pacific northwest is second after California for wine."
    )
    washington = [p for p in places if "Washington" in {m.text for m in p.mentions}]
    assert washington and all(p.kind == "region" for p in washington)


def test_the_bench_judges_a_sea_of_no_country_by_name_not_by_its_centre() -> None:
    from benches import load_bench

    bench = load_bench("entities")
    ocean = {"kind": "feature", "country": None, "lat": 30.0, "lon": -40.0}
    # another atlas's centre of the same ocean, 3,000 km away: still the ocean
    assert bench.resolved_right(ocean, None, 0.0, -30.0)
    # but a town of some country is not the ocean, and a sea left without a position is
    # not resolved
    assert not bench.resolved_right(ocean, "US", 39.36, -74.42)
    assert not bench.resolved_right(ocean, None, None, None)
    # a region of a country is still judged by its position
    state = {"kind": "region", "country": "CA", "lat": 53.7, "lon": -127.6}
    assert not bench.resolved_right(state, "CA", 45.0, -75.0)


def test_a_neighbour_counts_only_in_a_country_the_article_names() -> None:
    # Muñoz is a Philippine town with a San Francisco 40 km away; the article names no
    # Philippine province or the country itself: San Francisco stays California's city
    places = places_of(
        "Our volunteers came from Muñoz, a farming town, and from San Francisco, where the "
        "charity began."
    )
    sf = _by_text(places, "San Francisco")
    assert sf.country_code == "US"
    assert km_from(sf, 37.77, -122.42) < 25


def test_a_state_code_after_a_town_stays_a_place_however_the_model_tags_it() -> None:
    text = (
        "For families in Surprise, AZ, the store offers bundles. Residents of Surprise, AZ, "
        "can order online. Our office in Surprise, AZ, serves Sun City and Peoria too. "
        "Patients from Surprise, AZ, get a discount."
    )
    places = places_of(text)
    arizona = _by_text(places, "AZ")
    assert arizona.kind == "region" and arizona.country_code == "US"


def test_an_untagged_item_of_a_list_of_places_is_a_place() -> None:
    said = places_said(
        "The Dutch introduced large-scale coffee growing to their colonies in Indonesia on "
        "the islands of Java, Sumatra, Sulawesi and Bali."
    )
    assert {"Java", "Sumatra", "Sulawesi"} <= said
