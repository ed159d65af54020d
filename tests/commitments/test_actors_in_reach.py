"""Round 10b of the commitment actors (docs/history/commitments.md, "Round 10b (session 11): actors"): an
antecedent that agrees with any organisation or any person ("it", "the company", "he" with no
subject in reach, "his") is named in guideline 10's reach (the word's sentence and the one
before), else nobody. Each class with both sides of the reach. Sentences written for these
tests; names invented."""

from __future__ import annotations

from benches import load_bench
from commitment_helpers import FILLER, actors_of

# -- "the company", "it": an organisation named in reach, else nobody --------------------------


def test_the_bank_is_the_organisation_named_in_reach() -> None:
    text = "Castell Bank opened its books on Monday. The bank will close three branches."
    assert actors_of(text, "will") == ["Castell Bank"]


def test_the_bank_named_out_of_reach_is_nobody() -> None:
    text = (
        "Castell Bank opened its books on Monday. Profits rose. The bank will close three branches."
    )
    assert actors_of(text, "will") == []


def test_the_company_saying_it_will_is_the_organisation_in_reach() -> None:
    text = "Castell Bank opened its books on Monday. The company said it will close three branches."
    assert actors_of(text, "will") == ["Castell Bank"]


def test_the_company_saying_it_will_out_of_reach_is_nobody() -> None:
    text = (
        "Castell Bank opened its books on Monday. Profits rose. "
        "The company said it will close three branches."
    )
    assert actors_of(text, "will") == []


# -- "he", "his": a person named in reach, else nobody ---------------------------------------


def test_he_is_the_person_named_in_reach_even_as_an_object() -> None:
    text = "The council met Tom Astley on Monday. He will present the plan on Friday."
    assert actors_of(text, "will") == ["Tom Astley"]


def test_he_named_out_of_reach_is_nobody() -> None:
    text = "The council met Tom Astley on Monday. " + FILLER + "He will present the plan on Friday."
    assert actors_of(text, "will") == []


# -- the bench: how many actor errors name nobody, how many name someone wrong ---------------


def test_the_bench_counts_null_and_named_wrong_errors_apart() -> None:
    bench = load_bench("commitments")
    line = bench.errors_line({"missing": 2, "pronoun unresolved": 1, "wrong name": 1})
    assert line == "missing 2, pronoun unresolved 1, wrong name 1 (null 3, named wrong 1)"
