"""Session 25, cactors: the actor of shapes the blind gates showed wrong, and the near shapes
that must not change. Sentences written for these tests (news-style, names invented or common
public figures in invented contexts); none is a bench sentence.

Each case: the text, the trigger's first word, and the record's actors; `None` for a text that
must give no record."""

from __future__ import annotations

import pytest

from commitment_helpers import found

Case = tuple[str, str, list[str] | None]

# A promise verb whose complement clause has its own named subject: that subject undertakes
# (the one who vows is the source); a pronoun or the verb's own infinitive leaves the speaker.
REPORTED: list[Case] = [
    (
        "Chancellor Olaf Scholz spoke in Berlin. Scholz pledged that Germany will send "
        "more tanks to Kyiv.",
        "pledged",
        ["Germany"],
    ),
    (
        "President Joe Biden met Ukraine's leader on Tuesday. Biden vowed the United States "
        "will send more air defence systems to Kyiv.",
        "vowed",
        ["United States"],
    ),
    (
        "Prime Minister Ruth Okafor visited the port. Okafor promised that Canada will double "
        "its aid to the region.",
        "promised",
        ["Canada"],
    ),
    (
        "Governor Tom Astley toured the plant. Astley promised that Harbour Rail will reopen "
        "the line in March.",
        "promised",
        ["Harbour Rail"],
    ),
    (
        "President Joe Biden met Ukraine's leader on Tuesday. Biden promised he will support "
        "Ukraine.",
        "promised",
        ["Joe Biden"],
    ),
    ("Senator Ann Lee vowed to block the bill in the Senate.", "vowed", ["Ann Lee"]),
    ("Barack Obama said he will veto the bill.", "will", ["Barack Obama"]),
    ("Mayor Tom Astley pledged to rebuild the bridge by June.", "pledged", ["Tom Astley"]),
    (
        "Ruth Okafor said Canada will send 200 doctors to the region.",
        "will",
        ["Canada"],
    ),
]

# A body named by a place's possessive or a leader's name before its noun: that body.
BODIES: list[Case] = [
    (
        "Sri Lanka's government will reopen the schools on Monday, officials said.",
        "will",
        ["Sri Lanka"],
    ),
    ("Kenya's government has agreed to accept 500 refugees.", "agreed", ["Kenya"]),
    (
        "President Joe Biden spoke on Monday. The Biden administration says it will release "
        "oil from the strategic reserve.",
        "will",
        ["Biden administration"],
    ),
    (
        "Prime Minister John Howard spoke in Canberra. The Howard government will introduce "
        "the bill in May.",
        "will",
        ["Howard government"],
    ),
    (
        "Northwind Energy's board will meet on Friday to approve the sale.",
        "will",
        ["Northwind Energy"],
    ),
    ("Toyota says it will build a new plant in Kentucky.", "will", ["Toyota"]),
    (
        "Prime Minister Justin Trudeau spoke in Ottawa. The Trudeau government will introduce "
        "a carbon tax in April.",
        "will",
        ["Trudeau government"],
    ),
    (
        "Barack Obama met the senators. Obama said it will be a long fight, and he will veto "
        "the bill.",
        "will",
        ["Barack Obama"],
    ),
]

# A quoted "we" that names its body beside it is the body; a bare "we" or a common noun beside
# it stays the speaker's.
WE: list[Case] = [
    ('"We Greens want to stop the new coal mine," Senator Ann Lee said.', "want", ["Greens"]),
    (
        '"We, the Harbour Workers Union, will fight the closure," Tom Hale said.',
        "will",
        ["Harbour Workers Union"],
    ),
    ('"We will fight the closure," Tom Hale said.', "will", ["Tom Hale"]),
    ('"We, the unions, will fight the closure," Tom Hale said.', "will", ["Tom Hale"]),
    (
        'Northwind Energy apologised on Monday. "We will repay every customer," it said.',
        "will",
        ["Northwind Energy"],
    ),
]

# A description that names no particular body (indefinite, bare, or a count of people with no
# name) is a common noun: no actor; a definite or named description stays the actor.
DESCRIPTIONS: list[Case] = [
    ("An outside engineering team will inspect the bridge next week.", "will", []),
    ("More than 300 students will plant trees along the river.", "will", []),
    ("A new safety team will review the plans next month.", "will", []),
    ("Two Chinese cities will ban plastic bags next year.", "will", ["Two Chinese cities"]),
    ("The central government will fund the new hospital.", "will", ["central government"]),
    ("The Chinese government will cut tariffs on soybeans.", "will", ["Chinese government"]),
    ("Three companies will share the contract, the ministry said.", "will", ["Three companies"]),
]

# Forecasts and things stay no record; a non-promise speech verb with a named clause subject
# keeps that subject.
NO_RECORD: list[Case] = [
    ("Analysts said the company will cut prices next year.", "will", None),
    ("Tom Hale said prices will rise next year.", "will", None),
    ("Economists expect Canada will raise rates in June.", "will", None),
    ("The storm will reach the coast on Friday, forecasters said.", "will", None),
]

OTHERS: list[Case] = [
    ("The city council said it would close the library in May.", "would", []),
    ("Castell Bank said it will close 20 branches next year.", "will", ["Castell Bank"]),
    ("The union said members will strike on Monday.", "will", []),
    ("Tom Hale said Castell Bank will open two stores in Leeds.", "will", ["Castell Bank"]),
    ("Castell Bank will close 20 branches next year.", "will", ["Castell Bank"]),
    ("Ruth Okafor vowed she will not resign.", "vowed", ["Ruth Okafor"]),
    (
        "The Chinese government said it will cut tariffs on soybeans.",
        "will",
        ["Chinese government"],
    ),
]

CASES = REPORTED + BODIES + WE + DESCRIPTIONS + NO_RECORD + OTHERS


@pytest.mark.parametrize(("text", "trigger", "actors"), CASES, ids=[c[0][:60] for c in CASES])
def test_actor(text: str, trigger: str, actors: list[str] | None) -> None:
    recs = [r for r in found(text) if r.trigger.startswith(trigger)]
    if actors is None:
        assert recs == [], [(r.trigger, r.actors) for r in recs]
        return
    assert len(recs) == 1, [(r.trigger, r.actors) for r in found(text)]
    assert recs[0].actors == actors


# session 25's guarded sentence: one who holds an office vows what the country will do
BIDEN_VOWS = (
    "President Joe Biden met Ukraine's leader on Tuesday. Biden vowed the United States will "
    "send more air defence systems to Kyiv."
)


def test_a_reported_subjects_record_names_it_and_the_one_who_vows_as_source() -> None:
    """The record's words and source agree with its actor: 'Biden vowed the United States will
    …' is the United States' record in the text's words, Biden the one who says so; a speaker
    who vows for himself keeps his own words and no source."""
    (rec,) = [r for r in found(BIDEN_VOWS) if r.trigger.startswith("vowed")]
    assert rec.actors == ["United States"]
    assert rec.actor_text == "the United States"
    assert rec.attribution is not None
    assert (rec.attribution.text, rec.attribution.kind) == ("Biden", "reported")
    (own,) = found("Senator Ann Lee vowed to block the bill in the Senate.")
    assert own.actor_text == "Senator Ann Lee"
    assert own.attribution is None


def test_a_records_reported_subject_is_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 27: `reported_subject` ran twice per record (for the record's words in
    `_record`, and again for its actors in `resolve_actors`); once now, its result handed on.
    The same records (the cases above pass unchanged)."""
    import newsdesk.analysis.commitments as cm
    from newsdesk.analysis.commitments import actors

    calls: list[str] = []
    real = actors.reported_subject

    def counted(subj: object, ctx: object) -> object:
        calls.append(str(subj))
        return real(subj, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(actors, "reported_subject", counted)
    monkeypatch.setattr(cm, "reported_subject", counted)
    (rec,) = [r for r in found(BIDEN_VOWS) if r.trigger.startswith("vowed")]
    assert rec.actors == ["United States"]
    assert calls == ["Biden"]
