"""Learn the clean stage's block classifier from labelled pages of many sites.

    pip install -e '.[train]'
    python scripts/train_cleaner.py [--bench-dir ../shared/bench] [--mode html|text|both]
        [--limit N] [--stage2 linear|trees] [--balance none|set|site] [--write]

Every page of seb-dev, wcxb-dev, readability and trafilatura-eval is read the way
`newsdesk clean` reads it (as saved HTML, and as a plain-text dump: seb-dev's own, inscriptis
renders of the others), and each block gets the features `newsdesk.cleaner.features.block_features`
lists. Labels: with a full-body truth, whether most of the block's 4-token shingles are in the
body; with snippet truth (trafilatura-eval), a block holding a `with` snippet is article, one
holding a `without` snippet is not, the rest are left out.

Model, features and threshold are chosen by cross-validation GROUPED BY SITE (5 folds by the
url's registered domain; pages without a url are their own site): every page is scored by a
model that never saw a page of its site. Two families are compared on that figure: a
gradient-boosted tree ensemble (scikit-learn HistGradientBoosting, training only) and the
logistic model, each with a second, logistic stage over its scores and its neighbours' (stage
2 of a fold is fitted on the other folds' pages and their out-of-fold stage-1 scores: it never
sees the held-out fold's pages or labels, though the stage-1 models that scored its training
pages did see them).

`--stage2 trees` (HTML) replaces the logistic second stage with trees over each block's
features and the sequence view (`features.SEQUENCE_FEATURES`), whose stage-1 scores are
cross-fitted inside each training fold (no score a second stage learns from was shaped by
its page's labels or by the held-out fold's). `--balance set` weighs every set alike.

`--write` refits on every page and stores the model in src/newsdesk/data/cleaner.json (trees
as node lists that the cleaner compiles into plain Python), and writes each outer fold's model
to bench/.cache/models/ so that `bench/extraction.py` scores every page end to end with a
model that never saw its site.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from newsdesk import cleaner as cleaning
from newsdesk.cleaner import features
from newsdesk.read import read
from newsdesk.read.page import page_of

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import cleaner_data as cd  # noqa: E402

_T = TypeVar("_T", bound=tuple[Any, ...])
THRESHOLDS = [round(0.2 + 0.05 * k, 2) for k in range(13)]
TREE_PARAMS: dict[str, Any] = {
    "max_iter": 80,
    "learning_rate": 0.12,
    "max_leaf_nodes": 15,
    "min_samples_leaf": 40,
    "l2_regularization": 1.0,
}
# The sequence stage's trees (`--stage2 trees`): fewer, as its inputs are stage 1's scores.
STAGE2_PARAMS: dict[str, Any] = {
    "max_iter": 40,
    "learning_rate": 0.12,
    "max_leaf_nodes": 15,
    "min_samples_leaf": 40,
    "l2_regularization": 1.0,
}


@dataclass
class PageData:
    page: cd.LabelledPage
    texts: list[str]  # the blocks' texts ("" for those the cleaner never keeps)
    x: np.ndarray
    y: np.ndarray
    w: np.ndarray  # 0 for blocks the truth says nothing about


def page_rows(raw: bytes, fmt: str) -> tuple[list[str], list[list[float]]]:
    doc = read(raw, input_format=fmt)
    page = cleaning.featurise(page_of(doc))
    # the blocks the cleaner never keeps have no text to label
    texts = [b.text if keep else "" for b, keep in zip(page.blocks, page.keepable, strict=True)]
    return texts, page.rows


def _squash(text: str) -> str:
    return " ".join(text.split())


def labels_for(
    page: cd.LabelledPage, texts: list[str], scorer: ModuleType
) -> tuple[np.ndarray, np.ndarray]:
    n = len(texts)
    y = np.zeros(n, dtype=int)
    w = np.zeros(n, dtype=float)
    size = np.array([np.log1p(len(scorer.tokens(t))) + 0.5 for t in texts])
    if page.body is not None:
        ttoks = scorer.tokens(page.body)
        joined = " " + " ".join(ttoks) + " "
        tsh = set(zip(*(ttoks[i:] for i in range(4)), strict=False))
        for i, text in enumerate(texts):
            toks = scorer.tokens(text)
            if not toks:
                continue
            if len(toks) < 4:
                y[i] = int(" " + " ".join(toks) + " " in joined)
            else:
                sh = list(zip(*(toks[k:] for k in range(4)), strict=False))
                y[i] = int(sum(1 for s in sh if s in tsh) >= 0.5 * len(sh))
            w[i] = size[i]
        return y, w
    withs = [_squash(s) for s in page.with_ if s.strip()]
    withouts = [_squash(s) for s in page.without if s.strip()]
    for i, text in enumerate(texts):
        t = _squash(text)
        if not t:
            continue
        if any(s in t or (len(t) >= 30 and t in s) for s in withs):
            y[i], w[i] = 1, size[i]
        elif any(s in t or (len(t) >= 15 and t in s) for s in withouts):
            y[i], w[i] = 0, size[i]
    return y, w


def extract(bench: Path, fmt: str, scorer: ModuleType, limit: int) -> list[PageData]:
    cache = cd.CACHE / f"feats-{fmt}.pkl"
    names = features.feature_names(fmt)  # type: ignore[arg-type]
    if cache.exists():
        stored = pickle.loads(cache.read_bytes())
        if stored["features"] == names and stored["limit"] == limit:
            return list(stored["pages"])
    out: list[PageData] = []
    start = time.perf_counter()
    for k, page in enumerate(cd.load_all(bench)):
        if limit and k % limit:  # every limit-th page, to iterate fast
            continue
        raw = cd.html_of(bench, page) if fmt == "html" else cd.dump_of(bench, page)
        try:
            texts, rows = page_rows(raw, fmt)
        except Exception as exc:  # an unreadable page is scored as empty by the bench
            print(f"  {page.set}/{page.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            texts, rows = [], []
        x = np.array(rows, dtype=float).reshape(len(rows), len(names))
        y, w = labels_for(page, texts, scorer)
        out.append(PageData(page, texts, x, y, w))
    print(f"{fmt}: {len(out)} pages read in {time.perf_counter() - start:.0f} s", flush=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps({"features": names, "limit": limit, "pages": out}))
    return out


def balanced(pages: list[PageData], by: str) -> list[PageData]:
    """The pages with their blocks' weights scaled so that every set (or site) carries the
    same total weight ('none': as labelled)."""
    if by == "none":
        return pages
    key = (lambda p: p.page.set) if by == "set" else (lambda p: p.page.site)
    totals: dict[str, float] = {}
    for p in pages:
        totals[key(p)] = totals.get(key(p), 0.0) + float(p.w.sum())
    mean = sum(totals.values()) / len(totals)
    return [
        PageData(
            p.page, p.texts, p.x, p.y, p.w * (mean / totals[key(p)] if totals[key(p)] else 0.0)
        )
        for p in pages
    ]


# ---------------------------------------------------------------- models


def fit_linear(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict[str, Any]:
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std == 0] = 1.0
    clf = LogisticRegression(C=1.0, max_iter=3000)
    clf.fit((x - mean) / std, y, sample_weight=w)
    coef = clf.coef_[0] / std
    bias = float(clf.intercept_[0] - (clf.coef_[0] * mean / std).sum())
    return {"kind": "linear", "weights": [round(float(v), 6) for v in coef], "bias": round(bias, 6)}


def fit_trees(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, params: dict[str, Any] | None = None
) -> dict[str, Any]:
    clf = HistGradientBoostingClassifier(**(params or TREE_PARAMS), random_state=0)
    clf.fit(x, y, sample_weight=w)
    trees = []
    for (predictor,) in clf._predictors:
        nodes = []
        for node in predictor.nodes:
            if node["is_leaf"]:
                nodes.append([-1, 0, 0, 0, round(float(node["value"]), 6)])
            else:
                nodes.append(
                    [int(node["feature_idx"]), float(node["num_threshold"]),
                     int(node["left"]), int(node["right"]), 0]
                )  # fmt: skip
        trees.append(nodes)
    base = float(np.ravel(clf._baseline_prediction)[0])
    return {"kind": "trees", "base": round(base, 6), "trees": trees}


def apply(spec: dict[str, Any], x: np.ndarray) -> np.ndarray:
    if spec["kind"] == "linear":
        return np.clip(x @ np.array(spec["weights"]) + spec["bias"], -10, 10)
    out = np.full(len(x), spec["base"])
    for tree in spec["trees"]:
        node = np.zeros(len(x), dtype=int)
        arr = np.array(tree, dtype=float)
        for _ in range(64):
            feat = arr[node, 0].astype(int)
            leaf = feat < 0
            if leaf.all():
                break
            go_left = x[np.arange(len(x)), np.maximum(feat, 0)] <= arr[node, 1]
            nxt = np.where(go_left, arr[node, 2], arr[node, 3]).astype(int)
            node = np.where(leaf, node, nxt)
        out += arr[node, 4]
    return np.clip(out, -10, 10)


def fit_stage1(kind: str, pages: list[PageData]) -> dict[str, Any]:
    x = np.vstack([p.x for p in pages])
    y = np.concatenate([p.y for p in pages])
    w = np.concatenate([p.w for p in pages])
    keep = w > 0
    return (fit_trees if kind == "trees" else fit_linear)(x[keep], y[keep], w[keep])


def stack_x(
    p: PageData, z: np.ndarray, names: tuple[str, ...] = features.STACK_FEATURES
) -> np.ndarray:
    """The second stage's input for a page's blocks (`names`: the logistic stage's features,
    or the block's row and the sequence view)."""
    rows = features.stage2_rows({"features": names}, p.x.tolist(), z.tolist())
    return np.array(rows, dtype=float).reshape(len(z), len(names))


def fit_stage2(
    pages: list[PageData], zs: list[np.ndarray], kind: str = "linear",
    names: tuple[str, ...] = features.STACK_FEATURES,
) -> dict[str, Any]:  # fmt: skip
    x = np.vstack([stack_x(p, z, names) for p, z in zip(pages, zs, strict=True)])
    y = np.concatenate([p.y for p in pages])
    w = np.concatenate([p.w for p in pages])
    keep = w > 0
    fit = fit_trees if kind == "trees" else fit_linear
    spec = fit(x[keep], y[keep], w[keep], **({"params": STAGE2_PARAMS} if kind == "trees" else {}))
    spec["features"] = list(names)
    return spec


def crossfit(
    kind: str, pages: list[PageData], idx: list[int], memo: dict[frozenset[int], dict[str, Any]]
) -> dict[int, np.ndarray]:
    """Stage-1 scores of the pages `idx`, each by a model fitted on the others' folds (sites):
    the scores a second stage learns from are as unseen as the ones it will be given. The
    model that leaves out folds f and g serves outer fold f's inner fold g and outer fold g's
    inner fold f alike (`memo`: 10 fits, not 20)."""
    out: dict[int, np.ndarray] = {}
    folds = {pages[i].page.fold for i in idx}
    outer = frozenset(range(cd.FOLDS)) - folds
    for g in sorted(folds):
        key = outer | {g}
        if key not in memo:
            memo[key] = fit_stage1(kind, [p for p in pages if p.page.fold not in key])
        model = memo[key]
        for i in idx:
            if pages[i].page.fold == g:
                out[i] = apply(model, pages[i].x) if len(pages[i].x) else np.zeros(0)
    return out


# ---------------------------------------------------------------- evaluation


def figures(
    pages: list[PageData],
    zs: list[np.ndarray],
    cut: float,
    scorer: ModuleType,
    snippets: ModuleType,
) -> dict[str, tuple[float, float, float, int]]:
    """Per set: P, R, F1 and empty outputs, with the bench's scorers (blocks kept at `cut`)."""
    by_set: dict[str, list[tuple[PageData, str]]] = {}
    for p, z in zip(pages, zs, strict=True):
        text = "\n\n".join(t for t, v in zip(p.texts, z, strict=True) if t and v >= cut)
        by_set.setdefault(p.page.set, []).append((p, text))
    out: dict[str, tuple[float, float, float, int]] = {}
    for name, items in by_set.items():
        if name == "trafilatura-eval":
            ev = {p.page.id: {"with": p.page.with_, "without": p.page.without} for p, _ in items}
            m = snippets.score_snippets(ev, {p.page.id: t for p, t in items})
            out[name] = (m["precision"], m["recall"], m["f1"], m["empty"])
        else:
            scores = [scorer.score_page(p.page.body, t) for p, t in items]
            m = scorer.aggregate(scores)
            out[name] = (m["precision"], m["recall"], m["f1"], m["n_empty"])
    return out


# Mean F1s closer than this are a tie (round 2 saw differences of .003 come and go between
# runs of the same features): of tied candidates the one with the higher threshold wins, since
# precision is where newsdesk trails trafilatura (seb-dev, trafilatura-eval).
TIE = 0.001


def choose(candidates: list[_T]) -> _T:
    """The candidate (mean F1, name, threshold, ...) with the best mean F1, the higher
    threshold among ties."""
    top = max(c[0] for c in candidates)
    return max((c for c in candidates if c[0] >= top - TIE), key=lambda c: (c[2], c[0]))


def logit(t: float) -> float:
    return float(np.log(t / (1 - t)))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bench-dir", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--mode", choices=["html", "text", "both"], default="both")
    ap.add_argument("--limit", type=int, default=0, help="use every N-th page (iterating)")
    ap.add_argument("--kinds", default="trees,linear")
    ap.add_argument("--no-stack", action="store_true")
    ap.add_argument(
        "--stage2", choices=["linear", "trees"], default="linear",
        help="the second stage: logistic over the neighbours' scores, or (HTML) trees over the "
        "block's row and the sequence view, with stage-1 scores cross-fitted in each training fold",
    )  # fmt: skip
    ap.add_argument("--stage2-params", default="", help="JSON overriding STAGE2_PARAMS")
    ap.add_argument(
        "--balance", choices=["none", "set", "site"], default="none",
        help="sample weights so that every set (or every site) weighs alike in the loss",
    )  # fmt: skip
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--tree-params", default="", help="JSON overriding TREE_PARAMS")
    ap.add_argument("--thresholds", default="", help="comma-separated, to try fewer")
    ap.add_argument("--extract-only", action="store_true", help="only read and cache the pages")
    args = ap.parse_args()

    if args.tree_params:
        TREE_PARAMS.update(json.loads(args.tree_params))
    if args.stage2_params:
        STAGE2_PARAMS.update(json.loads(args.stage2_params))
    thresholds = [float(t) for t in args.thresholds.split(",")] if args.thresholds else THRESHOLDS
    scorer = cd.load_module(args.bench_dir / "score.py", "score")
    snippets = cd.load_module(args.bench_dir / "snippets.py", "snippets")
    model_path = ROOT / "src/newsdesk/data/cleaner.json"
    out: dict[str, Any] = json.loads(model_path.read_text()) if model_path.exists() else {}
    fold_models: dict[int, dict[str, Any]] = {}
    folds_dir = cd.CACHE / "models"
    for f in range(cd.FOLDS):
        path = folds_dir / f"fold{f}.json"
        fold_models[f] = json.loads(path.read_text()) if path.exists() else {}
    for fmt in ("html", "text") if args.mode == "both" else (args.mode,):
        pages = balanced(extract(args.bench_dir, fmt, scorer, args.limit), args.balance)
        if args.extract_only:
            continue
        wide = features.feature_names(fmt) + features.SEQUENCE_FEATURES  # type: ignore[arg-type]
        candidates: list[tuple[float, str, float, dict[int, dict[str, Any]], list[np.ndarray]]] = []
        for kind in args.kinds.split(","):
            start = time.perf_counter()
            stage1: dict[int, dict[str, Any]] = {}
            z1: list[np.ndarray] = [np.zeros(0)] * len(pages)
            for f in range(cd.FOLDS):
                stage1[f] = fit_stage1(kind, [p for p in pages if p.page.fold != f])
                for i, p in enumerate(pages):
                    if p.page.fold == f:
                        z1[i] = apply(stage1[f], p.x) if len(p.x) else np.zeros(0)
            # stage 2 of fold f learns from the other folds' out-of-fold stage-1 scores
            models: dict[int, dict[str, Any]] = {}
            zs: list[np.ndarray] = list(z1)
            memo: dict[frozenset[int], dict[str, Any]] = {}
            for f in range(cd.FOLDS):
                models[f] = {"stage1": stage1[f]}
                if not args.no_stack:
                    held = [i for i, p in enumerate(pages) if p.page.fold != f]
                    if args.stage2 == "trees":
                        # cross-fitted inside the training folds: never a leaked score
                        inner = crossfit(kind, pages, held, memo)
                        models[f]["stack"] = fit_stage2(
                            [pages[i] for i in held], [inner[i] for i in held], "trees", wide
                        )
                    else:
                        models[f]["stack"] = fit_stage2(
                            [pages[i] for i in held], [z1[i] for i in held]
                        )
                    names2 = tuple(models[f]["stack"]["features"])
                    for i, p in enumerate(pages):
                        if p.page.fold == f and len(p.x):
                            zs[i] = apply(models[f]["stack"], stack_x(p, z1[i], names2))
            print(f"{fmt} {kind}: grouped 5-fold CV in {time.perf_counter() - start:.0f} s")
            for name, scores in (("stage 1", z1), ("stage 2", zs)):
                if name == "stage 1" and args.no_stack:
                    continue
                for t in thresholds:
                    figs = figures(pages, scores, logit(t), scorer, snippets)
                    mean = float(np.mean([v[2] for v in figs.values()]))
                    line = "  ".join(
                        f"{k} {v[0]:.3f}/{v[1]:.3f}/{v[2]:.3f} ({v[3]} empty)"
                        for k, v in figs.items()
                    )
                    print(f"  {name} t={t:.2f} mean F1 {mean:.4f}  {line}", flush=True)
                    # stage 1 alone is a candidate too: its neighbours may add nothing to it
                    chosen = (
                        models
                        if name == "stage 2"
                        else {f: {"stage1": m["stage1"]} for f, m in models.items()}
                    )
                    candidates.append((mean, f"{kind} {name}", t, chosen, z1))
        mean, kind, t, models, best_z1 = choose(candidates)
        print(f"{fmt}: chosen {kind}, threshold {t:.2f}, grouped-CV mean F1 {mean:.4f}")
        names = list(features.feature_names(fmt))  # type: ignore[arg-type]
        for f, model in models.items():
            fold_models[f][fmt] = {"features": names, **model, "threshold": t}
        if args.write:
            full: dict[str, Any] = {"stage1": fit_stage1(kind.split()[0], pages)}
            if "stack" in models[0]:
                if args.stage2 == "trees":
                    full["stack"] = fit_stage2(pages, best_z1, "trees", wide)
                else:
                    full["stack"] = fit_stage2(pages, best_z1)
            counts: dict[str, int] = {}
            for p in pages:
                counts[p.page.set] = counts.get(p.page.set, 0) + 1
            out[fmt] = {
                "features": names,
                **full,
                "threshold": t,
                "trained_on": ", ".join(f"{k} {v} pages" for k, v in counts.items()),
                "grouped_cv_mean_f1": round(mean, 4),
            }
    if args.write and not args.extract_only:
        model_path.write_text(json.dumps(out, separators=(",", ":")) + "\n")
        print(f"wrote {model_path.relative_to(ROOT)} ({model_path.stat().st_size // 1024} KB)")
        folds_dir.mkdir(parents=True, exist_ok=True)
        for f, model in fold_models.items():
            (folds_dir / f"fold{f}.json").write_text(json.dumps(model))
        print(f"wrote {cd.FOLDS} fold models to {folds_dir.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
