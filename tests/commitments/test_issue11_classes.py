"""Commitments on sentences written for these tests, one group per error class of issue 11.

Names are invented; each text gives the actor a mention of its own so that names resolve as
they do in an article.
"""

from __future__ import annotations

import pytest

import newsdesk
from commitment_helpers import found
from newsdesk.analysis.commitments.lexicon import lexicon


def strengths(text: str) -> list[str]:
    return [c.strength for c in found(text)]


# ------------------------------------------------ predictions are not undertakings


@pytest.mark.parametrize(
    "sentence",
    [
        "Economists predict that the bakery chain will close a third of its shops.",
        "The flood will reach the lower town before dawn.",
        "The glue will harden within an hour.",
        "Rents will climb again next spring.",
        "Most retailers will need to hire extra staff for the holidays.",
        "Doctors will likely benefit from faster blood tests.",
        "Fuel prices are expected to fall in March.",
    ],
)
def test_predictions_are_not_undertakings(sentence: str) -> None:
    assert found(sentence) == []


# ------------------------------------------------ refusals and other senses


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor did not commit to any new spending on roads.",
        "The minister refused to pledge more money for the clinics.",
        "Drivers who commit two offences lose their licence.",
        "The striker committed four fouls in the first half.",
        "The two coaches agreed that the pitch was too wet.",
        "The police would not say where the boy was taken, the charity said.",
    ],
)
def test_refusals_and_other_senses_are_not_records(sentence: str) -> None:
    assert found(sentence) == []


def test_an_undertaking_to_refrain_is_a_negated_commitment() -> None:
    (c,) = found("Portugal will not send ships to the strait, the foreign minister said.")
    assert (c.strength, c.negated, c.actors) == ("commitment", True, ["Portugal"])


# ------------------------------------------------ questions, whether-clauses, wishes


@pytest.mark.parametrize(
    "sentence",
    [
        "Whether the senator will back the bill is still unclear.",
        "Will the council approve the new budget before the summer?",
        "The farmers would like the government to agree to higher prices for milk.",
        "If the board agrees to the merger, shares will rise.",
    ],
)
def test_questions_whether_clauses_and_wishes(sentence: str) -> None:
    assert found(sentence) == []


# ------------------------------------------------ non-agentive uses of the trigger words


@pytest.mark.parametrize(
    "sentence",
    [
        "The new season promises to be the best in years.",
        "The report aims to explain why the bridge failed.",
        "You will want to book the ferry early in August.",
    ],
)
def test_non_agentive_and_second_person_uses(sentence: str) -> None:
    assert found(sentence) == []


# ------------------------------------------------ shapes 0.1.0 missed


def test_agreed_a_deal() -> None:
    (c,) = found("On Tuesday, Nordwind Energy has agreed a deal to buy two wind farms.")
    assert c.strength == "commitment" and c.actors == ["Nordwind Energy"]


def test_said_it_will_with_a_pronoun_actor() -> None:
    (c,) = found("The Kelso Water utility said it will test every well in the valley.")
    assert c.strength == "commitment"
    assert c.actors == ["Kelso Water"]
    assert c.action == "test every well in the valley"


def test_announced_that_it_would_not() -> None:
    text = "Brightline Bank posted its results on Monday. Brightline announced that it would not raise its fees."
    (c,) = found(text)
    assert (c.strength, c.negated) == ("commitment", True)
    assert c.actors == ["Brightline"] or c.actors == ["Brightline Bank"]


@pytest.mark.parametrize(
    ("sentence", "strength", "trigger"),
    [
        ("The Arden council renewed its pledge to protect the old forest.", "commitment", "pledge"),
        ("The Arden council made an offer to provide free school meals.", "commitment", "offer"),
        ("The mayor of Arden unveiled a plan to plant a thousand trees.", "intention", "plan"),
        ("The Arden council is set to close the old bridge in June.", "intention", "set"),
        ("The Arden council is going to rebuild the harbour wall.", "intention", "going"),
        ("The Arden council is seeking to sell the old town hall.", "intention", "seeking"),
    ],
)
def test_nominal_triggers_and_intention_markers(sentence: str, strength: str, trigger: str) -> None:
    (c,) = found(sentence)
    assert c.strength == strength
    assert trigger in c.trigger


def test_passive_with_an_agent_names_the_agent() -> None:
    text = "Free buses to the stadium will be provided by the Arden City Council."
    (c,) = found(text)
    assert c.strength == "commitment"
    assert any("Arden" in a for a in c.actors)


def test_each_item_under_a_lead_in_is_an_undertaking() -> None:
    text = (
        "The Harbour Council will:\n\n- cut parking fees for residents\n\n"
        "- build two new schools\n\n- hire more nurses.\n\nThe plan was welcomed."
    )
    brief = newsdesk.analyze(text, clean=False)
    items = [c for c in brief.commitments if c.action]
    assert [c.action for c in items] == [
        "cut parking fees for residents",
        "build two new schools",
        "hire more nurses",
    ]
    for c in items:
        assert c.actors == ["Harbour Council"] and c.strength == "commitment"
        assert brief.article.text[c.action_start : c.action_end] == c.action


def test_the_goals_set_at_a_meeting_are_commitments_of_who_met() -> None:
    text = (
        "Chile and Peru held a meeting in May in which a plan to clean the river has been "
        "established as a goal."
    )
    goals = [c for c in found(text) if "goal" in c.trigger]
    assert goals and goals[0].strength == "commitment"


# ------------------------------------------------ actors


def test_the_reporting_source_is_not_the_actor() -> None:
    (c,) = found(
        "Meridian Foods will repay the farmers by June, the district attorney's office said."
    )
    assert c.actors == ["Meridian Foods"]
    assert c.attribution is not None and "attorney" in c.attribution.text


def test_we_in_a_quote_is_the_speaker() -> None:
    text = '"We will reopen the plant in Lowell next year," said Dana Whitcombe, its manager.'
    (c,) = found(text)
    assert c.actors == ["Dana Whitcombe"]


def test_a_heading_or_a_common_noun_is_no_actor() -> None:
    text = "Jam\n\nThe committee will publish its report in the spring."
    for c in found(text):
        assert "Jam" not in c.actors
        assert "committee" not in [a.lower() for a in c.actors]


# ------------------------------------------------ offsets


def test_offsets_index_the_analyzed_text() -> None:
    text = (
        "Lisbon, 3 May. Portugal pledged on Monday to reopen the northern border crossing. "
        "The ministers plan to meet again in July, the statement said."
    )
    brief = newsdesk.analyze(text, clean=False)
    assert len(brief.commitments) == 2
    body = brief.article.text
    for c in brief.commitments:
        assert body[c.trigger_start : c.trigger_end].split()[0] == c.trigger.split()[0]
        assert body[c.action_start : c.action_end] == c.action
        assert c.start <= c.trigger_start < c.trigger_end <= c.end


def test_word_lists_are_read_once() -> None:
    assert lexicon() is lexicon()
    assert "pledge" in lexicon().commit_verbs
