"""Learn the clean stage's block classifier from the benchmark's dev pages.

    pip install -e '.[train]'
    python scripts/train_cleaner.py [--bench-dir ../shared/bench] [--write]

Every page of seb-dev is read the way `newsdesk clean` reads it (as saved HTML, and as its
plain-text dump), each block gets the features `newsdesk.learned.block_features` lists, and
a block's label is whether its text is in the human-marked article body. One logistic model
per reader is fitted (standardised features, L2) and its threshold chosen for the benchmark's
F1. Cross-validation by page (no page is ever scored by a model that saw it) estimates how the
model does on pages it has not seen; `--write` refits on every page and stores the weights
(standardisation folded in) in src/newsdesk/data/cleaner.json, which the cleaner reads with
no numpy or scikit-learn at run time.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from newsdesk import cleaning, learned
from newsdesk.read import read

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = [round(0.2 + 0.05 * k, 2) for k in range(13)]


def load_scorer(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", bench / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


def page_rows(raw: bytes, fmt: str) -> tuple[list[str], list[list[float]]]:
    doc = read(raw, input_format=fmt)  # type: ignore[arg-type]
    blocks, page, _ = cleaning.page_blocks(doc)
    cleaning.mark_metadata(blocks, page, doc.input_format)
    prelim, ruled, outside, behind = cleaning.rule_labels(blocks, doc.input_format)
    rows = learned.block_features(blocks, doc.input_format, prelim, ruled, outside)
    # what the cleaner never keeps, whatever the model says: metadata, text behind a marker
    texts = [
        b.text if b.label != "meta" and i not in behind and not cleaning.is_clutter(b) else ""
        for i, b in enumerate(blocks)
    ]
    return texts, rows


def label(
    text: str, truth_tokens: list[str], truth_shingles: set[tuple[str, ...]], scorer: ModuleType
) -> int:
    toks = scorer.tokens(text)
    if not toks:
        return 0
    if len(toks) < 4:
        needle = " " + " ".join(toks) + " "
        return int(needle in " " + " ".join(truth_tokens) + " ")
    sh = list(zip(*(toks[i:] for i in range(4)), strict=False))
    return int(sum(1 for s in sh if s in truth_shingles) >= 0.5 * len(sh))


def score(
    scorer: ModuleType,
    truth: dict[str, str],
    pages: Sequence[tuple[str, list[str]]],
    keep: Sequence[np.ndarray],
) -> float:
    results = []
    for (pid, texts), k in zip(pages, keep, strict=True):
        pred = "\n\n".join(t for t, good in zip(texts, k, strict=True) if good and t)
        results.append(scorer.score_page(truth[pid], pred))
    return float(scorer.aggregate(results)["f1"])


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit((x - mean) / std, y, sample_weight=w)
    coef = clf.coef_[0] / std  # fold the standardisation into the weights
    bias = float(clf.intercept_[0] - (clf.coef_[0] * mean / std).sum())
    return coef, bias


def load_pages(
    data: Path, ids: list[str], truth: dict[str, str], fmt: str, scorer: ModuleType
) -> tuple[list[tuple[str, list[str]]], list[np.ndarray], list[np.ndarray]]:
    pages: list[tuple[str, list[str]]] = []
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    for pid in ids:
        if fmt == "html":
            raw = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
        else:
            raw = (data / "textdump" / f"{pid}.txt").read_bytes()
        texts, rows = page_rows(raw, fmt)
        ttoks = scorer.tokens(truth[pid])
        tsh = set(zip(*(ttoks[i:] for i in range(4)), strict=False))
        pages.append((pid, texts))
        xs.append(np.array(rows, dtype=float).reshape(len(rows), len(learned.FEATURES)))
        ys.append(np.array([label(t, ttoks, tsh, scorer) for t in texts], dtype=int))
    return pages, xs, ys


def out_of_fold(
    xs: list[np.ndarray],
    ys: list[np.ndarray],
    ws: list[np.ndarray],
    folds: list[list[int]],
    c: float,
) -> list[np.ndarray]:
    """Every page's logits from a model fitted on the other folds' pages."""
    logits: list[np.ndarray] = [np.zeros(0)] * len(xs)
    for fold in folds:
        held = set(fold)
        train = [i for i in range(len(xs)) if i not in held]
        coef, bias = fit(
            np.vstack([xs[i] for i in train]),
            np.concatenate([ys[i] for i in train]),
            np.concatenate([ws[i] for i in train]),
            c,
        )
        for i in fold:
            logits[i] = np.clip(xs[i] @ coef + bias, -10, 10)
    return logits


def stacked(xs: list[np.ndarray], logits: list[np.ndarray]) -> list[np.ndarray]:
    return [
        np.array(learned.stack_features(x.tolist(), z.tolist()), dtype=float).reshape(
            len(z), len(learned.STACK_FEATURES)
        )
        for x, z in zip(xs, logits, strict=True)
    ]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bench-dir", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--mode", choices=["html", "text", "both"], default="both")
    ap.add_argument(
        "--shuffles",
        type=int,
        default=0,
        help="also cross-validate over N random page splits (at the chosen threshold)",
    )
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    scorer = load_scorer(args.bench_dir)
    data = args.bench_dir / "seb-dev"
    truth = scorer.load_articles(data / "ground-truth.json")
    ids = sorted(truth)
    model_path = ROOT / "src/newsdesk/data/cleaner.json"
    out: dict[str, Any] = json.loads(model_path.read_text()) if model_path.exists() else {}
    # folds by page; the same split for both stages
    folds = [list(range(k, len(ids), args.folds)) for k in range(args.folds)]
    for fmt in ("html", "text") if args.mode == "both" else (args.mode,):
        cache = Path(f"/tmp/newsdesk-train-{fmt}.pkl")
        if os.environ.get("TRAIN_CACHE") and cache.exists():
            pages, xs, ys = pickle.loads(cache.read_bytes())
        else:
            pages, xs, ys = load_pages(data, ids, truth, fmt, scorer)
            cache.write_bytes(pickle.dumps((pages, xs, ys)))
        # weigh a block by its length (the metric counts words), but never to nothing
        ws = [
            np.log1p(np.array([len(scorer.tokens(t)) for t in texts], dtype=float)) + 0.5
            for _, texts in pages
        ]

        def f1(keep: list[np.ndarray], pages: list[tuple[str, list[str]]] = pages) -> float:
            return score(scorer, truth, pages, keep)

        rules = f1(
            [
                x[:, learned.FEATURES.index("rules_good")]
                * (1 - x[:, learned.FEATURES.index("off_region")])
                > 0
                for x in xs
            ]
        )
        print(f"{fmt}: rules alone F1 {rules:.3f}")
        # stage 1, cross-validated
        z1 = out_of_fold(xs, ys, ws, folds, args.c)
        # stage 2 on stage 1's out-of-fold scores, cross-validated on the same folds
        s2 = stacked(xs, z1)
        z2 = out_of_fold(s2, ys, ws, folds, args.c)
        for name, z in (("stage 1", z1), ("stage 2", z2)):
            line = " ".join(
                f"{t:.2f}:{f1([v >= np.log(t / (1 - t)) for v in z]):.3f}" for t in THRESHOLDS
            )
            print(f"{fmt}: {name} cross-validated F1 by threshold  {line}")
        best = max(THRESHOLDS, key=lambda t: f1([v >= np.log(t / (1 - t)) for v in z2]))
        cv = f1([v >= np.log(best / (1 - best)) for v in z2])
        print(f"{fmt}: chosen threshold {best:.2f}, cross-validated F1 {cv:.3f}")
        if args.shuffles:
            cut = np.log(best / (1 - best))
            runs = []
            for seed in range(args.shuffles):
                order = np.random.RandomState(seed).permutation(len(ids))
                split = [[int(i) for i in order[k :: args.folds]] for k in range(args.folds)]
                z = out_of_fold(
                    stacked(xs, out_of_fold(xs, ys, ws, split, args.c)), ys, ws, split, args.c
                )
                runs.append(f1([v >= cut for v in z]))
            print(
                f"{fmt}: {args.shuffles} random splits, cross-validated F1 "
                f"{' '.join(f'{r:.3f}' for r in runs)}, mean {np.mean(runs):.3f}"
            )
        coef1, bias1 = fit(np.vstack(xs), np.concatenate(ys), np.concatenate(ws), args.c)
        coef2, bias2 = fit(np.vstack(s2), np.concatenate(ys), np.concatenate(ws), args.c)
        out[fmt] = {
            "features": list(learned.FEATURES),
            "weights": [round(float(v), 6) for v in coef1],
            "bias": round(bias1, 6),
            "stack": {
                "features": list(learned.STACK_FEATURES),
                "weights": [round(float(v), 6) for v in coef2],
                "bias": round(bias2, 6),
            },
            "threshold": best,
            "trained_on": f"seb-dev, {len(ids)} pages, {sum(len(y) for y in ys)} blocks",
            "cross_validated_f1": round(cv, 4),
            "rules_f1": round(rules, 4),
        }
    if args.write:
        model_path.write_text(json.dumps(out, indent=1) + "\n")
        print(f"wrote {model_path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
