"""Round 10b of the commitment actors (docs/commitments.md, "Round 10b (session 11): actors"): a
body several parties form ("the consortium", "the committee") is its parties or an organisation
named so, never merely the organisation named last; "the city" named nowhere near is nobody, not
the city the article names most. Each class with both sides. Sentences written for these tests;
names invented."""

from __future__ import annotations

from commitment_helpers import found

# Three sentences that name nobody: repeated, they put a name out of ANTECEDENT_WINDOW.
FILLER = "The weather was mild. Trains ran on time. Nobody was hurt. "


def actors_of(text: str, trigger: str) -> list[str]:
    """The actors of the one record of `text` whose trigger starts with `trigger`."""
    recs = [r for r in found(text) if r.trigger.startswith(trigger)]
    assert len(recs) == 1, [(r.trigger, r.actors) for r in found(text)]
    return recs[0].actors


# -- "the city": the place of that kind named within the window, else nobody -----------------


def test_the_city_named_before_is_that_city() -> None:
    text = "Officials in Leeds approved the budget on Monday. The city will close the old library."
    assert actors_of(text, "will") == ["Leeds"]


def test_the_city_named_often_but_long_before_is_nobody() -> None:
    text = (
        "Leeds is a large city. Leeds has a new budget. "
        + FILLER * 8
        + "The city will close the old library in May."
    )
    assert actors_of(text, "will") == []


# -- a body several parties form: its members, never merely the organisation named last -------


def test_the_consortium_is_the_parties_that_formed_it() -> None:
    text = (
        "Castell Bank and Northwind Energy formed a consortium last year. "
        "The consortium will bid for the port."
    )
    assert sorted(actors_of(text, "will")) == ["Castell Bank", "Northwind Energy"]


def test_the_committee_is_not_the_organisation_named_last() -> None:
    text = (
        "The talks were held at the offices of Castell Bank in Leeds. "
        "The committee will meet again on Sunday."
    )
    assert "Castell Bank" not in actors_of(text, "will")


def test_a_committee_named_so_is_itself() -> None:
    text = (
        "The Harbour Committee rejected the bid on Monday. "
        "The committee will publish its reasons on Friday."
    )
    assert actors_of(text, "will") == ["Harbour Committee"]
