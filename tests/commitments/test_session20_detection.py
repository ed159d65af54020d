"""Session 20 (docs/history/session20-cdetect.md): the detection changes written from the Lee
dev stories' errors. A claim about a third party's plan is an allegation, not an undertaking; a
name in apposition after a comma makes its noun that person ("The league's top scorer, Tom Reid,
will …"); a noun with an indefinite article and no name in its phrase names nobody in
particular; "it will take several weeks" is an empty "it" however the parser hangs the span; a verb
of refusal holds what it takes, not an adverbial clause on it, and "it" holds a pledge noun as
"its" does. Each test asserts the records made, or that none is, and the record a near sentence
keeps. Sentences written for these tests; names invented."""

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


# ------------------------------------------------ "it will take several weeks"


def test_it_will_take_a_span_of_time_names_nobody() -> None:
    # the parser hangs "several weeks" as a bare noun-phrase adverbial, not an object
    assert found("The council says it will take several weeks before the road is reopened.") == []


def test_it_will_take_an_action_keeps_its_record() -> None:
    recs = found("The council said it will take legal action against the builder.")
    assert [(r.strength, r.trigger) for r in recs] == [(Strength.commitment, "will")]


# ------------------------------------------------ a refusal holds what it takes


def test_a_refusal_does_not_hold_an_adverbial_clause_on_it() -> None:
    text = (
        "Castell Bank opened in 1990. The bank has refused to say how much the new branch "
        "would cost, although it has reaffirmed its commitment to open a second branch in Tarnby."
    )
    assert _records(found(text)) == [
        (Strength.commitment, "reaffirmed … commitment", ["Castell Bank"])
    ]


def test_what_is_refused_stays_no_record() -> None:
    text = "Castell Bank opened in 1990. The bank has refused to say how much it would charge."
    assert found(text) == []


def test_it_holds_a_pledge_noun_as_its_does() -> None:
    text = (
        "Castell Bank opened in 1990. It has reaffirmed its commitment to open a second "
        "branch in Tarnby."
    )
    assert _records(found(text)) == [
        (Strength.commitment, "reaffirmed … commitment", ["Castell Bank"])
    ]


# ------------------------------------------------ an indefinite noun phrase names nobody


@pytest.mark.parametrize(
    "text",
    [
        "When a charity is trying to raise money, the message can easily miss the mark.",
        "The government said another senior minister would act in the role.",
    ],
)
def test_an_indefinite_noun_without_a_name_is_nobody_in_particular(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A consortium led by Castell Bank plans to bid for the port of Tarnby.", "plans to"),
        ("A majority of the members plan to vote against the merger.", "plan to"),
    ],
)
def test_a_name_or_a_share_keeps_an_indefinite_holder(text: str, trigger: str) -> None:
    assert [(r.strength, r.trigger) for r in found(text)] == [(Strength.intention, trigger)]
