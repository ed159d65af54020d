"""Round 10c of the commitments (docs/history/commitments.md, "Round 10c (session 11): platform actors"):
the campaign platform records round 10a made fire get the holder of the platform as their actor,
resolved as any subject is (the object of "under", the possessor of the plan, a campaign page's
own "we"), never from a list of parties. Sentences written for these tests; party names
invented where the shape allows it ("the Green Alliance", "the Harbour Party")."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength


def _records(text: str, words: str) -> list[tuple[Strength, list[str]]]:
    return [(r.strength, r.actors) for r in found(text) if words in r.sentence]


def test_under_a_party_the_party_holds_what_a_beneficiary_will_get() -> None:
    # the subject ("every child") receives; the platform under which it does is the holder
    assert _records("Under Labor, every child will get two free days of preschool.", "child") == [
        (Strength.commitment, ["Labor"])
    ]


def test_under_a_party_government_the_name_it_is_given_holds_it() -> None:
    text = "Under a Greens government, every school will receive a new library."
    assert _records(text, "library") == [(Strength.commitment, ["Greens"])]


def test_a_partys_plan_is_the_partys_undertaking() -> None:
    assert _records("The Greens' plan will create 40,000 jobs in the regions.", "jobs") == [
        (Strength.commitment, ["Greens"])
    ]


def test_our_plan_on_a_campaign_page_is_the_party_the_page_reports_speaking() -> None:
    # no body undertook anything before it and none is named in reach: the invented party the
    # page reports speaking ("said") is whose "our" it is
    text = (
        "The Green Alliance said it was ready to govern. "
        "If elected, we will scrap the payroll tax. "
        "Our plan will create 40,000 jobs in the regions."
    )
    assert _records(text, "regions") == [(Strength.commitment, ["Green Alliance"])]


def test_we_would_on_a_campaign_page_is_the_party_in_reach() -> None:
    # "released" undertakes nothing, so no body is remembered; the party in guideline 10's reach
    text = (
        "The Harbour Party released its platform on Monday. "
        "If elected, we would bring back the building watchdog."
    )
    assert _records(text, "watchdog") == [(Strength.commitment, ["Harbour Party"])]


def test_our_plan_with_no_party_named_has_no_actor() -> None:
    # a campaign page ("if elected") that names no body: the record stays, with nobody
    text = "If elected, we will scrap the payroll tax. Our plan will create 40,000 jobs."
    assert _records(text, "40,000") == [(Strength.commitment, [])]


def test_under_something_else_the_subject_keeps_its_own_actor() -> None:
    # "under" a deal is no platform: the subject's own name is the actor, as before
    text = "Castell Bank signed the deal on Monday. Under the deal, Castell Bank will close 12 branches."
    assert _records(text, "branches") == [(Strength.commitment, ["Castell Bank"])]
