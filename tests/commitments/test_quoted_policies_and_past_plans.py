"""Session 12 review fixes of the commitments (docs/history/commitments.md, "Session 12: review fixes").
Sentences written for these tests; names invented."""

from __future__ import annotations

import newsdesk
from commitment_helpers import found
from newsdesk.labels import Strength

# ------------------------------------------------ a quoted pledge with "would" (review 12c, 2)


def test_a_quoted_policy_would_of_a_leader_keeps_its_record() -> None:
    # guideline 5 counts "would" in a plan; the implied "if we win" removes no record
    # (guideline 9); an undertaking to refrain is a negated record (guideline 8)
    for text, words, negated in (
        ('"We would bring back the dental scheme," Labor leader Mara Quill said.', "dental", False),
        (
            '"We would cut the tax on fuel from July," opposition leader Ivo Brandt said.',
            "fuel",
            False,
        ),
        ('"Our government would scrap the tax," Brandt said.', "scrap", False),
        ('"We would never sell the club," the owner said.', "club", True),
    ):
        recs = [r for r in found(text) if words in r.sentence]
        assert [r.strength for r in recs] == [Strength.commitment], text
        assert [r.negated for r in recs] == [negated], text


# ------------------------------------------------ a common-noun speaker's "we" (review 12c, 3)


def actors_where(text: str, words: str) -> list[list[str]]:
    return [r.actors for r in found(text) if words in r.sentence]


def test_a_neighbours_quoted_we_is_given_to_no_organisation_in_reach() -> None:
    for text, words in (
        (
            "Northwind Energy announced the closure of the plant on Monday.\n\n"
            '"We will fight this in court," a neighbour said.',
            "court",
        ),
        (
            "Northwind Energy posted its results on Tuesday.\n\n"
            '"We will never sell the club," the owner said.',
            "club",
        ),
    ):
        assert actors_where(text, words) == [[]], text


def test_a_statements_quoted_we_is_still_the_organisation_in_reach() -> None:
    text = (
        "Castell Bank issued a statement on Monday.\n\n"
        '"We will repay every customer by June," the statement said.'
    )
    assert actors_where(text, "repay") == [["Castell Bank"]]


# ------------------------------------------------ a plan told in the past that still holds (7)


def test_a_plan_told_in_the_past_with_a_time_ahead_or_still_keeps_its_record() -> None:
    for text, words in (
        (
            '"I was planning to announce the new hospital next week," Premier Ivo Brandt said.',
            "hospital",
        ),
        (
            'The company said: "We were planning to open the mine next year, and we still are."',
            "mine",
        ),
        ('"We were planning to open the depot, and we still are," Lena Ortiz said.', "depot"),
    ):
        recs = [r for r in found(text) if words in r.sentence]
        assert [r.strength for r in recs] == [Strength.intention], text


def test_a_plan_told_in_the_past_with_no_time_ahead_is_still_no_undertaking() -> None:
    text = '"We were actually looking to do this a little later," Dana Pruitt said.'
    assert [r for r in found(text) if "later" in r.sentence] == []


def test_a_plan_told_in_the_past_for_a_date_after_the_article_keeps_its_record() -> None:
    text = '"We were planning to open the depot in March 2027," Lena Ortiz said.'
    ahead = newsdesk.analyze(text, clean=False, published="2026-11-29").commitments
    behind = newsdesk.analyze(text, clean=False, published="2027-06-01").commitments
    assert [r.strength for r in ahead if "depot" in r.sentence] == [Strength.intention]
    assert [r for r in behind if "depot" in r.sentence] == []
