"""Session 31 (issue 11, actors): sentences written for these tests, none from a bench page.

- The text's own "we" whose body the voice named in the sentence before (guideline 10's reach):
  "At Brindle & Oake, we know …" + "Our team of tax advisers is committed to …" is Brindle &
  Oake's undertaking; "I am the founder of Norrfrost Energy, …" + "Our goal is to …" Norrfrost
  Energy's. Before, the "we" of the second sentence had no actor (no page voice found)."""

from __future__ import annotations

import pytest

from commitment_helpers import FILLER, actors_of


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "At Brindle & Oake, we know how stressful an audit can be. Our team of tax advisers is "
            "committed to defending small firms in every dispute with the tax office.",
            "is committed",
            ["Brindle & Oake"],
        ),
        (
            "I am the founder of Norrfrost Energy, and we are building a battery for cold climates. "
            "Our goal is to ship the first cells to farmers in Norway.",
            "goal",
            ["Norrfrost Energy"],
        ),
        (
            "Here at Corvane Dental, we treat every patient like family. We will call you back "
            "within one working day.",
            "will",
            ["Corvane Dental"],
        ),
    ],
)
def test_the_voice_names_its_body_in_the_sentence_before(
    text: str, trigger: str, actors: list[str]
) -> None:
    assert actors_of(text, trigger) == actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # out of guideline 10's reach: the writer is unnamed (rule 12)
        (
            "At Brindle & Oake, we know how stressful an audit can be. "
            + FILLER
            + "Our team of tax advisers is committed to defending small firms in every dispute.",
            "is committed",
        ),
        # a body the writer is at, not whose voice it is: a customer, a fan
        (
            "I am a big fan of Norrfrost Energy and their cold-climate battery. "
            "We will test it on our farm this winter.",
            "will",
        ),
        # the "at" is a third party's clause, not the first person's
        (
            "At Corvane Dental, the nurses work long shifts. We will call you back tomorrow.",
            "will",
        ),
    ],
)
def test_no_body_of_the_voice_outside_reach_or_not_its_own(text: str, trigger: str) -> None:
    assert actors_of(text, trigger) == []
