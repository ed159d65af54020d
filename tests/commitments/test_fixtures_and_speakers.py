"""Round 2 of the commitment rules (docs/history/commitments.md, "Round 2"): sentences written for these
tests, one group per rule; each group has a case the rule must leave alone."""

from __future__ import annotations

import pytest

import newsdesk
from commitment_helpers import found
from newsdesk.analysis.commitments.names import people_of

# ------------------------------------------------ a commentator's "X will" is a forecast


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts say the Harlow Group will cut its dividend in June.",
        "Several economists said the Bank of Ostria would raise rates next month.",
    ],
)
def test_commentators_forecast(sentence: str) -> None:
    assert found(sentence) == []


def test_the_actor_own_word_still_counts() -> None:
    recs = found("The Harlow Group said it will cut its dividend in June.")
    assert [r.strength for r in recs] == ["commitment"]


# ------------------------------------------------ fixtures are the organiser's schedule


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Kvist and Lena Moor will make their first appearance on Wednesday.",
        "Ivo Sands will defend his title in Rotterdam next week.",
        "Maria Ostrova will compete in the relay on Sunday.",
    ],
)
def test_fixtures_are_not_undertakings(sentence: str) -> None:
    assert found(sentence) == []


def test_a_visit_or_a_meeting_is_still_an_undertaking() -> None:
    recs = found("Foreign Minister Ilse Brand will visit Norway on Monday.")
    assert [r.strength for r in recs] == ["commitment"]


# ------------------------------------------------ actors


def test_a_dateline_is_not_the_subject() -> None:
    recs = found("BERLIN, Germany – The Harlow Group will open a new plant in 2027.")
    assert recs and all("Berlin" not in r.actors for r in recs)
    assert any("Harlow" in a for r in recs for a in r.actors)


def test_he_under_a_speech_verb_is_the_speaker() -> None:
    text = (
        "Tom Reyes lost to Carl Vint in March. "
        "Vint, who beat Reyes in the semifinal, said he would donate the prize to a school."
    )
    recs = found(text)
    assert recs and recs[-1].actors == ["Carl Vint"]


def test_they_said_by_one_person_is_not_that_person() -> None:
    text = "Ostrian chief negotiator Paul Marek said they would take the case to the court."
    recs = found(text)
    assert recs and "Paul Marek" not in recs[0].actors


@pytest.mark.parametrize(
    ("nationality", "people"),
    [("Palestinian", "Palestinians"), ("Israeli", "Israelis"), ("Chinese", "Chinese")],
)
def test_people_of_a_nationality(nationality: str, people: str) -> None:
    assert people_of(nationality) == people


# ------------------------------------------------ a clause held by a noun is not reported speech


def test_would_in_a_clause_of_a_noun_is_not_reported() -> None:
    text = "Upon hearing the news that she would join the board, Ana Berg offered her seat to Tim Holm."
    assert [r for r in found(text) if r.trigger.startswith("would")] == []


def test_would_under_a_speech_verb_still_counts() -> None:
    recs = found("Ana Berg said she would join the board in May.")
    assert [r.strength for r in recs] == ["commitment"]


def test_taking_a_rival_to_court_is_no_fixture() -> None:
    # written for this test: "take"/"challenge" + a named rival is litigation, not a match
    brief = newsdesk.analyze(
        "The attorney general said the state will take Google to court over the data deal.",
        clean=False,
    )
    assert [c.strength for c in brief.commitments] == ["commitment"]
