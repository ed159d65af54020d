"""Session 26 (crecall): undertakings straight news states without a promise word. A body's
decision or vote to act ("decided to", "voted to"), agreement on an action ("agreed on new
sanctions"), a negated intention in the present ("does not intend to"), an option kept open
("did not rule out calling …"), a proposal told with a gerund ("has proposed building …") and
an "it" that takes up the subject of a condition before it ("if the airline sees …, it will
…"); beside each, the near shapes that must stay no record. Sentences written for these tests.

The rules for these shapes were built (commit a6bbcca) and not kept: on train+dev of every
sample and lee, grouped by site, none won out of fold (docs/history/session26-crecall.md). The
shapes are known misses, strict xfail: a rule that catches one must turn its case into a
passing test, and must keep the near shapes below without a record."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.labels import Strength

C, INT, K = Strength.commitment, Strength.intention, Strength.consideration


@pytest.mark.parametrize(
    ("text", "strength", "negated"),
    [
        ("The city council decided on Tuesday to close the old library in March.", C, False),
        ("The Senate voted to extend the program for two years.", C, False),
        ("The board of Harbour Rail decided to sell its freight arm next year.", C, False),
        ("European finance ministers agreed on new sanctions against the regime.", C, False),
        ("The two governments agreed on a ceasefire last night.", C, False),
        ("The cabinet agreed on a package of spending cuts.", C, False),
        ("Qantas does not intend to raise fares this year, its chief executive said.", INT, True),
        ("The ministry said it doesn't plan to close any hospitals.", INT, True),
        ('"We are not planning to sell the club," the owner said.', INT, True),
        ("Prime Minister Jane Holt did not rule out calling an early election.", K, False),
        ("The Reserve Bank has not ruled out raising interest rates again.", K, False),
        ("The mayor has proposed building a new bridge over the river.", INT, False),
        ("If the airline sees demand grow, it will add flights to Perth.", C, False),
    ],
)
@pytest.mark.xfail(
    strict=True, reason="session 26: no rule for the shape won under grouped CV; a known miss"
)
def test_an_undertaking_without_a_promise_word(
    text: str, strength: Strength, negated: bool
) -> None:
    recs = found(text)
    assert [(r.strength, r.negated) for r in recs] == [(strength, negated)], recs


@pytest.mark.parametrize(
    "text",
    [
        "The court decided the case on Monday.",
        "He decided he liked the city.",
        "The jury decided that he was guilty.",
        "They agreed on the facts.",
        "The two leaders agreed on the need for reform.",
        "Researchers agreed on a definition of the term.",
        "Analysts did not rule out a rate cut.",
        "Doctors could not rule out an infection.",
        "Police have not ruled out foul play.",
        "The company did not plan to close the plant, documents showed.",
        "She did not intend to offend anyone.",
        "If the weather turns, it will rain all week.",
        "If the plan fails, it will cost the city millions.",
        "If the banks raise rates, it will hurt buyers.",
        "Last year the council voted to close the pool, and it closed in May.",
        "In 1998 she decided to move to Paris, where she opened a bakery.",
        "Voters decided the election in the outer suburbs.",
    ],
)
def test_a_near_shape_stays_no_record(text: str) -> None:
    assert found(text) == [], [(r.trigger, r.actors) for r in found(text)]
