"""Review 13c finding 4: a town qualified by a Canadian province's or an Australian state's
code ('Town, ON', 'Town, NSW') is read in that region; 'WA' is Washington unless the
article's other places are Australian; the codes are read only in capitals."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.analysis.gazetteer import load


def _places(text: str) -> list[tuple[str, str | None]]:
    brief = newsdesk.analyze(text, clean=False)
    return [(p.name, p.country_code) for p in brief.places]


@pytest.mark.parametrize(
    ("code", "region", "country"),
    [
        ("ON", "Ontario", "CA"),
        ("B.C.", "British Columbia", "CA"),
        ("QC", "Quebec", "CA"),
        ("NSW", "New South Wales", "AU"),
        ("QLD", "Queensland", "AU"),
    ],
)
def test_codes_name_their_regions(code: str, region: str, country: str) -> None:
    assert any(
        p.name == region and p.country_code == country and not primary
        for p, primary in load().lookup(code)
    )


def test_codes_are_read_only_in_capitals() -> None:
    assert load().lookup("on") == []
    assert not any(p.country_code == "AU" for p, _ in load().lookup("vic"))


def test_a_canadian_town_by_its_province_code() -> None:
    places = _places("Teachers in Kingston, ON voted on Tuesday to walk out next week.")
    assert ("Kingston", "CA") in places
    assert not any(cc == "JM" for _, cc in places)


def test_an_australian_town_by_its_state_code() -> None:
    places = _places(
        "Growers near Bunbury, WA will sell the harvest early, a spokesman in Perth said."
    )
    assert ("Bunbury", "AU") in places


def test_wa_is_washington_without_australian_places() -> None:
    places = _places("Teachers in Spokane, WA voted on Tuesday to walk out next week.")
    assert ("Spokane", "US") in places
    assert not any(cc == "AU" for _, cc in places)


def test_a_code_after_a_person_is_no_place() -> None:
    places = _places("Anna Marsh, QC, defending, told the court in Leeds the van was insured.")
    assert not any(cc == "CA" for _, cc in places)
