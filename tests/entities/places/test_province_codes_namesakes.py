"""Session 14: the press's province and state abbreviations ('Ont.', 'Vic.'), a qualified
town's namesakes chosen by the article's other towns, and a country's name never pulled to a
town of its alias by the neighbourhood."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis.gazetteer import load
from newsdesk.model import Place


def _places(text: str) -> list[Place]:
    return newsdesk.analyze(text, clean=False).places


def _named(places: list[Place], name: str) -> Place:
    found = [p for p in places if name in {m.text for m in p.mentions}]
    assert found, f"{name} not among {[p.name for p in places]}"
    return found[0]


def test_canadian_press_abbreviation_names_the_province() -> None:
    places = _places("Workers at the brewery in Kingston, Ont., voted on Tuesday to strike.")
    assert _named(places, "Kingston").country_code == "CA"  # not Jamaica's capital


def test_australian_abbreviation_names_the_state() -> None:
    # Horsham (14,000 people) and Hamilton (9,000) have bigger English and Canadian namesakes
    places = _places(
        "Wheat growers near Horsham, Vic., lost crops in the floods. Sheep farmers near "
        "Hamilton, Vic., lost lambs."
    )
    assert _named(places, "Horsham").country_code == "AU"
    assert _named(places, "Hamilton").country_code == "AU"
    state = _named(places, "Vic")  # the abbreviation itself is the state, not Vic in Spain
    assert state.name == "Victoria" and state.country_code == "AU"


def test_abbreviations_are_read_as_written_only() -> None:
    gaz = load()
    assert any(p.name == "Ontario" and not primary for p, primary in gaz.lookup("Ont."))
    assert not any(p.name == "Ontario" for p, _ in gaz.lookup("ont"))
    assert gaz.is_code("Que.") and not gaz.is_code("Quebec")


def test_qualified_town_is_the_namesake_near_the_articles_towns() -> None:
    # two towns of this name in New York State: the smaller one, on Long Island, is the one
    # beside Brooklyn and Queens; the larger lies up the Hudson Valley
    text = (
        "The movers keep a depot in Brooklyn and a yard in Queens. Their new office opened "
        "in Woodbury, NY last month."
    )
    woodbury = _named(_places(text), "Woodbury")
    assert woodbury.country_code == "US"
    assert woodbury.latitude is not None and woodbury.latitude < 41.0


def test_qualified_town_without_neighbours_keeps_the_most_populous() -> None:
    woodbury = _named(_places("Their new office opened in Woodbury, NY last month."), "Woodbury")
    assert woodbury.latitude is not None and woodbury.latitude > 41.0


def test_country_name_is_not_its_capital_by_neighbourhood() -> None:
    text = (
        "Our family bakery opened in Toluca last spring. We now ship bread to customers in "
        "Canada, Guatemala and Mexico."
    )
    mexico = _named(_places(text), "Mexico")
    assert mexico.kind == "country" and mexico.country_code == "MX"


def test_former_country_names_are_the_present_countries() -> None:
    places = _places(
        "His grandfather planted tea in Ceylon before the war and later farmed in Rhodesia."
    )
    assert _named(places, "Ceylon").country_code == "LK"
    assert _named(places, "Rhodesia").country_code == "ZW"
