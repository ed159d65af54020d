"""Session 19 (docs/history/session19-cdetect.md): a headline's question without its mark and a
given name "Will"; a kind of people in a relative clause; "is going to" how something turns
out; a verb of a phase judged by the act it takes ("start building" is an act, "begin
receiving" is not: the act begun is judged as the bare verb; "continue", "stop" pass whatever
they take); the *will* rule of "what/whatever the government will pay" (not a relative "which", not
a pseudo-cleft "what … will do is build"). Each test names the reason `classify.decide` gives,
or the record that must be made. Sentences written for these tests; names invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.tokens import Token

import newsdesk.analysis.commitments as cm
from commitment_helpers import found
from newsdesk.analysis.commitments.classify import Verdict
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.triggers import Trigger
from newsdesk.labels import Strength
from newsdesk.model import Commitment


@pytest.fixture
def reasons(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int, str]]]:
    """Every verdict `decide` gives while a test runs: (trigger word, its index, reason)."""
    seen: list[tuple[str, int, str]] = []
    decide = cm.decide

    def traced(trig: Trigger, subj: Token | None, ctx: Context) -> Verdict:
        verdict = decide(trig, subj, ctx)
        seen.append((trig.token.text, trig.token.i, verdict.reason))
        return verdict

    monkeypatch.setattr(cm, "decide", traced)
    yield seen


def _commitments(records: list[Commitment]) -> list[tuple[Strength, str]]:
    return [(r.strength, r.trigger) for r in records]


# ------------------------------------------------ a question opening with the modal


QUESTION = "question: the sentence opens with the modal"


@pytest.mark.parametrize(
    "text",
    [
        "Will Ofgem cap energy prices again this winter",
        "Will Apple build its own search engine: what we know so far",
    ],
)
def test_a_headline_opening_with_will_asks(text: str, reasons: list[tuple[str, int, str]]) -> None:
    assert found(text) == []
    assert reasons == [("Will", 0, QUESTION)]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Will Hargreaves will lead the project, the council said.", 2),  # parsed as a helper
        ("Will Hargreaves said he will lead the project.", 4),  # a helper of "said"
        ("Will Smith will star in the new film, the studio said.", 2),  # parsed as a name
    ],
)
def test_a_given_name_will_is_no_trigger(
    text: str, at: int, reasons: list[tuple[str, int, str]]
) -> None:
    assert _commitments(found(text)) == [(Strength.commitment, "will")]
    assert [(word, i) for word, i, _ in reasons] == [("will", at)]


# ------------------------------------------------ a kind of people in a relative clause


CLASS = "a class of people in a relative clause: a generic statement, nobody's plan"


def test_residents_who_will_move_out_is_a_generic_statement(
    reasons: list[tuple[str, int, str]],
) -> None:
    text = "Residents who will move out by June will receive $2,000, the council said."
    assert found(text) == []
    assert reasons == [("will", 2, CLASS), ("will", 7, "'receive' is not something one decides")]


def test_nurses_who_would_like_to_study_is_a_generic_statement(
    reasons: list[tuple[str, int, str]],
) -> None:
    assert found("A flexible rota suits nurses who would like to study in the evenings.") == []
    assert reasons == [("like", 7, CLASS)]


# ------------------------------------------------ "is going to" how something turns out


@pytest.mark.parametrize(
    "text",
    [
        "Labour is going to succeed in the north, the party chair said.",
        "We are going to turn out fine, the coach said.",
    ],
)
def test_going_to_turn_out_somehow_is_no_intention(
    text: str, reasons: list[tuple[str, int, str]]
) -> None:
    assert found(text) == []
    assert reasons == [
        ("going", 2, "'is going to prove …', 'is set to do fine': how something turns out")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Labour will succeed in the north, the party chair said.",
        "We will turn out fine, the coach said.",
    ],
)
def test_will_turn_out_somehow_is_no_undertaking(
    text: str, reasons: list[tuple[str, int, str]]
) -> None:
    assert found(text) == []
    assert len(reasons) == 1 and reasons[0][2].endswith(
        "tells how something turns out: a prediction"
    )


# ------------------------------------------------ a verb of a phase and the act it takes


@pytest.mark.parametrize(
    "text",
    [
        "Germany will continue to welcome refugees, the chancellor said.",
        "The council will stop receiving applications on Friday, a spokesman said.",
        "The government will continue to get tough on tax evasion, the minister said.",
        "The Kelby council will continue to repair the old bridge this year.",
        "Mara Quill said she will start building the new flood shelters in May.",
    ],
)
def test_continuing_stopping_or_starting_an_act_is_an_undertaking(text: str) -> None:
    assert _commitments(found(text)) == [(Strength.commitment, "will")]


@pytest.mark.parametrize(
    "text",
    [
        "Police will begin enforcing the ban on Monday, the force said.",
        "Nurses will begin striking on Tuesday, the Royal College of Nursing announced.",
        "Officials will start negotiating with the union next week.",
    ],
)
def test_a_plural_body_beginning_an_act_keeps_its_record(text: str) -> None:
    # the act begun is judged as the bare verb would be ("Nurses will strike" is a record)
    assert _commitments(found(text)) == [(Strength.commitment, "will")]


def test_beginning_to_receive_is_no_undertaking(reasons: list[tuple[str, int, str]]) -> None:
    text = "Staff at the Dunmore depot will begin receiving their notices on Monday, the firm said."
    assert found(text) == []
    assert [r for _, _, r in reasons] == ["'receiving' is not something one decides"]


# ------------------------------------------------ "what" and "whatever", not "which"


WH_THING = "'what the government will pay': a wh-clause names a thing"


def test_what_a_body_will_pay_names_an_amount(reasons: list[tuple[str, int, str]]) -> None:
    assert found("The report lists what the Tarnby council will pay for the new bridge.") == []
    assert reasons == [("will", 7, WH_THING)]


def test_whatever_a_body_will_pay_names_an_amount(reasons: list[tuple[str, int, str]]) -> None:
    assert found("The insurer said families would get whatever the state will pay.") == []
    assert ("will", 9, WH_THING) in reasons


def test_a_pseudo_cleft_what_will_do_is_build_is_an_undertaking(
    reasons: list[tuple[str, int, str]],
) -> None:
    text = "What the government will do is build 300,000 homes a year, the minister said."
    assert _commitments(found(text)) == [(Strength.commitment, "will")]
    assert reasons == [("will", 3, "ok")]


@pytest.mark.parametrize(
    "text",
    [
        "It is not yet known who the Corran board will appoint as chief executive.",
        "Nobody knows whom the Lisle party will choose.",
    ],
)
def test_who_a_body_will_appoint_is_an_embedded_question(
    text: str, reasons: list[tuple[str, int, str]]
) -> None:
    assert found(text) == []
    assert [r for _, _, r in reasons] == [WH_THING]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"What we will do is cut taxes for working families," the minister said.', "will"),
        ("What the government will do is set a new target, the minister said.", "will"),
        ("What we are going to do is build more homes, the minister said.", "are going to"),
    ],
)
def test_a_pseudo_cleft_read_as_a_passive_or_with_going_to_keeps_its_record(
    text: str, trigger: str
) -> None:
    (record,) = found(text)
    assert record.trigger == trigger


def test_a_relative_pronoun_object_keeps_the_record() -> None:
    text = "My rye loaf, which I will share in my next post, needs two days to rise."
    assert _commitments(found(text)) == [(Strength.commitment, "will")]
