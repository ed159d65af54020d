"""Session 19 (docs/history/session19-cdetect.md): a verb of a phase of an act ("start",
"begin", "continue", `aspect_verbs`) is judged by the act it takes, and the *will* rule of
"what the government will pay" reads "what" only, not a relative pronoun. Each test fails on the
code before the change. Sentences written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength


def _strengths(text: str, words: str) -> list[Strength]:
    return [r.strength for r in found(text) if words in r.sentence]


# ------------------------------------------------ a phase of an act is what the act is


def test_starting_an_act_is_an_undertaking() -> None:
    # before: "start" was a verb nobody decides, whatever it started
    text = "Mara Quill said she will start building the new flood shelters in May."
    assert _strengths(text, "shelters") == [Strength.commitment]


def test_beginning_or_continuing_to_receive_is_no_undertaking() -> None:
    # before: "begin" and "continue" passed, though what begins or goes on is received
    for text in (
        "Staff at the Dunmore depot will begin receiving their notices on Monday, the firm said.",
        "The Kelby council will continue to receive state grants until 2027.",
    ):
        assert found(text) == [], text


def test_continuing_an_act_stays_an_undertaking() -> None:
    text = "The Kelby council will continue to repair the old bridge this year."
    assert _strengths(text, "bridge") == [Strength.commitment]


# ------------------------------------------------ "what", not a relative pronoun


def test_a_relative_pronoun_object_keeps_the_record() -> None:
    # before: any wh-word as object ("which") made the clause name an amount
    text = "My rye loaf, which I will share in my next post, needs two days to rise."
    assert _strengths(text, "rye") == [Strength.commitment]


def test_what_a_body_will_pay_names_an_amount() -> None:
    text = "The report lists what the Tarnby council will pay for the new bridge."
    assert found(text) == []
