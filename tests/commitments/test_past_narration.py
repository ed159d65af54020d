"""Session 24 (cpast): a *would* inside a direct quotation is the speaker's own tense (no
backshift happens there); with a sign of a courtesy, a counterfactual or a habit it is no record
(guideline 7), whoever the subject. Without such a sign a quoted *would* keeps its record (a
pledge in the speaker's own words: round 2, after review). Reports (tense shifted back, a report
inside the quotation, a partial quotation after a speech verb or "according to"), today's plain
past, a quoted *will*, narrated past plans the session did not ship a rule for, and plans with a
time ahead keep their records. Sentences written for these tests (none from the gate's pages)."""

from __future__ import annotations

import pytest

from commitment_helpers import found


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


@pytest.mark.parametrize(
    "text",
    [
        # a courtesy or advice verb at its head (wish_verbs, courtesy_verbs)
        "“We would ask the council to look again at the parking rules,” a spokeswoman said.",
        "A spokesman for the club said: “We would encourage fans to arrive early.”",
        "“I would recommend the coastal path to any walker,” the ranger said.",
        "“We would remind residents that the tip closes at noon,” the council said.",
        "“I would advise anyone with a cough to stay at home,” Dr Rosa Vance said.",
        # "would have" + participle: a counterfactual
        "“I would have closed the depot years ago,” the former manager Cal Dunn said.",
        # a habit marker in its clause
        "“Every summer I would cycle to the coast,” he writes in his memoir.",
        "“Every winter the club would flood the pitch for skating,” chairman Cal Dunn said.",
        "“Once a year we would drive the herd down to the coast,” the farmer Cal Dunn said.",
        "“In those days we would walk to school,” Rosa Vance said.",
        "“Back then the council would send a van round the estate,” Rosa Vance said.",
        "“When I was mayor, I would open the market on Saturdays,” Cal Dunn said.",
    ],
)
def test_each_sign_of_a_quoted_would_gives_no_record(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no sign: a pledge in the speaker's own words, whoever the subject
        ("“I would never close this hospital,” Health Minister Rosa Vance said.", "would never"),
        ("“A Green government would ban new coal mines,” Green leader Cal Dunn said.", "would"),
        (
            "“My administration would cut the bus fare to one pound,” candidate Rosa Vance said.",
            "would",
        ),
        (
            "Green leader Cal Dunn set out the manifesto on Tuesday. “The party would freeze "
            "council tax for two years,” he said.",
            "would",
        ),
        (
            "“The club would never move from its home ground,” chairman Cal Dunn said.",
            "would never",
        ),
        (
            "“The government would never abandon the coal towns,” Prime Minister Rosa Vance said.",
            "would never",
        ),
        ("“We would bring back the night bus,” Labor leader Cal Dunn said.", "would"),
        # a partial quotation inside a speech verb's complement or after "according to":
        # reported speech, whatever stands inside the marks
        ("According to Vance, the ministry “would act quickly” to save the mill.", "would"),
        ("The mayor said “the city would open two new schools by 2028”.", "would"),
        ("Dunn told reporters that “I would not accept a pay rise this year”.", "would not"),
        ("The mayor said the city “would build 500 homes every year”.", "would"),
        ("According to Vance, the ministry “would review the rules every year”.", "would"),
    ],
)
def test_a_quoted_would_without_a_sign_or_in_reported_speech_keeps_its_record(
    text: str, trigger: str
) -> None:
    assert [r.trigger for r in found(text)] == [trigger]
