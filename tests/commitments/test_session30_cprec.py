"""Session 30 (docs/history/session30-cprec.md): a *will* or *would* whose predicate is an idiom
of fate ("will pay the price", "would go the way of the dodo", "will meet its end", "would
suffer the same fate") tells what befalls the subject, not what it undertakes
(`classify._fate`, `fate_phrases`, matched on the parse's lemmas: the verb and its object
noun). A price with an amount is a real payment ("will pay a price of $5") and "go its own way"
a choice: both keep their record. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.labels import Strength


@pytest.mark.parametrize(
    ("text", "trigger", "verb"),
    [
        ("The mayor said the council will pay the price for ignoring the floods.", "will", "pay"),
        ("Gwen Harte warned that her party would pay a heavy price at the polls.", "would", "pay"),
        (
            "Ravi Menon said the airline will go the way of Pan Am unless it cuts costs.",
            "will",
            "go",
        ),
        ("The rebel commander said he would meet his fate with courage.", "would", "meet"),
        (
            "Chairman Ole Brandt said the firm will meet its end if the deal collapses.",
            "will",
            "meet",
        ),
        # ("suffer the same fate" is in the list, but "suffer" is rejected before, by
        # `nonvolitional_verbs`)
        (
            "Senator Mary Collins said the Greens will share the same fate as the Democrats.",
            "will",
            "share",
        ),
        ("Nadia Vos said the union would share the fate of the miners.", "would", "share"),
        ("Councillor Dee Amos said the party will meet its demise in May.", "will", "meet"),
    ],
)
def test_a_fate_idiom_is_no_undertaking(
    text: str, trigger: str, verb: str, reasons: list[tuple[str, str]]
) -> None:
    assert [r.trigger for r in found(text)] == []
    assert (trigger, f"'{verb}' tells how something turns out: a prediction") in reasons


def test_a_fate_idiom_after_is_going_to_is_no_intention() -> None:
    assert found("Maria Lund said the club is going to pay the price for the scandal.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a price with an amount: a real payment
        "The council will pay a price of $5 per tonne for the gravel.",
        "The retailer said it will pay the price of 40 cents a share.",
        # "go its own way": a choice
        "The two firms said they will go their own way after the merger.",
        "The band will go its own way next year.",
        # the verb without the idiom's noun: an act
        "The council will pay the bill for the new library.",
        "Ravi Menon said the airline will meet its creditors on Friday.",
    ],
)
def test_a_payment_or_a_choice_keeps_its_record(text: str) -> None:
    assert [(r.strength, r.trigger) for r in found(text)] == [(Strength.commitment, "will")]
