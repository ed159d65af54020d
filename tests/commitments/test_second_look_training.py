"""The second look's training (session 21: scripts/train_commitments.py `second-collect`,
scripts/commitment_features.py `second_*`): the clauses of a sentence the rules gave no record,
with their features, taken without changing the library's records. No second look ships.
Sentences written for these tests; names invented."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from benches import script_undone_after
from commitment_helpers import audit_cache
from newsdesk.analysis import commitments


def test_second_collect_reads_only_the_sentences_without_a_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = script_undone_after(monkeypatch, "train_commitments")
    first = "The Tarnby Dock Union pledged to strike on Monday."
    second = "A new inquiry will be held into the collapse of the Elm Street footbridge."
    rows = [
        {"id": f"s{n}", "gold": [], "split": "train", "set": "readability", "page": f"own-{n}"}
        for n in range(2)
    ]
    cache, doc = audit_cache(tmp_path, first, second, rows)
    plain = commitments.extract_paths(doc, [], [], None)
    out = tmp_path / "cands.json"
    remember_groups = commitments.remember_groups
    script.second_collect(argparse.Namespace(audit=[cache], cands=out))
    # the wrapper is undone and the records are the library's own
    assert commitments.remember_groups is remember_groups
    assert commitments.extract_paths(doc, [], [], None) == plain
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got["sents"]["s0"]["rules"] and not got["sents"]["s1"]["rules"]
    assert {c["id"] for c in got["cands"]} == {"s1"}  # none from the sentence with a record
    features = [set(c["x"]) for c in got["cands"]]
    # the rejected passive "will be held" and the noun the parse offers ("inquiry")
    assert any({"passive", "passive_agentless", "modal=will"} <= f for f in features)
    assert any({"source=parse:plan", "lemma=inquiry"} <= f for f in features)
    # an agentless passive gives the record no actor
    assert all(c["pred"][1] == [] for c in got["cands"])
