"""Session 22 (issue 12): countries' other names from the gazetteer build's source
(scripts/build_gazetteer.py, `_add_country_names`). Only a dotted short form of a country's
English name is added ('N. Korea'); the source's other forms, and any name another place of a
tier holds, stay out: a region's, a town's or a village's name is no country's key. Sentences
written for these tests."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis.gazetteer import load
from newsdesk.labels import PlaceKind
from newsdesk.model import Place


def _places(text: str) -> list[tuple[str, PlaceKind | None, str | None]]:
    found: list[Place] = newsdesk.analyze(text, clean=False).places
    return [(p.name, p.kind, p.country_code) for p in found]


def test_dotted_short_forms_of_the_koreas_are_their_countries() -> None:
    gaz = load()
    for name, country in (("N. Korea", "KP"), ("S. Korea", "KR")):
        hits = [p for p, _ in gaz.lookup(name) if p.kind == PlaceKind.country]
        assert [p.country_code for p in hits] == [country], name
    places = _places("Talks between N. Korea and S. Korea resumed on Monday in the border village.")
    assert ("North Korea", PlaceKind.country, "KP") in places
    assert ("South Korea", PlaceKind.country, "KR") in places


def test_other_forms_of_the_source_are_no_country_keys() -> None:
    gaz = load()
    for name in ("Naija", "Hellas", "Yisrael", "Choson", "Danemark", "Maurice", "Surinam"):
        assert not any(p.kind == PlaceKind.country for p, _ in gaz.lookup(name)), name


def test_a_greek_region_is_no_north_macedonia() -> None:
    places = _places("The Greek region of Macedonia produces most of the country's cotton.")
    assert not any(code == "MK" for _, _, code in places)
    assert places == []  # as before session 22


def test_moldavia_in_romania_is_no_moldova() -> None:
    text = "Farmers in Moldavia, in north-eastern Romania, lost their crops to the floods."
    assert _places(text) == [("Moldavia", None, None), ("Romania", PlaceKind.country, "RO")]


def test_a_nepali_town_is_not_nepal() -> None:
    places = _places("The festival in Palpa drew thousands of pilgrims this spring.")
    assert not any(code == "NP" for _, _, code in places)
    assert places == []  # as before session 22
