"""The learned decision's machinery is training's, not the library's (review 12b, finding 8):
the library's rules decide, and the training script takes each candidate's features through
`extract_paths(..., observe=...)`, without patching the library. Sentences written for these
tests; names invented."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from spacy.tokens import Token

import newsdesk
from benches import script_undone_after
from commitment_helpers import audit_cache
from newsdesk.analysis import commitments
from newsdesk.analysis.commitments.classify import Verdict
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.triggers import Trigger
from newsdesk.analysis.nlp import load_model, model_name
from project_paths import ROOT


@cache
def _features() -> ModuleType:
    """scripts/commitment_features.py (scripts/ is no package), registered as the training
    script's import registers it (its dataclasses need their module in `sys.modules`)."""
    spec = importlib.util.spec_from_file_location(
        "commitment_features", ROOT / "scripts" / "commitment_features.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_library_holds_no_learned_decision() -> None:
    assert not (ROOT / "src/newsdesk/analysis/commitments/learned.py").exists()
    assert "newsdesk.analysis.commitments.learned" not in sys.modules
    assert not list((ROOT / "src/newsdesk/data").glob("commitments-model*"))


def test_the_observer_sees_every_candidate_with_its_evidence() -> None:
    """The features a model weighs, taken as the training script takes them: the trigger, the
    verbs' lemmas, the subject and the clause that embeds it (a forecast here), negation; the
    observer changes no record."""
    features = _features()
    text = (
        "Analysts expect that the Harbour Council will not close the library. "
        "The Harbour Union pledged to strike on Monday."
    )
    doc = load_model(model_name(None))(text)
    seen: list[tuple[list[str], bool]] = []

    def spy(trig: Trigger, subj: Token | None, verdict: Verdict, ctx: Context) -> None:
        seen.append((features.evidence(trig, subj, ctx), verdict.undertaking))

    watched = commitments.extract_paths(doc, [], [], None, observe=spy)
    plain = commitments.extract_paths(doc, [], [], None)
    assert watched == plain
    assert len(seen) >= 2  # one candidate a sentence at least
    forecast = next(names for names, _ in seen if "kind=will" in names)
    assert {"verb=close", "embed=forecast", "embed_lemma=expect", "neg"} <= set(forecast)
    assert "subj_lemma=council" in forecast
    # the rules accepted the union's pledge, and the observer was told so
    assert any(ok and "lemma=pledge" in names for names, ok in seen)
    assert [r.trigger for r in newsdesk.analyze(text, clean=False).commitments] == [
        r.trigger for r, _ in plain
    ]


def test_a_written_model_file_is_read_and_scores_features() -> None:
    features = _features()
    text = json.dumps(
        {"mode": "decide", "bias": -1.5, "threshold": 0.5, "weights": {"kind=will": 2}}
    )
    m = features.read_model(text)
    assert m.mode is features.Mode.DECIDE and m.weights == {"kind=will": 2.0}
    assert features.probability(["kind=will"], m) > 0.5 > features.probability(["kind=plan"], m)
    # round 4's files name no mode: they are filters
    old = {"bias": 0.0, "threshold": 0.5, "weights": {}}
    assert features.read_model(json.dumps(old)).mode is features.Mode.FILTER


def test_the_training_script_collects_candidates_through_the_observer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`train_commitments.py collect` on an audit cache of one page (written here, as
    scripts/audit_commitments.py writes one): every candidate of a gold sentence with its
    features and the rules' verdict, and each sentence's verdict from the records."""
    import argparse

    script = script_undone_after(monkeypatch, "train_commitments")
    first = "The Harbour Union pledged to strike on Monday."
    second = "Analysts expect that the storm will reach the coast."
    rows = [
        {"id": f"s{n}", "gold": n == 0, "split": "train", "set": "own", "page": "p1"}
        for n in range(2)
    ]
    cache, _ = audit_cache(tmp_path, first, second, rows)
    out = tmp_path / "cands.json"
    script.collect(argparse.Namespace(audit=[cache], cands=out))
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got["sents"]["s0"]["rules"] is True and got["sents"]["s1"]["rules"] is False
    by_id = {c["id"]: c for c in got["cands"]}
    assert by_id["s0"]["rules"] and "lemma=pledge" in by_id["s0"]["x"]
    assert not by_id["s1"]["rules"] and "embed=forecast" in by_id["s1"]["x"]
