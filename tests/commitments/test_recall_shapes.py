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


def test_expecting_what_befalls_oneself_is_a_forecast() -> None:
    # fix round: each of these was an intention; the same subject and tense as the records
    # above, only the infinitive differs (a passive, an outcome verb, a result reported)
    for text in (
        "Marlow Freight expects to lose about $40 million this year because of the strike.",
        "The governor of Wessex expects to be sued over the ban.",
        "Dana Whitcombe expects to remain in hospital until Friday.",
        "Marlow Freight expects to report a loss for the quarter.",
        "The mayor of Derby expects to face a recall vote.",
    ):
        assert [r for r in found(text) if "expect" in r.trigger] == [], text


def test_an_outcome_verb_with_an_object_is_the_subjects_act() -> None:
    # fix round 2: "to grow its fleet" is what the firm will do, "to grow" what befalls it
    text = "Marlow Freight expects to grow its fleet to 400 trucks by 2027."
    assert _strengths(text, "fleet") == [Strength.intention]
    assert [
        r for r in found("Marlow Freight expects to grow next year.") if "expect" in r.trigger
    ] == []


# ------------------------------------------------ a share of a group


def test_a_share_of_a_named_group_plans_as_the_group() -> None:
    text = "A survey by Tarrow Bank found that 40% of Canadians plan to buy a car this year."
    assert _strengths(text, "car") == [Strength.intention]


def test_a_share_plans_only_as_far_as_its_group_can() -> None:
    # the same sentence with the group a thing: the share's agency is the group's, so the
    # first half fails without `share_of` and the second if a share were agentive on its own
    frame = "A survey by Tarrow Bank found that 40% of {} plan to buy a car this year."
    assert _strengths(frame.format("Canadians"), "car") == [Strength.intention]
    assert _strengths(frame.format("garages"), "car") == []


def test_a_share_with_will_is_a_projection() -> None:
    # fix round: a share of a group is an agent only for a plan verb; with 'will' it states a
    # projected statistic (both sentences were commitments with a share always agentive)
    for text in (
        "About 40% of Canadians will pay more in taxes next year under the plan.",
        "Roughly 60% of Liberals will vote by mail.",
    ):
        assert found(text) == [], text


# ------------------------------------------------ a common noun named in apposition


def test_a_noun_named_right_after_it_is_an_agent() -> None:
    text = "The Danish capital Copenhagen is building new sea walls in a bid to stop the floods."
    assert _strengths(text, "sea walls") == [Strength.intention]


def test_any_noun_with_a_person_or_firm_named_after_it_is_an_agent() -> None:
    # fix round 2: "singer" and "chipmaker" are in no noun list; the name after them decides
    for text, word in (
        ("The singer Mara Lindqvist will tour Wessex next year.", "tour"),
        ("The chipmaker Tarrow Semiconductor will build a plant in Derby.", "plant"),
    ):
        assert _strengths(text, word) == [Strength.commitment], text


def test_a_thing_named_in_apposition_stays_no_agent() -> None:
    # fix round: the name in apposition made this a commitment of "The storm Nadia" (the model
    # tags Nadia a place, Covid a person): a thing noun is no body, whatever its name
    for text in (
        "The storm Nadia will reach the coast of Wessex on Friday.",
        "The virus Covid will return next winter.",
    ):
        assert found(text) == [], text


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


def test_narrative_after_a_quoted_speech_is_not_the_speech() -> None:
    # fix round: single newlines, the lead-in's speech quoted on one line, then the article
    # goes on; the 'would' two lines down was read as reported speech
    text = (
        "Coach Petra Voss said:\n"
        '"We play to win."\n'
        "Voss has coached the club since 2015.\n"
        "Two years later, she would lead the team to its first title.\n"
    )
    assert _strengths(text, "title") == []


def test_a_past_tense_line_ends_the_run_of_speech_items() -> None:
    # no quote marks at all: the narrative line in the past tense ends the speech's items
    text = (
        "In a long interview, the minister Ellen Brask also said:\n"
        "The budget must be balanced by 2028.\n"
        "Brask entered parliament in 2009.\n"
        "She would cut the fuel duty in the autumn.\n"
    )
    assert _strengths(text, "fuel duty") == []
