"""Round 6 of the commitments (docs/commitments.md, "Round 6 (session 7)"): the learned decision
over every candidate, and the actor classes addressed. Sentences written for these tests; names
invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commitment_helpers import found
from newsdesk.analysis.commitments import learned


def _model_file(mode: str, bias: float, weights: dict[str, float]) -> str:
    return json.dumps({"mode": mode, "bias": bias, "threshold": 0.5, "weights": weights})


# ------------------------------------------------ the learned decision


def test_a_model_file_loads_with_its_mode() -> None:
    m = learned.read_model(_model_file("decide", -1.5, {"kind=will": 2.0}))
    assert m.mode is learned.Mode.DECIDE
    assert m.weights == {"kind=will": 2.0}
    assert learned.probability(["kind=will"], m) > 0.5 > learned.probability(["kind=plan"], m)
    # round 4's files name no mode: they are filters
    old = json.loads(_model_file("filter", 0.0, {}))
    del old["mode"]
    assert learned.read_model(json.dumps(old)).mode is learned.Mode.FILTER


def test_a_model_file_is_read_and_changes_a_decision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model file written as the training script writes it is read and applied: no file, no
    model; a `decide` file that weighs the council's subject down removes its record."""
    council = "The Harbour Council will close the old library in May."
    assert learned.model_at(tmp_path / "none.json") is None
    path = tmp_path / "commitments-model.json"
    path.write_text(_model_file("decide", 2.0, {"subj_lemma=council": -9.0}), encoding="utf-8")
    m = learned.model_at(path)
    assert m is not None and m.mode is learned.Mode.DECIDE
    assert len(found(council)) == 1
    monkeypatch.setattr(learned, "model", lambda: m)
    assert found(council) == []
    assert len(found("The Harbour Union will strike on Monday.")) == 1


def test_a_deciding_model_overrules_the_rules_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """In `decide` mode the model's verdict replaces the rules' over every candidate: a storm's
    "will" (a prediction to the rules) becomes a record when the model says so, the council's
    undertaking (a record to the rules) goes when the model says not; the rules still give the
    actor, the strength and the action."""
    storm = "The storm will reach the coast on Friday."
    council = "The Harbour Council will close the old library in May."
    assert found(storm) == []
    assert [r.strength for r in found(council)] == ["commitment"]

    accept = learned.read_model(_model_file("decide", 5.0, {}))
    monkeypatch.setattr(learned, "model", lambda: accept)
    (rec,) = found(storm)
    assert rec.strength == "commitment"
    assert rec.action.startswith("reach the coast")
    assert rec.actors == []  # a thing is no name of the article

    reject = learned.read_model(_model_file("decide", -5.0, {"subj_class=thing": 20.0}))
    monkeypatch.setattr(learned, "model", lambda: reject)
    assert found(council) == []
    assert len(found(storm)) == 1  # the weight of a feature the storm has and the council not


def test_the_evidence_names_the_parse() -> None:
    """The features a model weighs: the trigger, the verbs' lemmas, the subject and the clause
    that embeds it (a forecast here), negation."""
    captured: list[list[str]] = []
    rules = learned.decision

    def spy(trig, subj, verdict, ctx):  # type: ignore[no-untyped-def]
        captured.append(learned.evidence(trig, subj, ctx))
        return rules(trig, subj, verdict, ctx)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(learned, "decision", spy)
        found("Analysts expect that the Harbour Council will not close the library.")
    (names,) = captured
    assert "kind=will" in names
    assert "verb=close" in names
    assert "embed=forecast" in names
    assert "embed_lemma=expect" in names
    assert "neg" in names
    assert "subj_lemma=council" in names


# ------------------------------------------------ reported speech and actors (general methods)


def test_tell_reports_a_finite_clause_and_bids_an_infinitive() -> None:
    """'told reporters (that) X will …' reports X's undertaking (guideline 3); 'told X to …' is
    a wish about others (guideline 7)."""
    (rec,) = found("“I will resign in May,” Dana Whitcombe told reporters.")
    assert rec.strength == "commitment"
    assert rec.actors == ["Dana Whitcombe"]
    assert rec.attribution is not None and rec.attribution.text == "Dana Whitcombe"
    assert found("Dana Whitcombe told the council to close the old library.") == []


def test_the_people_of_a_named_body_act_for_it() -> None:
    """'Castell Bank officials', 'officials at Castell Bank', 'a spokesman for Castell Bank said
    it …': the body named beside its people is the actor (guideline 10), and the speaker stays
    the attribution."""
    for text in (
        "Castell Bank officials will open ten branches next year.",
        "Officials at Castell Bank said they would open ten branches next year.",
        "A spokesman for Castell Bank said it would open ten branches next year.",
    ):
        (rec,) = found(text)
        assert rec.actors == ["Castell Bank"], text
    (rec,) = found("Officials at Castell Bank said they would open ten branches next year.")
    assert rec.attribution is not None and "Officials" in rec.attribution.text


def test_he_or_she_is_the_subject_in_focus_not_the_last_name() -> None:
    """'Tom Astley met Ruth Okafor on Monday. He promised …': the subject of the sentence before
    is the centre of attention; a possessive ('his') stays with the person last named."""
    (rec,) = found("Tom Astley met Ruth Okafor on Monday. He promised to fund the new school.")
    assert rec.actors == ["Tom Astley"]
    (rec,) = found("Ruth Okafor thanked Tom Astley on Monday. She promised to fund the new school.")
    assert rec.actors == ["Ruth Okafor"]


def test_coordinated_people_are_all_actors_however_the_parse_hangs_them() -> None:
    """'Olympic champion A and world record holder B will both …' and 'The mayor, A, and the
    police chief, B, will …': both people undertake (guideline 10: all the actors)."""
    for text in (
        "Olympic champion Mara Velden and world record holder Tom Astley will both take part "
        "in the charity race on Sunday.",
        "The mayor, Ruth Okafor, and the police chief, Tom Astley, will meet residents on Friday.",
    ):
        (rec,) = found(text)
        assert len(rec.actors) == 2, text
    # a person who only describes the subject is no co-actor
    (rec,) = found(
        "Dana Whitcombe, who met Tom Astley and Ruth Okafor on Monday, will appeal the ruling."
    )
    assert rec.actors == ["Dana Whitcombe"]
