"""Session 27: wire copy's own stated possibilities, tender offers and acronyms (the Reuters
gate's misses, in sentences written for these tests; names invented). "X said it may buy more shares"
is the actor's own consideration (guideline 6); "is making a tender offer for …" binds the
bidder (guideline 4). Beside them the near shapes that must stay no record: what befalls the
subject ("may report a loss"), someone else's view ("analysts said the firm may be sold"), a
forecast about a thing ("shares may rise"), a passive, a negated possibility, an offer talked
about. An acronym is the organisation in reach it abbreviates."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.analysis.acronyms import abbreviates


@pytest.mark.parametrize(
    ("text", "strength", "trigger", "actor"),
    [
        (
            "Harwell Capital Partners said it may buy more shares of Delta Tool Co.",
            "consideration",
            "may",
            "Harwell Capital Partners",
        ),
        (
            "The investor group Brenton Associates said it might sell some or all of its "
            "stake in Lyle Mills Inc.",
            "consideration",
            "might",
            "Brenton Associates",
        ),
        (
            "Ostrander Corp said it might seek control of the company through a proxy fight.",
            "consideration",
            "might",
            "Ostrander Corp",
        ),
        (
            "Marlow Holdings Inc said it may increase its stake to 15 pct.",
            "consideration",
            "may",
            "Marlow Holdings Inc",
        ),
        (
            "John Keller told regulators he may acquire additional shares of Pell Corp.",
            "consideration",
            "may",
            "John Keller",
        ),
        (
            "Dunmore Bancorp said it may raise its quarterly dividend later this year.",
            "consideration",
            "may",
            "Dunmore Bancorp",
        ),
        (
            "Calder Industries Inc said it was making a tender offer for all shares of Pike "
            "Electric Co.",
            "commitment",
            "making … offer",
            "Calder Industries Inc",
        ),
        (
            "Kessler Group Inc launched a tender offer for the remaining 40 pct of Vantage "
            "Foods Inc.",
            "commitment",
            "launched … offer",
            "Kessler Group Inc",
        ),
        (
            "Rowan Partners said it is making an offer for the outstanding stock of Tilson Corp.",
            "commitment",
            "making … offer",
            "Rowan Partners",
        ),
        # guards: an offer or an agreement with its infinitive keeps its own verb's record
        (
            "Bellamy Corp offered to buy the 60 pct of Grange Oil it does not already own.",
            "commitment",
            "offered to",
            "Bellamy Corp",
        ),
        (
            "Norland Corp agreed recently to sell its Canadian unit to Brightwater Ltd.",
            "commitment",
            "agreed … to",
            "Norland Corp",
        ),
    ],
)
def test_wire_undertakings(text: str, strength: str, trigger: str, actor: str) -> None:
    (rec,) = found(text)
    assert (rec.strength, rec.trigger, rec.actors) == (strength, trigger, [actor])


@pytest.mark.parametrize(
    "text",
    [
        "The company said it may report a loss for the first quarter.",  # what befalls it
        "Analysts said the firm may be sold.",  # someone else's view, a passive
        "Shares may rise further if the bid succeeds.",  # a forecast about a thing
        "Trenton Steel Corp said it may not be able to meet its debt payments.",
        "Analysts said Morley Brewing could seek a partner.",  # a commentator's view
        "The stock may fall sharply next week, traders said.",
        "Earnings could decline in the second half, Fenwick Corp said.",
        "Granby Mills Inc said it may take a charge of 20 mln dlrs.",  # a result reported
        "Officials said the dispute could delay the merger.",
        "Paul Ashby said it could take several months to complete the review.",
        "Corbin Bank said it may face higher loan losses this year.",
        "If rates fall, Selwyn Corp may lose customers.",
        "Fenwick Corp may sell its stake, according to people familiar with the matter.",
        "The board of Tilson Corp rejected the tender offer for its shares.",
        "Critics said the offer for Vantage Foods was too low.",
        "It may rain in Chicago on Friday.",
        "The union said members may strike if the talks fail.",  # members: not the speaker
        "Rates may be cut again in March, the central bank said.",
        "Hadley Corp said it may need more capital next year.",
        # "could" is left out (session 27): in the pool it told an ability or a hypothetical
        "Lyle Motor Corp said it could produce 500 cars a day at the new plant.",
    ],
)
def test_no_record(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The United Steel Workers held a vote on Monday. USW will strike at three mills "
            "next week, a union spokesman said.",
            "United Steel Workers",
        ),
        (
            "Harbor Valve Systems Inc said it made an offer for Lintel Corp. HVS said it would "
            "pay for the shares in cash.",
            "Harbor Valve Systems Inc",
        ),
        # guard: no expansion in reach, the acronym stays as written
        ("The UN said it will send observers to the border.", "UN"),
    ],
)
def test_an_acronym_is_the_name_in_reach_it_abbreviates(text: str, actor: str) -> None:
    assert {tuple(r.actors) for r in found(text)} == {(actor,)}


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("NYMEX", "New York Mercantile Exchange", True),
        ("IBM", "International Business Machines", True),
        ("GM", "General Motors Corp", True),
        ("XON", "Exxon Corp", False),  # a ticker symbol, not the name cut short
        ("CHV", "Chevron Corp", False),
        ("ABC", "Acme Building", False),
    ],
)
def test_abbreviates(acronym: str, name: str, expected: bool) -> None:
    assert abbreviates(acronym, name) is expected
