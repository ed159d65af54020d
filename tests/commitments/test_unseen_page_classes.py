"""Session 15 (docs/history/session15-cprec.md): false-alarm classes read on unseen web pages
(guides, essays, service pages), each decided from the parse: a kind of people a relative clause
describes, the goal of a kind of people, an object offered with a purpose, a wh-clause after an
intention. Each class has a record that must stay beside it. Session 19 cut the rule of the
object offered (it moved no verdict of train+dev under grouped CV by site) and its test; the
record that must stay is kept. Sentences written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength


def _strengths(text: str, word: str) -> list[Strength]:
    return [r.strength for r in found(text) if word in r.sentence]


# ------------------------------------------------ a kind of people in a relative clause


def test_a_kind_of_people_a_relative_clause_describes_plans_nothing() -> None:
    for text in (
        "A flexible rota suits nurses who would like to study in the evenings.",
        "Good pay builds a workplace where cooks want to stay for years.",
    ):
        assert found(text) == [], text


def test_a_named_body_in_a_relative_clause_keeps_its_intention() -> None:
    text = "Tessaly Foods, which plans to open a bakery in Leeds next year, hired 40 staff."
    assert _strengths(text, "bakery") == [Strength.intention]


# ------------------------------------------------ the goal of a kind of people


def test_the_goal_of_a_kind_of_people_is_a_generic_purpose() -> None:
    text = (
        "Harbourline Foods sells frozen fish in Hull. "
        "The goal of kitchen planners is to shorten the walk between stove and sink."
    )
    assert _strengths(text, "planners") == []


def test_the_goal_of_a_named_body_stays_its_intention() -> None:
    text = "The goal of Harbourline Foods is to open two plants in Hull next year."
    assert _strengths(text, "plants") == [Strength.intention]


# ------------------------------------------------ an object offered, the infinitive its purpose


def test_an_offer_to_act_stays_a_commitment() -> None:
    text = "The Brantley council offered to repair the roof of the school before winter."
    assert _strengths(text, "roof") == [Strength.commitment]


# ------------------------------------------------ a wh-clause after an intention


def test_what_someone_is_going_to_build_names_a_thing() -> None:
    text = "I have a sketch of what we are going to build in the shed."
    assert _strengths(text, "shed") == []
