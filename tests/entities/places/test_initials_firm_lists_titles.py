"""Session 15 (places on unseen articles): one test per error class addressed, on sentences
written for them: dotted city initials, names in a list of firms, a name after a capitalised
'The' in running text, and a body's name the gazetteer kept as a town."""

from __future__ import annotations

from entity_helpers import km_from, place_named, places_of, places_said
from newsdesk.analysis.gazetteer import load

LOS_ANGELES = (34.05, -118.24)
SAN_FRANCISCO = (37.77, -122.42)


def test_dotted_initials_are_the_city_not_the_state_code() -> None:
    places = places_of(
        "Rents in the L.A. basin rose again, and a tenant group in S.F. said the same. "
        "A clinic in Shreveport, La., saw no change."
    )
    la = place_named(places, "L.A.")
    sf = place_named(places, "S.F.")
    assert la is not None and la.kind == "city" and km_from(la, *LOS_ANGELES) < 25
    assert sf is not None and sf.kind == "city" and km_from(sf, *SAN_FRANCISCO) < 25
    # the written state abbreviation is still the state
    state = place_named(places, "La.")
    assert state is not None and state.name == "Louisiana" and state.kind == "region"


def test_names_in_a_list_of_firms_are_no_places() -> None:
    said = places_said(
        "The studio has offices in Denver and Madrid. Its roster of clients includes brands "
        "like Netflix, Toyota, Columbia and Hulu, and it shot an advert in Peru last spring."
    )
    assert not said & {"Netflix", "Toyota", "Columbia", "Hulu"}
    assert {"Denver", "Madrid", "Peru"} <= said


def test_a_country_in_a_list_of_firms_stays_a_place() -> None:
    said = places_said(
        "The agency serves clients such as Acme Foods, Brightline and Mexico, whose tourism "
        "board hired it in March."
    )
    assert "Mexico" in said


def test_a_place_joined_to_a_firm_in_such_a_list_stays_a_place() -> None:
    said = places_said("The fund backs companies such as Paris-based Ubisoft and Brightline.")
    assert "Paris" in said


def test_a_name_after_a_capitalised_the_in_running_text_is_a_title() -> None:
    titled = places_said(
        "Her essay on tides first ran in The Atlantic before she moved to Lisbon to write."
    )
    assert "Atlantic" not in titled  # the magazine, no ocean
    assert "Lisbon" in titled
    # the ocean after a lower-case 'the', and a city whose own name holds 'The', are places
    sailed = places_said("She later sailed across the Atlantic before settling in The Hague.")
    assert "Atlantic" in sailed
    assert "Hague" in sailed or "The Hague" in sailed


def test_a_universitys_name_is_no_town_of_the_gazetteer() -> None:
    gaz = load()
    assert gaz.lookup("University of Texas") == []
    assert gaz.lookup("University of British Columbia") == []
    said = places_said(
        "Ann Okafor, a chemist at the University of Texas, says the samples came from Austin."
    )
    assert "University of Texas" not in said
    assert "Austin" in said


def test_a_list_of_firms_ends_with_its_sentence() -> None:
    # (code review) the list runs back within the name's sentence only: a place opening the
    # next sentence is no item of the firms' list before it
    said = places_said(
        "The consultancy advises companies like Shell and BP. Berlin, its home city, will "
        "fund the new office next year."
    )
    assert "Berlin" in said
    said = places_said(
        "The agency works with brands like Netflix and Toyota. In Madrid, officials said the "
        "fair will open next month."
    )
    assert "Madrid" in said


def test_cities_listed_as_customers_or_outlets_stay_places() -> None:
    # cities are a vendor's customers and the sites of a chain's outlets
    said = places_said(
        "The startup counts customers including Chicago, Boston and Denver, where its "
        "software runs the parking meters."
    )
    assert {"Chicago", "Boston", "Denver"} <= said
    said = places_said("The bakery chain opened outlets like Lyon, Porto and Madrid this year.")
    assert {"Lyon", "Porto", "Madrid"} <= said
