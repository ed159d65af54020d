"""The learned decision over the candidate triggers: grouped cross-validation, the fresh judge,
and the weights.

    pip install -e '.[train]'
    python scripts/audit_commitments.py build AUDIT --split train,dev --sample real-news,web,seventh
    python scripts/audit_commitments.py build JUDGE --split dev --sample eighth
    python scripts/train_commitments.py collect AUDIT JUDGE CANDS  # candidates + features, once
    python scripts/train_commitments.py cv CANDS                 # grouped CV of the alternatives
    python scripts/train_commitments.py judge CANDS              # the eighth sample's dev rows
    python scripts/train_commitments.py curve CANDS              # learning curve (shares of articles)
    python scripts/train_commitments.py weights CANDS            # what the model alone learns
    python scripts/train_commitments.py write CANDS --mode decide --c C --threshold T

The second look (session 21; docs/history/session21-clearn.md), over the sentences the rules
give no record, judged by grouped CV by site over every+lee train+dev:

    python scripts/audit_commitments.py build AUDIT2 --split train,dev --sample every,lee --judge ""
    python scripts/train_commitments.py second-collect AUDIT2 CANDS2  # candidates + features
    python scripts/train_commitments.py second-misses CANDS2   # the gold sentences with no record
    python scripts/train_commitments.py second-sources CANDS2  # base rate per source of candidate
    python scripts/train_commitments.py second-rank CANDS2     # out-of-fold precision per threshold
    python scripts/train_commitments.py second-cv CANDS2       # rules, + second look, keyword
    python scripts/train_commitments.py second-write CANDS2 --out F  # the weights (not shipped)

`collect` reruns the commitment rules on the audit cache's parse (scripts/audit_commitments.py:
newsdesk once on every train+dev article, never test) and keeps, per gold sentence, its label,
the rules' verdict (newsdesk's records with no model), the keyword rule's; and per candidate
trigger (commitments/triggers.py) in a gold sentence, its parse evidence
(scripts/commitment_features.py, `evidence`), the rules' verdict on it and whether it has a
subject. The features are taken inside the extraction (`commitments.extract_paths`'s `observe`:
the context it keeps from sentence to sentence, speakers and groups), so they are the run
time's own.

The alternatives, each a decision per sentence (positive when one of its candidates is accepted;
the list items under a lead-in, which no candidate of their own sentence makes, stay as the
rules gave them):

- `rules`: newsdesk's rules alone; `keyword`: the keyword rule;
- `model`: the model alone over every candidate with a subject (evidence only; the rules'
  verdict is not a feature);
- `filter`: the model (evidence + the rules' verdict) may only drop what the rules accepted;
- `model+rules`: the model over every candidate with the rules' verdict as one more feature
  (the rules were written from train+dev sentences, so in grouped CV that feature is in-sample
  and flatters this variant; the judge's dev rows judge it fairly);
- `model+reasons`: as `model+rules`, with the rule that decided (its reason's class) in place
  of the bare verdict;
- `rules|model`: the rules' records, and what the model alone accepts among the rest;
- `trees`: gradient-boosted trees alone over every candidate (evidence only).

`cv` cuts train+dev of every sample except the judge's (round 7: the eighth; the seventh's dev
rows, the judge of round 6, are training rows now) into the 5
folds grouped by article of bench/commitments.py and prints the pooled out-of-fold P/R/F1 per
setting, real news and web apart; the setting of each alternative is the one with the best
pooled F1 over all those sentences (chosen before the judge is read). `judge` fits each
alternative with its setting on all those sentences and prints its figures on the judge's
dev rows beside the rules and the keyword rule (figures only, never the sentences).
`write` fits the chosen alternative on the same sentences (the judge's dev rows left out, so they
stay a judge) and writes the model file (`--out`; plain numbers, read by
`commitment_features.read_model`). No model ships: the library's rules alone decide, and since
session 12 the library holds no scorer (to ship one, the run time would apply
`commitment_features.probability` over `evidence` where `commitments._record` takes the rules'
verdict; docs/commitments.md, "Round 6").
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location(
    "audit_commitments", ROOT / "scripts" / "audit_commitments.py"
)
assert _spec is not None and _spec.loader is not None
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)
bench = audit.bench

import commitment_features  # noqa: E402
from newsdesk.analysis import commitments as cm  # noqa: E402
from newsdesk.analysis.commitments.actors import Context  # noqa: E402
from newsdesk.analysis.commitments.classify import Verdict  # noqa: E402
from newsdesk.analysis.commitments.triggers import Trigger  # noqa: E402

OUT = Path("/tmp/commitments-model.json")  # `write`'s default: the library reads no model
THRESHOLDS = [x / 20 for x in range(3, 17)]
C_VALUES = [0.1, 0.3, 1.0, 3.0, 10.0]
TREE_SETTINGS = [(100, 2), (200, 3), (400, 3)]  # (estimators, depth) of the boosted trees
NEWS = ("news", "reuters", "readability")
JUDGE = "eighth"  # the sample whose dev rows judge (round 7); never in the CV or the shipped fit

Cands = list[dict[str, Any]]
Sents = dict[str, dict[str, Any]]


def collect(args: argparse.Namespace) -> None:
    from spacy.tokens import Token

    pages = [page for cache in args.audit for page in audit.load(cache)[1]]
    cands: Cands = []
    sents: Sents = {}
    current: list[tuple[int, int, str]] = []

    def spy(trig: Trigger, subj: Token | None, verdict: Verdict, ctx: Context) -> None:
        pos = trig.token.idx
        sid = next((i for s, e, i in current if s <= pos < e), None)
        if sid is not None:
            cands.append(
                {
                    "id": sid,
                    "x": commitment_features.evidence(trig, subj, ctx),
                    "rules": verdict.undertaking,
                    "reason": reason_class(verdict.reason),
                    "subj": subj is not None,
                }
            )

    for page in pages:
        for s in _run_page(page, current, spy):
            row = s.row
            sents[row["id"]] = {
                "gold": bool(row["gold"]),
                "split": row["split"],
                "sample": row.get("sample", "web"),
                "fold": bench.fold_of(row),
                "article": f"{row['set']}/{row['page']}",
                "keyword": bool(bench.keyword_rule(s.text)),
                "rules": bool(s.preds.get("newsdesk")),
            }
    args.cands.write_text(json.dumps({"cands": cands, "sents": sents}), encoding="utf-8")
    print(f"candidates {len(cands)}, sentences {len(sents)}")


def reason_class(reason: str) -> str:
    """The rule that decided, without the words it quotes ("forecast held by 'expect'")."""
    return reason.split("'")[0].split("(")[0].strip(" :")


def load(path: Path) -> tuple[Cands, Sents]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return raw["cands"], raw["sents"]


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(sids: Iterable[str], pred: set[str], sents: Sents) -> tuple[float, float, float, str]:
    ids = set(sids)
    tp = sum(1 for sid in pred & ids if sents[sid]["gold"])
    fp = len(pred & ids) - tp
    fn = sum(1 for sid in ids if sents[sid]["gold"]) - tp
    p, r, f = f1(tp, fp, fn)
    return p, r, f, f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


def names(c: dict[str, Any], with_rules: bool | str) -> list[str]:
    if with_rules == "reasons":
        return [*c["x"], f"reason={c['reason']}"]
    return [*c["x"], f"rules={'yes' if c['rules'] else 'no'}"] if with_rules else c["x"]


def fit_logistic(train: Cands, sents: Sents, c_value: float, with_rules: bool) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(names(c, with_rules), 1) for c in train])
    y = [int(sents[c["id"]]["gold"]) for c in train]
    lr = LogisticRegression(C=c_value, max_iter=5000).fit(x, y)
    return vec, lr


def fit_trees(train: Cands, sents: Sents, setting: tuple[int, int]) -> Any:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(c["x"], 1) for c in train])
    y = [int(sents[c["id"]]["gold"]) for c in train]
    n, depth = setting
    gb = GradientBoostingClassifier(
        n_estimators=n, max_depth=depth, learning_rate=0.1, subsample=0.8, random_state=0
    ).fit(x, y)
    return vec, gb


def predict(fitted: Any, cands: Cands, with_rules: bool) -> list[float]:
    vec, clf = fitted
    x = vec.transform([dict.fromkeys(names(c, with_rules), 1) for c in cands])
    return [float(v) for v in clf.predict_proba(x)[:, 1]]


# alternative -> (which candidates it is fitted on and decides, with the rules' verdict as a
# feature, the settings it is tuned over)
VARIANTS: dict[str, tuple[str, bool | str, list[Any]]] = {
    "model": ("all", False, C_VALUES),
    "filter": ("accepted", True, C_VALUES),
    "model+rules": ("all", True, C_VALUES),
    "model+reasons": ("all", "reasons", C_VALUES),
    "rules|model": ("union", False, C_VALUES),
    "trees": ("all", False, TREE_SETTINGS),
}


def _fit(variant: str, train: Cands, sents: Sents, setting: Any) -> Any:
    pool, with_rules, _ = VARIANTS[variant]
    train = [c for c in train if c["subj"] and (pool != "accepted" or c["rules"])]
    if variant == "trees":
        return fit_trees(train, sents, setting)
    return fit_logistic(train, sents, setting, with_rules)


def decided(
    variant: str, cands: Cands, sents: Sents, probs: dict[int, float], t: float, sids: set[str]
) -> set[str]:
    """The positive sentences of `sids` under a variant at threshold t."""
    pool = VARIANTS[variant][0]
    with_cand = {c["id"] for c in cands}
    if pool == "all":
        kept = {c["id"] for i, c in enumerate(cands) if c["subj"] and probs.get(i, 0.0) >= t}
    elif pool == "union":  # the rules' records, and what the model adds among the rest
        kept = {c["id"] for i, c in enumerate(cands) if c["subj"] and probs.get(i, 0.0) >= t}
        kept |= {sid for sid in sids if sents[sid]["rules"]}
    else:
        kept = {c["id"] for i, c in enumerate(cands) if c["rules"] and probs.get(i, 0.0) >= t}
    # list items under a lead-in: no candidate of their own sentence made them
    items = {sid for sid in sids if sents[sid]["rules"] and sid not in with_cand}
    return (kept & sids) | items


def pool_ids(sents: Sents) -> set[str]:
    """Train+dev of every sample but the judge's."""
    return {sid for sid, s in sents.items() if s["sample"] != JUDGE}


def out_of_fold(
    variant: str, cands: Cands, sents: Sents, setting: Any, share: float = 1.0
) -> dict[int, float]:
    """Out-of-fold probabilities; `share` < 1 fits each fold on that share of the other folds'
    articles (a learning curve: would more labelled articles help?)."""
    pool = pool_ids(sents)
    probs: dict[int, float] = {}
    for k in range(bench.FOLDS):
        train = [
            c
            for c in cands
            if c["id"] in pool
            and sents[c["id"]]["fold"] != k
            and _article_share(sents[c["id"]]["article"]) < share
        ]
        held = [i for i, c in enumerate(cands) if c["id"] in pool and sents[c["id"]]["fold"] == k]
        fitted = _fit(variant, train, sents, setting)
        p = predict(fitted, [cands[i] for i in held], VARIANTS[variant][1])
        probs.update(zip(held, p, strict=True))
    return probs


def _article_share(article: str) -> float:
    """A fixed pseudo-random number in [0, 1) per article (for the learning curve)."""
    return int(hashlib.sha1(f"curve/{article}".encode()).hexdigest()[:8], 16) / 16**8


def curve(args: argparse.Namespace) -> None:
    """Pooled out-of-fold F1 of an alternative with its chosen setting when each fold is fitted
    on a share of the other folds' articles."""
    cands, sents = load(args.cands)
    chosen = json.loads(args.settings.read_text(encoding="utf-8"))
    pool = pool_ids(sents)
    for variant in args.variants.split(","):
        setting, t, _ = chosen[variant]
        for share in (0.25, 0.5, 0.75, 1.0):
            probs = out_of_fold(variant, cands, sents, setting, share)
            pred = decided(variant, cands, sents, probs, t, pool)
            print(_line(f"{variant} {setting} t={t:.2f} share {share:.2f}", pred, sents, pool))


def _line(label: str, pred: set[str], sents: Sents, pool: set[str]) -> str:
    news = {sid for sid in pool if sents[sid]["sample"] in NEWS}
    web = pool - news
    return (
        f"{label:<34} all {figures(pool, pred, sents)[3]}\n{'':<34} news "
        f"{figures(news, pred, sents)[3]}   web {figures(web, pred, sents)[3]}"
    )


def choose(cands: Cands, sents: Sents, variant: str, verbose: bool) -> tuple[Any, float, float]:
    """The setting and threshold with the best pooled out-of-fold F1 (all samples but the
    judge's), printed with its figures."""
    pool = pool_ids(sents)
    best: tuple[float, Any, float] = (-1.0, None, 0.0)
    for setting in VARIANTS[variant][2]:
        probs = out_of_fold(variant, cands, sents, setting)
        for t in THRESHOLDS:
            pred = decided(variant, cands, sents, probs, t, pool)
            f = figures(pool, pred, sents)[2]
            if verbose:
                print(_line(f"{variant} {setting} t={t:.2f}", pred, sents, pool))
            if f > best[0]:
                best = (f, setting, t)
    f, setting, t = best
    probs = out_of_fold(variant, cands, sents, setting)
    print(_line(f"{variant} best {setting} t={t:.2f}", decided(
        variant, cands, sents, probs, t, pool), sents, pool))  # fmt: skip
    return setting, t, f


def cv(args: argparse.Namespace) -> None:
    cands, sents = load(args.cands)
    pool = pool_ids(sents)
    print(
        f"grouped CV, 5 folds by article: {len(pool)} train+dev sentences "
        f"({sum(sents[s]['gold'] for s in pool)} positive), "
        f"{sum(1 for c in cands if c['id'] in pool)} candidates; out of fold"
    )
    print(_line("keyword rule", {s for s in pool if sents[s]["keyword"]}, sents, pool))
    print(_line("rules (in-sample: written from these)", {s for s in pool if sents[s]["rules"]},
                sents, pool))  # fmt: skip
    chosen = {}
    for variant in args.variants.split(","):
        chosen[variant] = choose(cands, sents, variant, args.verbose)
    args.settings.write_text(json.dumps(chosen), encoding="utf-8")


def judge(args: argparse.Namespace) -> None:
    cands, sents = load(args.cands)
    chosen = json.loads(args.settings.read_text(encoding="utf-8"))
    pool = pool_ids(sents)
    rows = {sid for sid, s in sents.items() if s["sample"] == JUDGE and s["split"] == "dev"}
    print(
        f"{JUDGE} sample dev: {len(rows)} sentences, "
        f"{sum(sents[s]['gold'] for s in rows)} positive (fresh: no rule and no model saw them)"
    )
    print(
        f"  {'keyword rule':<28} {figures(rows, {s for s in rows if sents[s]['keyword']}, sents)[3]}"
    )
    print(f"  {'rules':<28} {figures(rows, {s for s in rows if sents[s]['rules']}, sents)[3]}")
    train = [c for c in cands if c["id"] in pool]
    held = [i for i, c in enumerate(cands) if c["id"] in rows]
    for variant, (setting, t, _) in chosen.items():
        if isinstance(setting, list):
            setting = tuple(setting)
        fitted = _fit(variant, train, sents, setting)
        p = predict(fitted, [cands[i] for i in held], VARIANTS[variant][1])
        probs = dict(zip(held, p, strict=True))
        pred = decided(variant, cands, sents, probs, t, rows)
        label = f"{variant} {setting} t={t:.2f}"
        wins = _bootstrap(rows, pred, {s for s in rows if sents[s]["rules"]}, sents)
        print(f"  {label:<28} {figures(rows, pred, sents)[3]}   beats the rules in {wins:.0%}")


BOOTSTRAP = 2000  # resamples of the judge's pages


def _bootstrap(rows: set[str], pred: set[str], rules: set[str], sents: Sents) -> float:
    """The share of page-level bootstrap resamples of the judge's rows on which `pred` has a
    higher F1 than the rules (how firm a difference on 23 positive sentences is)."""
    import random

    by_page: dict[str, list[str]] = {}
    for sid in rows:
        by_page.setdefault(sents[sid]["article"], []).append(sid)
    pages = sorted(by_page)
    rng = random.Random(0)
    wins = 0
    for _ in range(BOOTSTRAP):
        sample = [sid for pg in rng.choices(pages, k=len(pages)) for sid in by_page[pg]]
        counts = []
        for chosen in (pred, rules):
            tp = sum(1 for sid in sample if sid in chosen and sents[sid]["gold"])
            fp = sum(1 for sid in sample if sid in chosen and not sents[sid]["gold"])
            fn = sum(1 for sid in sample if sid not in chosen and sents[sid]["gold"])
            counts.append(f1(tp, fp, fn)[2])
        wins += counts[0] > counts[1]
    return wins / BOOTSTRAP


def weights(args: argparse.Namespace) -> None:
    """The strongest weights of the model alone fitted on all the CV sentences (what it learns)."""
    cands, sents = load(args.cands)
    pool = pool_ids(sents)
    vec, lr = _fit("model", [c for c in cands if c["id"] in pool], sents, args.c)
    ranked = sorted(zip(vec.get_feature_names_out(), lr.coef_[0], strict=True), key=lambda x: x[1])
    print(f"{len(ranked)} weights")
    for name, w in [*ranked[: args.top], *ranked[-args.top :]]:
        print(f"  {w:+.2f}  {name}")


def write(args: argparse.Namespace) -> None:
    cands, sents = load(args.cands)
    pool = pool_ids(sents)
    variant = {"decide": "model", "filter": "filter"}[args.mode]
    vec, lr = _fit(variant, [c for c in cands if c["id"] in pool], sents, args.c)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)
        if abs(w) > 1e-4
    }
    args.out.write_text(
        json.dumps(
            {
                "_about": (
                    "Logistic weights over commitment_features.evidence (+ the rules' verdict "
                    "in filter mode); scripts/train_commitments.py, docs/commitments.md "
                    "'Round 6'"
                ),
                "mode": args.mode,
                "c": args.c,
                "bias": round(float(lr.intercept_[0]), 5),
                "threshold": args.threshold,
                "weights": dict(sorted(weights.items())),
            },
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}: {len(weights)} weights")


# --- the second look (session 21; commitment_features.second_*): a learned decision over the sentences the
# rules give no record, judged by grouped cross-validation by site over every+lee train+dev.

# (C, class weighting): a balanced weighting lifts the rare positive candidates' probabilities
SECOND_SETTINGS = [(c, w) for c in (0.1, 0.3, 1.0, 3.0, 10.0) for w in (None, "balanced")]
SECOND_T = [x / 20 for x in range(1, 20)]
INNER = 4  # inner folds (by site) of each training part: the setting and threshold are chosen
# there, never on the held-out fold
FUTURE = re.compile(
    r"\b(will|shall|won't|'ll|’ll|going to|set to|(is|are|was|were) to|due to)\b", re.I
)


def second_collect(args: argparse.Namespace) -> None:
    """Per gold sentence: label, sample, site fold, the rules' and the keyword rule's preds; per
    second-look candidate in a gold sentence: its features and the record it would make (as the
    bench's Pred). The candidates are taken where the run time would take them: when the rules
    have judged the sentence's triggers and before the memory of groups is updated (the spy
    wraps `remember_groups`), so the context is the run time's own."""
    from spacy.tokens import Span, Token

    from newsdesk.analysis.commitments.actors import resolve_actors
    from newsdesk.analysis.commitments.attribution import find_attribution, writer_voice
    from newsdesk.analysis.commitments.phrases import trigger_text

    pages = [page for cache in args.audit for page in audit.load(cache)[1]]
    cands: Cands = []
    sents: Sents = {}
    current: list[tuple[int, int, str]] = []
    seen: list[tuple[Trigger, Token | None, Verdict]] = []
    remember_groups = cm.remember_groups

    def observe(trig: Trigger, subj: Token | None, verdict: Verdict, ctx: Context) -> None:
        seen.append((trig, subj, verdict))

    def spy(sent: Span, ctx: Context) -> None:
        mine = [x for x in seen if sent.start <= x[0].token.i < sent.end]
        for cand in commitment_features.second_candidates(sent, mine, ctx):
            pos = cand.trig.token.idx
            sid = next((i for s, e, i in current if s <= pos < e), None)
            if sid is None:
                continue
            trig = cand.trig
            actor = commitment_features.second_actor(cand, ctx)
            attr = find_attribution(sent, trig.token, trig.head, ctx)
            actors = [] if actor is None else resolve_actors(
                actor, ctx, attr, writer=writer_voice(actor)
            )  # fmt: skip
            cands.append(
                {
                    "id": sid,
                    "x": commitment_features.second_features(cand, ctx),
                    "source": cand.source,
                    "kind": trig.kind.value,
                    "passive": any(c.dep_ == "auxpass" for c in trig.head.children),
                    "pred": [trig.strength.value, actors, trigger_text(trig)],
                }
            )
        seen.clear()
        remember_groups(sent, ctx)

    cm.remember_groups = spy  # type: ignore[assignment]  # undone below: a wrapper, no record changes
    try:
        _second_pages(pages, sents, current, observe)
    finally:
        cm.remember_groups = remember_groups  # type: ignore[assignment]
    # the second look reads only the sentences the rules gave no record
    cands = [c for c in cands if not sents[c["id"]]["rules"]]
    args.cands.write_text(json.dumps({"cands": cands, "sents": sents}), encoding="utf-8")
    print(f"candidates {len(cands)}, sentences {len(sents)}")


def _second_pages(
    pages: list[dict[str, Any]], sents: Sents, current: list[tuple[int, int, str]], observe: Any
) -> None:
    """Each page's gold sentences and the rules' records on them (second-collect)."""
    for page in pages:
        for s in _run_page(page, current, observe):
            row = s.row
            sents[row["id"]] = {
                "gold": bool(row["gold"]),
                "row": row,
                "text": s.text,
                "split": row["split"],
                "sample": row.get("sample", "web"),
                "fold": bench.fold_of(row, "site"),
                "keyword": [list(dataclasses.astuple(p)) for p in bench.keyword_rule(s.text)],
                "future": bool(FUTURE.search(s.text)),
                "rules": [list(dataclasses.astuple(p)) for p in s.preds["newsdesk"]],
            }


def _run_page(
    page: dict[str, Any], current: list[tuple[int, int, str]], observe: Any
) -> list[bench.Sentence]:
    """The page's gold sentences, located, with the rules' records on each
    (`preds["newsdesk"]`), the rules run on the cached parse with `observe`; while they run,
    `current` holds each located sentence's span and id, for the observer (collect,
    second-collect)."""
    located = [bench.Sentence(row, text, start, end) for row, text, start, end in page["sents"]]
    current[:] = [(s.start, s.end, s.row["id"]) for s in located if s.start >= 0]
    made = cm.extract_paths(
        page["doc"], page["people"], page["places"], page["published"], observe=observe
    )
    bench.assign(located, "newsdesk", page["text"], [rec for rec, _ in made])
    return located


def second_misses(args: argparse.Namespace) -> None:
    """The gold-positive sentences with no newsdesk record, by what they hold."""
    from collections import Counter

    cands, sents = load(args.cands)
    by_sid: dict[str, list[dict[str, Any]]] = {}
    for c in cands:
        by_sid.setdefault(c["id"], []).append(c)
    for group, samples in (("every", bench.GROUPS["every"]), ("lee", ("lee",))):
        pos = [sid for sid, s in sents.items() if s["gold"] and s["sample"] in samples]
        missed = [sid for sid in pos if not sents[sid]["rules"]]
        print(f"{group}: {len(pos)} gold-positive sentences, {len(missed)} with no record")
        table: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        for sid in missed:
            cs = by_sid.get(sid, [])
            rejected = [c for c in cs if c["source"].startswith(("rules:", "nosubj"))]
            parse = [c for c in cs if c["source"].startswith("parse:")]
            table["a candidate the rules rejected" if rejected else "no rule candidate"] += 1
            if not rejected:
                table["  of which a parse candidate (second look)" if parse else
                      "  of which no candidate at all"] += 1  # fmt: skip
            for c in rejected[:1]:
                reasons[c["source"]] += 1
            if sents[sid]["future"]:
                table["future/modal word (will, is to, going to, ...)"] += 1
            if any(c["passive"] for c in cs):
                table["passive clause among the candidates"] += 1
            if any(c["kind"] in ("noun", "plan") for c in cs):
                table["nominal candidate (plan, offer, inquiry, ...)"] += 1
            if sents[sid]["text"].lstrip().startswith(("-", "*", "•")):
                table["list item"] += 1
        for k, n in table.items():
            print(f"  {k:<52} {n:>4}")
        print("  first rejecting rule of the missed sentences:")
        for k, n in reasons.most_common(args.top):
            print(f"    {n:>4}  {k}")


def _prob_fit(train: Cands, sents: Sents, setting: tuple[float, str | None]) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(c["x"], 1) for c in train])
    y = [int(sents[c["id"]]["gold"]) for c in train]
    c_value, weight = setting
    return vec, LogisticRegression(C=c_value, max_iter=5000, class_weight=weight).fit(x, y)


def _probs(fitted: Any, cands: Cands) -> list[float]:
    if not cands:
        return []
    vec, lr = fitted
    x = vec.transform([dict.fromkeys(c["x"], 1) for c in cands])
    return [float(v) for v in lr.predict_proba(x)[:, 1]]


def _second_preds(
    sids: Iterable[str], cands: Cands, probs: dict[int, float], t: float, sents: Sents
) -> dict[str, list[Any]]:
    """Each sentence's preds: the rules' where they made any, else the second look's best
    candidate at threshold t (None: the rules alone)."""
    best: dict[str, tuple[float, int]] = {}
    for i, p in probs.items():
        sid = cands[i]["id"]
        if p >= t and (sid not in best or p > best[sid][0]):
            best[sid] = (p, i)
    out = {}
    for sid in sids:
        rules = sents[sid]["rules"]
        if rules:
            out[sid] = rules
        else:
            out[sid] = [cands[best[sid][1]]["pred"]] if sid in best else []
    return out


def _score(sids: Iterable[str], preds: dict[str, list[Any]], sents: Sents) -> Any:
    part = []
    for sid in sids:
        s = bench.Sentence(sents[sid]["row"], sents[sid]["text"])
        s.preds["x"] = [bench.Pred(*p) for p in preds[sid]]
        part.append(s)
    return bench.score(part, "x", keep_misses=False)


def _cell(sc: Any) -> str:
    p, r, f = sc.prf()
    ac = sc.actors_ok / sc.tp if sc.tp else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} act {ac:.3f}"


def _fit_and_predict(
    train_ids: set[str], held: set[str], cands: Cands, sents: Sents
) -> tuple[tuple[float, str | None], float, dict[str, list[Any]]]:
    """The setting and threshold chosen inside `train_ids` (`_choose_second`), the model fitted
    there, and its records for the `held` sentences (`_second_preds`)."""
    setting, t = _choose_second(train_ids, cands, sents)
    fitted = _prob_fit([c for c in cands if c["id"] in train_ids], sents, setting)
    idx = [i for i, c in enumerate(cands) if c["id"] in held]
    probs = dict(zip(idx, _probs(fitted, [cands[i] for i in idx]), strict=True))
    return setting, t, _second_preds(held, cands, probs, t, sents)


def _choose_second(
    train_ids: set[str], cands: Cands, sents: Sents
) -> tuple[tuple[float, str | None], float]:
    """The setting (C, class weighting) and threshold with the best pooled F1 over inner folds (by site) of the training part."""
    index = [i for i, c in enumerate(cands) if c["id"] in train_ids]
    # the inner folds regroup the outer training part's sites by a second hash
    inner = {
        sid: int(hashlib.sha1(f"inner/{bench.site_of(sents[sid]['row'])}".encode()).hexdigest(), 16)
        % INNER
        for sid in train_ids
    }
    best: tuple[float, tuple[float, str | None], float] = (-1.0, SECOND_SETTINGS[0], 0.5)
    for setting in SECOND_SETTINGS:
        probs: dict[int, float] = {}
        for k in range(INNER):
            fit_on = [cands[i] for i in index if inner[cands[i]["id"]] != k]
            held = [i for i in index if inner[cands[i]["id"]] == k]
            p = _probs(_prob_fit(fit_on, sents, setting), [cands[i] for i in held])
            probs.update(zip(held, p, strict=True))
        for t in SECOND_T:
            f = _score(train_ids, _second_preds(train_ids, cands, probs, t, sents), sents).prf()[2]
            if f > best[0]:
                best = (f, setting, t)
    return best[1], best[2]


def second_cv(args: argparse.Namespace) -> None:
    """Grouped CV by site over every+lee train+dev: rules, rules + second look, keyword rule."""
    cands, sents = load(args.cands)
    pool = {sid for sid, s in sents.items() if s["split"] in ("train", "dev")}
    print(
        f"every+lee train+dev: {len(pool)} sentences ({sum(sents[s]['gold'] for s in pool)} "
        f"positive, {sum(1 for s in pool if sents[s]['gold'] and not sents[s]['rules'])} missed "
        f"by the rules), {len(cands)} second-look candidates; 5 folds by site"
    )
    rules = {sid: sents[sid]["rules"] for sid in pool}
    keyword = {sid: sents[sid]["keyword"] for sid in pool}
    oof: dict[str, list[Any]] = {}
    print(f"{'fold':>4}  {'rules':>38}  {'rules + second look':>38}  {'keyword':>38}  setting")
    for k in range(bench.FOLDS):
        held = {sid for sid in pool if sents[sid]["fold"] == k}
        train_ids = pool - held
        setting, t, preds = _fit_and_predict(train_ids, held, cands, sents)
        oof.update(preds)
        print(
            f"{k:>4}  {_cell(_score(held, rules, sents)):>38}  {_cell(_score(held, preds, sents)):>38}"
            f"  {_cell(_score(held, keyword, sents)):>38}  {setting} t={t:.2f}",
            flush=True,
        )
    print(
        f"{'all':>4}  {_cell(_score(pool, rules, sents)):>38}  {_cell(_score(pool, oof, sents)):>38}"
        f"  {_cell(_score(pool, keyword, sents)):>38}"
    )
    print("per sample group (pooled out of fold):")
    for sample in sorted({sents[s]["sample"] for s in pool}):
        ids = {s for s in pool if sents[s]["sample"] == sample}
        a, b = _score(ids, rules, sents), _score(ids, oof, sents)
        print(f"  {sample:<12} {_cell(a)}  ->  {_cell(b)}   (tp {a.tp}->{b.tp}, fp {a.fp}->{b.fp})")
    for name, samples in (("every", bench.GROUPS["every"]), ("lee", ("lee",))):
        ids = {s for s in pool if sents[s]["sample"] in samples}
        print(f"  {name:<12} {_cell(_score(ids, rules, sents))}  ->  {_cell(_score(ids, oof, sents))}"
              f"   keyword {_cell(_score(ids, keyword, sents))}")  # fmt: skip
    lee = {sid for sid in pool if sents[sid]["sample"] == "lee"}
    every = pool - lee
    setting, t, preds = _fit_and_predict(every, lee, cands, sents)
    print(f"Lee dev, the model fitted on every train+dev ({setting} t={t:.2f}):")
    print(f"  rules                {_cell(_score(lee, rules, sents))}")
    print(f"  rules + second look  {_cell(_score(lee, preds, sents))}")
    print(f"  keyword rule         {_cell(_score(lee, keyword, sents))}")


def second_write(args: argparse.Namespace) -> None:
    """Fit on every+lee train+dev with the setting chosen by inner CV and write the weights
    (`--out`; plain numbers over commitment_features.second_features). No second look ships:
    it lost under grouped CV (docs/history/session21-clearn.md)."""
    import datetime

    cands, sents = load(args.cands)
    pool = {sid for sid, s in sents.items() if s["split"] in ("train", "dev")}
    setting, t = _choose_second(pool, cands, sents)
    vec, lr = _prob_fit([c for c in cands if c["id"] in pool], sents, setting)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)
        if abs(w) > 1e-3
    }
    model = {
        "_about": (
            "Logistic weights over commitment_features.second_features; fitted by "
            "scripts/train_commitments.py second-write on every+lee train+dev of "
            f"bench/data/commitments-real.jsonl ({len(pool)} sentences), "
            f"{datetime.date.today()}; C and threshold by inner grouped CV (by site)"
        ),
        "c": setting[0],
        "class_weight": setting[1],
        "bias": round(float(lr.intercept_[0]), 4),
        "threshold": t,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, {setting} t={t}")


def second_rank(args: argparse.Namespace) -> None:
    """How well any threshold could do: out of fold (by site), the sentences the second look
    would add at each threshold and how many of them hold an undertaking, per C and class
    weighting. A record added lifts F1 only when the additions' precision is above about half
    the rules' F1."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    cands, sents = load(args.cands)
    for c_value in (0.1, 1.0, 10.0):
        for weight in (None, "balanced"):
            probs: dict[int, float] = {}
            for k in range(bench.FOLDS):
                train = [c for c in cands if sents[c["id"]]["fold"] != k]
                held = [i for i, c in enumerate(cands) if sents[c["id"]]["fold"] == k]
                vec = DictVectorizer()
                x = vec.fit_transform([dict.fromkeys(c["x"], 1) for c in train])
                y = [int(sents[c["id"]]["gold"]) for c in train]
                lr = LogisticRegression(C=c_value, max_iter=5000, class_weight=weight).fit(x, y)
                xh = vec.transform([dict.fromkeys(cands[i]["x"], 1) for i in held])
                probs.update(zip(held, (float(v) for v in lr.predict_proba(xh)[:, 1]), strict=True))
            best: dict[str, float] = {}
            for i, p in probs.items():
                best[cands[i]["id"]] = max(best.get(cands[i]["id"], 0.0), p)
            cells = []
            for t in (0.1, 0.2, 0.3, 0.5, 0.7, 0.9):
                added = [sid for sid, p in best.items() if p >= t]
                cells.append(f"t {t}: {sum(sents[s]['gold'] for s in added)}/{len(added)}")
            print(f"C={c_value:<4} {weight!s:<9} " + "  ".join(cells))


def second_sources(args: argparse.Namespace) -> None:
    """Per source of candidate (the rejecting rule, or the parse's kind): the sentences the
    rules gave no record that hold one, and how many of them hold an undertaking."""
    from collections import Counter

    cands, sents = load(args.cands)
    total: Counter[str] = Counter()
    positive: Counter[str] = Counter()
    for sid, source in {(c["id"], c["source"]) for c in cands}:
        total[source] += 1
        positive[source] += sents[sid]["gold"]
    for source, n in total.most_common(args.top):
        print(f"  {positive[source]:>4}/{n:<5} {source}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("collect")
    p.add_argument(
        "audit", type=Path, nargs="+", help="the caches of scripts/audit_commitments.py build"
    )
    p.add_argument("cands", type=Path)
    p = sub.add_parser("cv")
    p.add_argument("cands", type=Path)
    p.add_argument("--variants", default="model,filter,model+rules")
    p.add_argument("--settings", type=Path, default=Path("/tmp/commitments-settings.json"))
    p.add_argument("-v", "--verbose", action="store_true", help="every setting and threshold")
    p = sub.add_parser("curve")
    p.add_argument("cands", type=Path)
    p.add_argument("--variants", default="model")
    p.add_argument("--settings", type=Path, default=Path("/tmp/commitments-settings.json"))
    p = sub.add_parser("judge")
    p.add_argument("cands", type=Path)
    p.add_argument("--settings", type=Path, default=Path("/tmp/commitments-settings.json"))
    p = sub.add_parser("weights")
    p.add_argument("cands", type=Path)
    p.add_argument("--c", type=float, default=3.0)
    p.add_argument("--top", type=int, default=15)
    p = sub.add_parser("write")
    p.add_argument("cands", type=Path)
    p.add_argument("--mode", choices=("decide", "filter"), default="decide")
    p.add_argument("--c", type=float, required=True)
    p.add_argument("--threshold", type=float, required=True)
    p.add_argument("--out", type=Path, default=OUT, help=f"the model file (default {OUT})")
    p = sub.add_parser("second-collect")
    p.add_argument("audit", type=Path, nargs="+")
    p.add_argument("cands", type=Path)
    p = sub.add_parser("second-misses")
    p.add_argument("cands", type=Path)
    p.add_argument("--top", type=int, default=15)
    p = sub.add_parser("second-cv")
    p.add_argument("cands", type=Path)
    p = sub.add_parser("second-write")
    p.add_argument("cands", type=Path)
    p.add_argument("--out", type=Path, default=Path("/tmp/second-look-model.json"))
    p = sub.add_parser("second-rank")
    p.add_argument("cands", type=Path)
    p = sub.add_parser("second-sources")
    p.add_argument("cands", type=Path)
    p.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    {
        "second-collect": second_collect,
        "second-misses": second_misses,
        "second-cv": second_cv,
        "second-write": second_write,
        "second-rank": second_rank,
        "second-sources": second_sources,
        "collect": collect,
        "cv": cv,
        "curve": curve,
        "judge": judge,
        "weights": weights,
        "write": write,
    }[args.command](args)


if __name__ == "__main__":
    main()
