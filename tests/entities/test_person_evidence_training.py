"""scripts/train_person_evidence.py (session 21, not shipped): the candidates it records are
newsdesk's own decision, its items decode to the evidence the hand weights sum, and its people
counts follow the bench's matching. Sentences written for these tests; names invented."""

from __future__ import annotations

from types import ModuleType

import pytest

import newsdesk
from benches import script_undone_after
from newsdesk.analysis.entities import evidence

TEXT = (
    "The harbour master, Dolores Fenwick, said on Tuesday that the ferry would sail again. "
    "She thanked the crews who had repaired the pier. Fenwick will retire next spring."
)


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return script_undone_after(monkeypatch, "train_person_evidence")


def test_observing_records_the_evidence_and_leaves_the_output_and_weights_as_they_were(
    script: ModuleType,
) -> None:
    plain = [p.name for p in newsdesk.analyze(TEXT, clean=False).people]
    weights = {n: getattr(evidence, n) for n in script._constants(evidence)}
    with script.observing() as seen:
        observed = [p.name for p in newsdesk.analyze(TEXT, clean=False).people]
    assert observed == plain
    assert {n: getattr(evidence, n) for n in weights} == weights
    (fenwick,) = [c for c in seen if c["name"] == "Dolores Fenwick"]
    assert fenwick["hand_keep"]
    assert {"_FOR_GIVEN_NAME", "_FOR_PRONOUN"} <= set(fenwick["items"])
    assert not any(i.startswith("_AGAINST_") for i in fenwick["items"])


def test_the_scripts_thresholds_are_the_run_times(script: ModuleType) -> None:
    assert script.DROP_AT == evidence._DROP_AT
    assert script.DROP_AT_NO_EVIDENCE == evidence._DROP_AT_NO_EVIDENCE


def test_people_counts_follow_the_bench_matching(script: ModuleType) -> None:
    row = {
        "set": "real",
        "gold": [["orla quint", "quint"], ["tomas reyes", "reyes"]],
        "cands": [
            {"real_keys": ["orla quint", "quint"]},
            {"real_keys": ["velvet cloud"]},
            {"real_keys": ["quint"]},
        ],
    }
    assert script.counts(row, [True, True, True]) == (1, 2, 1)  # one gold person matched once
    assert script.counts(row, [True, False, False]) == (1, 0, 1)
    assert script.label(row, row["cands"][1]) == 0
    assert script.label(row, row["cands"][2]) == 1
