"""Session 17, round 2 (docs/history/session17-cprec.md): a promise, plan or announcement told
in the simple past whose sentence goes on, in the past, to what came of it is history, a
promise kept or broken (guideline 7), not an undertaking. A bare report of the same promise,
or a sequel that is itself a report, keeps the record. Sentences written for these tests;
names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength


def _strengths(text: str, word: str) -> list[Strength]:
    return [r.strength for r in found(text) if word in r.sentence]


def test_an_announcement_followed_by_what_happened_is_history() -> None:
    text = (
        "The ferry operator announced that it would charge a fee of $40 for each car, "
        "and fares rose by half within a week."
    )
    assert _strengths(text, "charge") == []


def test_a_plan_the_same_sentence_says_failed_is_history() -> None:
    text = "Tomas Berg made plans to meet his brother at the station, but missed the train."
    assert _strengths(text, "meet") == []


def test_a_promise_in_a_relative_clause_on_a_loser_is_history() -> None:
    text = "The mayor, who promised lower rents, lost the election in 2019."
    assert _strengths(text, "rents") == []


def test_a_bare_report_of_the_same_announcement_stays_an_undertaking() -> None:
    text = "The ferry operator announced that it would charge a fee of $40 for each car."
    assert _strengths(text, "charge") == [Strength.commitment]


def test_a_sequel_that_is_another_report_keeps_the_record() -> None:
    text = (
        "The ferry operator announced that it would charge a fee of $40 for each car, "
        "and its chief executive said the money would pay for new boats."
    )
    assert Strength.commitment in _strengths(text, "charge")


def test_a_present_sequel_keeps_the_record() -> None:
    text = (
        "The ferry operator announced that it would charge a fee of $40 for each car, "
        "and drivers are angry."
    )
    assert _strengths(text, "charge") == [Strength.commitment]


def test_what_other_agents_did_about_it_keeps_the_record() -> None:
    text = "The council agreed to close the old library, and residents protested outside."
    assert _strengths(text, "library") == [Strength.commitment]


def test_the_speakers_next_act_after_a_report_keeps_the_record() -> None:
    text = "The harbour board said on Friday it would dredge the channel and thanked the pilots."
    assert _strengths(text, "dredge") == [Strength.commitment]
    text = "The port authority said it would build a new quay and pledged to hire 40 dockers."
    assert Strength.commitment in _strengths(text, "quay")
