"""Session 20 (docs/history/session20-cdetect.md): the detection changes written from the Lee
dev stories' errors and kept after review. A claim about a third party's plan is an allegation,
not an undertaking; a name in apposition after a comma makes its noun that person ("The league's
top scorer, Tom Reid, will …"). The review's sentences, which three rules of the branch silenced
or let through and which were therefore left out, keep their behaviour (the last section). Each
test asserts the records made, or that none is, and the record a near sentence keeps. Sentences
written for these tests; names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.labels import Strength
from newsdesk.model import Commitment


def _records(records: list[Commitment]) -> list[tuple[Strength, str, list[str]]]:
    return [(r.strength, r.trigger, r.actors) for r in records]


# ------------------------------------------------ a claim about a third party's plan


@pytest.mark.parametrize(
    "text",
    [
        "Police say Hendry had claimed the Kessler group was planning attacks on three banks.",
        "Police say Hendry had claimed that the Kessler group plans to attack three banks.",
        "He claimed they had been planning to rob the depot in Tarnby.",
    ],
)
def test_a_claim_about_another_partys_plan_is_an_allegation(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "The Kessler group said it was planning attacks on three banks.",
            (Strength.intention, "was planning", ["Kessler"]),
        ),
        (
            "Acme Corp claimed it will open three stores next year.",
            (Strength.commitment, "will", ["Acme Corp"]),
        ),
        ("Hendry claimed he would resign in June.", (Strength.commitment, "would", ["Hendry"])),
    ],
)
def test_the_claimant_about_itself_and_a_plain_report_keep_their_record(
    text: str, record: tuple[Strength, str, list[str]]
) -> None:
    assert _records(found(text)) == [record]


# ------------------------------------------------ a name in apposition after a comma


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The league's top scorer, Tom Reid, will join the players' union next season.",
            "Tom Reid",
        ),
        (
            "The club's longest-serving goalkeeper, Mara Lind, will stand for the board next month.",
            "Mara Lind",
        ),
    ],
)
def test_a_noun_named_in_apposition_after_a_comma_is_that_person(text: str, actor: str) -> None:
    assert _records(found(text)) == [(Strength.commitment, "will", [actor])]


def test_a_thing_named_in_apposition_after_a_comma_stays_a_thing() -> None:
    assert found("The storm, Nadia, will reach the coast on Friday.") == []


# ------------------------------------------------ the review's sentences (session 20)


@pytest.mark.parametrize(
    "text",
    [
        "The council said it will take legal action next month.",
        "A coalition of 40 unions will strike on Monday.",
        'He claimed: "I will repay every cent by June."',
        "Labor claimed a Labor government would scrap the tax.",
        "The Prime Minister claimed the government will build 40 new hospitals by 2030.",
    ],
)
def test_undertakings_the_review_found_silenced_keep_their_record(text: str) -> None:
    assert [r.strength for r in found(text)] == [Strength.commitment]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect prices to fall, because the Reserve Bank will cut rates in May.",
        "Toyota unveiled the new Prius on Monday. It carries a pledge to cut emissions by half.",
    ],
)
def test_a_forecast_and_a_things_pledge_stay_no_record(text: str) -> None:
    assert found(text) == []
