"""Error classes of issue 12 that no test exercised with a sentence of its own (tests/README.md
maps every class to its tests). Sentences written for these tests; names invented. Each asserts
what a reader of the sentence writes down; the model tags as it does in an article."""

from __future__ import annotations

from entity_helpers import brief_of, place_named, places_of
from newsdesk.model import Analysis


def _person(brief: Analysis, name: str) -> tuple[str | None, list[str]]:
    (person,) = [p for p in brief.people if p.name == name]
    return person.role, [m.text for m in person.mentions]


# ------------------------------------------------ roles before the name


def test_a_teams_name_and_its_role_before_the_name_are_the_role() -> None:
    """'Wild coach Bruce Brown': the team's name and the job before a person are the role,
    never part of the name."""
    brief = brief_of("Falcons coach Derek Malloy said his players would rest on Sunday.")
    role, _ = _person(brief, "Derek Malloy")
    assert role is not None and "coach" in role


# ------------------------------------------------ wrong merges


def test_a_title_and_a_surname_join_the_holder_of_the_title() -> None:
    """'Vice President Biden' is the vice president of the article, not another person who
    shares the surname."""
    brief = brief_of(
        "Vice President Harlan Pryce visited a dairy farm in Ohio on Monday. "
        "The farm is run by Colin Pryce and his wife. "
        "Vice President Pryce said milk prices would rise."
    )
    _, colin = _person(brief, "Colin Pryce")
    assert colin == ["Colin Pryce"]
    _, harlan = _person(brief, "Harlan Pryce")
    assert len(harlan) == 2


def test_an_abbreviated_title_joins_the_holder_named_earlier() -> None:
    """'Gov. Pryce' is the governor named before, not a later person of that surname who holds
    another title."""
    brief = brief_of(
        "Governor Marla Pryce signed the budget in Columbus on Friday. "
        "Coach Dennis Pryce praised the money set aside for school sports. "
        "Gov. Pryce said the state would hire more teachers."
    )
    _, marla = _person(brief, "Marla Pryce")
    assert len(marla) == 2
    role, dennis = _person(brief, "Dennis Pryce")
    assert dennis == ["Dennis Pryce"]
    assert role is not None and "coach" in role.lower()


def test_a_title_nobody_holds_goes_to_the_person_last_named() -> None:
    """With no Pryce holding the title, 'Judge Pryce' is the Pryce named last in full."""
    brief = brief_of(
        "Senator Harlan Pryce toured the flooded valley on Monday. "
        "The county court is led by Colin Pryce, who grew up there. "
        "Judge Pryce said the court would reopen next week."
    )
    _, harlan = _person(brief, "Harlan Pryce")
    assert harlan == ["Harlan Pryce"]
    _, colin = _person(brief, "Colin Pryce")
    assert len(colin) == 2


# ------------------------------------------------ missed places


def test_a_party_and_state_abbreviation_names_the_state() -> None:
    """'R-Texas' after a lawmaker's name is the state of Texas."""
    places = places_of("Rep. Dale Morrow (R-Texas) voted against the farm bill on Thursday.")
    texas = next((p for p in places if p.name == "Texas"), None)
    assert texas is not None and texas.country_code == "US"


def test_a_region_of_islands_and_a_mountain_range_are_places() -> None:
    """Regions and features with no country of their own ('West Indies', 'Sierra Nevada') are
    places, with a position."""
    places = places_of(
        "Hurricanes cross the West Indies every autumn. "
        "Heavy snow closed the passes of the Sierra Nevada on Tuesday."
    )
    for name in ("West Indies", "Sierra Nevada"):
        place = place_named(places, name)
        assert place is not None, name
        assert place.latitude is not None and place.longitude is not None, name


# ------------------------------------------------ wrong resolution


def test_washington_state_is_the_state_not_the_capital() -> None:
    """'Washington state' is the state in the north-west, never the capital city."""
    places = places_of("Wildfires burned across Washington state for a week in August.")
    washington = place_named(places, "Washington")
    assert washington is not None
    assert washington.kind == "region" and washington.country_code == "US"
    assert washington.longitude is not None and washington.longitude < -115
