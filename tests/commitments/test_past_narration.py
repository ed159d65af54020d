"""Session 24 (cpast): a *would* inside a direct quotation is the speaker's own tense (no
backshift happens there), a habit, a hypothetical or a courtesy, not a reported "will": no record
(guideline 7). Reports (tense shifted back, a report inside the quotation, a partial quotation
after a speech verb), today's plain past, a quoted *will*, narrated past plans the session did
not ship a rule for, and plans with a time ahead keep their records. Sentences written for
these tests (none from the gate's pages)."""

from __future__ import annotations

import pytest

from commitment_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "“Every summer I would cycle to the coast,” he writes in his memoir.",
        "“We would ask the council to look again at the parking rules,” a spokeswoman said.",
        "A spokesman for the club said: “We would encourage fans to arrive early.”",
    ],
)
def test_a_quoted_would_is_no_record(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The firm said it would open 20 stores next year.", "would"),
        ("She said she was going to appeal.", "was going to"),
        ("The three countries agreed to strengthen cooperation.", "agreed to"),
        ("“We will appeal,” she said.", "will"),
        ("The company said it had agreed to sell the plant.", "agreed to"),
        ("The mayor said the city “would build 500 homes by 2030.”", "would"),
        ("The council will close the library in May.", "will"),
        ("Acme said it was going to close the plant in 2031.", "was going to"),
        ("The council had agreed to reopen the pool next year.", "agreed to"),
        ("“We told the union we would keep the depot open,” the manager said.", "would"),
        ("According to two officials, the ministry was going to raise the tax.", "was going to"),
        ("The ministry, sources said, was going to raise the tax.", "was going to"),
        ("Acme said on Monday it was going to close the plant.", "was going to"),
    ],
)
def test_reports_todays_past_and_quoted_will_keep_their_record(text: str, trigger: str) -> None:
    assert [r.trigger for r in found(text)] == [trigger]
