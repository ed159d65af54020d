"""Session 16 (docs/history/session16-crecall.md): undertakings the rules missed, by shape, each
decided from the parse: a subject that expects its own act ("we expect to …"), a share of a group
as the subject ("46% of members plan to …"), a common noun named in apposition ("the port city
Calverton is …"), and the lines under a speech lead-in ("The minister also said:" + one point a
line) read as reported speech. Each class has a non-record beside it. Sentences written for these
tests; names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength


def _strengths(text: str, word: str) -> list[Strength]:
    return [r.strength for r in found(text) if word in r.sentence]


# ------------------------------------------------ the subject expects its own act


def test_expecting_ones_own_act_is_an_intention() -> None:
    for text, word in (
        ("Marlow Freight expects to open a depot in Derby next spring.", "depot"),
        ("Dana Whitcombe said that she expects to sell the vineyard within a year.", "vineyard"),
    ):
        assert _strengths(text, word) == [Strength.intention], text


def test_expectations_of_others_or_past_or_advice_are_no_plan() -> None:
    for text in (
        "Marlow Freight is expected to open a depot in Derby next spring.",
        "Marlow Freight expected to open a depot in Derby, but the plan fell through.",
        "Buyers can expect to pay more for a depot in Derby.",
        "The depot that Marlow Freight expects to open is in Derby.",
    ):
        assert [r for r in found(text) if "expect" in r.trigger] == [], text


# ------------------------------------------------ a share of a group


def test_a_share_of_a_named_group_plans_as_the_group() -> None:
    text = "A survey by Tarrow Bank found that 40% of Canadians plan to buy a car this year."
    assert _strengths(text, "car") == [Strength.intention]


def test_a_share_of_things_plans_nothing() -> None:
    text = "A survey by Tarrow Bank found that 40% of engines plan to fail by winter."
    assert _strengths(text, "engines") == []


# ------------------------------------------------ a common noun named in apposition


def test_a_noun_named_right_after_it_is_an_agent() -> None:
    text = "The Danish capital Copenhagen is building new sea walls in a bid to stop the floods."
    assert _strengths(text, "sea walls") == [Strength.intention]


def test_a_thing_with_no_name_stays_no_agent() -> None:
    text = "The Danish coast is losing its dunes in a bid to stop the floods."
    assert _strengths(text, "dunes") == []


# ------------------------------------------------ lines under a speech lead-in


def test_would_under_a_speech_lead_in_is_reported() -> None:
    text = (
        "In a long interview, the minister Ellen Brask also said:\n"
        "The budget must be balanced by 2028.\n"
        "She would cut the fuel duty in the autumn.\n"
        "Farmers deserve better prices.\n"
        "\n"
        "The interview ran for an hour."
    )
    assert _strengths(text, "fuel duty") == [Strength.commitment]


def test_would_under_a_lead_in_that_reports_nothing_stays_a_hypothetical() -> None:
    text = (
        "In a long interview, the minister Ellen Brask listed her worries:\n"
        "The budget might slip.\n"
        "She would cut the fuel duty in the autumn.\n"
        "Farmers deserve better prices.\n"
    )
    assert _strengths(text, "fuel duty") == []
