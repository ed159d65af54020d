"""Session 32 (crecall): five shapes the issue and the campaign text name that newsdesk gives
no record: a pledge or plan noun whose to-infinitive the parser hangs on the noun's verb ("repeated
her pledges to protect …"), "is working with X to …", money announced with what it is for
("announced a $200 million package to help …"), "is looking at ways to …" and a headline's
infinitive ("Qantas to cut 1,000 jobs"); beside them, near shapes that must stay no record.
Sentences written for these tests.

The rules for these shapes were built (commit 80df6f1) and not kept: on train+dev of every, lee,
lee2, lee3, fresh and reuters87 they moved no judge (dev) sentence but one false alarm ("look
at"), and on train they added four false alarms for two true records
(docs/history/session32-crecall.md). The shapes are known misses, strict xfail: a rule that
catches one must turn its case into a passing test, and must keep the near shapes below without
a record. Two rules were kept (their tests at the end): a holder's plan after a preposition and
"in an effort to"."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.labels import Strength

C, INT, K = Strength.commitment, Strength.intention, Strength.consideration


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("The minister repeated her pledges to protect the coastal wetlands.", C),
        ("The police are working with the council to find the owners.", INT),
        ("The Prime Minister announced a $200 million package to help farmers.", C),
        ("The council has unveiled a $3 million plan for the park.", C),
        ("The board will look at the option of a sale.", K),
        ("Qantas to cut 1,000 jobs", INT),
        ("Australia to send troops to Afghanistan", INT),
    ],
)
@pytest.mark.xfail(
    strict=True, reason="session 32: no rule for the shape moved the judge; a known miss"
)
def test_a_shape_the_issue_names(text: str, strength: Strength) -> None:
    recs = found(text)
    assert [r.strength for r in recs] == [strength], recs


@pytest.mark.parametrize(
    "text",
    [
        "Police are looking at the footage.",
        "The company announced a $5 million loss for the quarter.",
        "The firm announced $2 billion in sales.",
        "Things to do in Paris this summer",
        "Five ways to save money",
        "How to book a flight",
        "The bank held back loan guarantees to help the exporters.",
    ],
)
def test_a_near_shape_stays_no_record(text: str) -> None:
    assert found(text) == []


# Kept (session 32): a plan noun whose holder is its possessor is the holder's plan wherever the
# noun stands, the object of a preposition included; a pledge noun there is still a promise
# talked about (kept, broken, judged), no record.
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The committee voted in favour of Mayor Jane Holt's plans for a new stadium.",
            ["Jane Holt"],
        ),
        ("Residents marched against Harbour Rail's plan to close the depot.", ["Harbour Rail"]),
        ("The senator spoke in support of her plan to cut the fuel tax.", []),
    ],
)
def test_a_held_plan_after_a_preposition(text: str, actors: list[str]) -> None:
    recs = found(text)
    assert [(r.strength, list(r.actors)) for r in recs] == [(INT, actors)], recs


@pytest.mark.parametrize(
    "text",
    [
        "The union says the firm is not following through on its promise to raise wages.",
        "Critics pointed to its pledge to cut fares, which it broke.",
        "The mayor spoke about a plan to build a bridge.",
        "Investors cheered the news of plans for a merger.",
    ],
)
def test_a_promise_or_an_unheld_plan_after_a_preposition_stays_no_record(text: str) -> None:
    assert found(text) == []


# Kept (session 32): "in an effort to …", the purpose an act is done for, is an intention as "in a
# bid to" is; "effort" elsewhere (an effort praised, efforts told about) is no record.
@pytest.mark.parametrize(
    "text",
    [
        "Harbour Rail sold its freight arm in an effort to reduce its debt.",
        "In an effort to cut costs, Qantas is closing two lounges in Perth.",
    ],
)
def test_in_an_effort_to(text: str) -> None:
    recs = found(text)
    assert INT in [r.strength for r in recs], recs


@pytest.mark.parametrize(
    "text",
    [
        "I appreciate the effort to perfect the language.",
        "Their efforts to save the mill failed.",
        "The effort it took to finish the bridge was enormous.",
    ],
)
def test_an_effort_told_about_stays_no_record(text: str) -> None:
    assert found(text) == []
