"""People, places and organisations: the supplied article and short texts written for these
tests. The expected lists are what a reader of each text would write down; they pin the
output so that a rewrite for speed (issue 15) cannot change it unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdesk
from newsdesk.model import Analysis

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"


@pytest.fixture(scope="module")
def example() -> Analysis:
    return newsdesk.analyze(EXAMPLE)


def _people(brief: Analysis) -> dict[str, str | None]:
    return {p.name: p.role for p in brief.people}


def test_example_people_and_roles(example: Analysis) -> None:
    assert _people(example) == {
        "Joe Biden": "president",
        "Donald Trump": None,
        "Antony Blinken": "Secretary of State",
        "Alejandro Mayorkas": "Secretary of Homeland Security",
        "Alicia Bárcena": "Secretary of Foreign Affairs of Mexico",
        "Carlos Martínez": "Foreign Minister of Guatemala",
        "Bernardo Arévalo": None,
        "Andrés Manuel López Obrador": "president of Mexico",
    }


def test_example_places_resolved(example: Analysis) -> None:
    found = {p.name: (p.kind, p.country_code, p.geonames_id) for p in example.places}
    assert found == {
        "United States": ("country", "US", 6252001),
        "Mexico": ("country", "MX", 3996063),
        "Brownsville": ("city", "US", 4676740),
        "Texas": ("region", "US", 4736286),
        "Eagle Pass": ("city", "US", 5520677),
        "Guatemala": ("country", "GT", 3595528),
        "Western Hemisphere": ("region", None, None),
        "Washington": ("city", "US", 4140963),
        "Darién": ("region", "PA", 3711671),
        "Panama": ("country", "PA", 3703430),
        "Venezuela": ("country", "VE", 3625428),
        "Nicaragua": ("country", "NI", 3617476),
        "Haiti": ("country", "HT", 3723988),
        "Cuba": ("country", "CU", 3562981),
        "Colombia": ("country", "CO", 3686110),
        "Costa Rica": ("country", "CR", 3624060),
        "El Paso": ("city", "US", 5520993),
        "Ukraine": ("country", "UA", 690791),
        "Israel": ("country", "IL", 294640),
    }


def test_example_organizations(example: Analysis) -> None:
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
