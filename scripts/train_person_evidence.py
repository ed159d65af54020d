"""The person evidence weights (entities/evidence.py) learned, not hand-set: grouped CV.

    pip install -e '.[train]'
    python scripts/train_person_evidence.py collect CANDS   # newsdesk once over real-dev, CoNLL dev
    python scripts/train_person_evidence.py cv CANDS        # grouped 5-fold CV, hand vs learned

`collect` runs newsdesk (the run time's own code path) over bench/data/entities-real.json's dev
articles and CoNLL-2003 dev, and keeps every person candidate that reaches the evidence decision
(`evidence._not_a_person_reason`: past the symbol, the machine role and the lone word with no
evidence) with its evidence items as named features, the hand decision, and its mentions' keys
under the bench's matching (bench/entities.py `key`, `gold_names`, `match`; conll_docs.key).

The items are read without changing evidence.py: while collecting, each weight constant
(`_FOR_*`, `_AGAINST_*`) is set to its own power of two, so that `person_evidence` and
`evidence_against` return a sum whose bits are the items present; the hand decision is then
recomputed from the items with the hand weights and thresholds, and returned, so the run's
output is newsdesk's own (checked: people from the candidates = the brief's people).

`cv`: grouped CV by article (5 folds: n % 5, as the bench's --folds), real-dev and CoNLL kept
apart and pooled. Per held-out fold: candidate accuracy and people P/R/F1 computed from the
candidates (kept ones are the article's people) with the hand weights and with a logistic
model fitted on the training folds (C and threshold chosen by inner grouped CV on the training
part, for its people F1). Places are not computed here (a dropped person's spans can return as
places, `_given_back`): a win would need a bench rerun with the weights swapped.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

FOLDS = 5
INNER_FOLDS = 3
CS = (0.01, 0.1, 1.0, 10.0)
# evidence.py's thresholds (the script's `ablate` recomputes the hand decision with them)
DROP_AT, DROP_AT_NO_EVIDENCE = 2.0, 1.0
# "items": one feature per evidence item (+ no evidence for); "sums": the hand sums for and
# against (+ no evidence for), a policy learned over the hand weights (`cv --features sums`)
FEATURES = ["items"]
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))


def _constants(module: Any) -> list[str]:
    return sorted(n for n in vars(module) if n.startswith(("_FOR_", "_AGAINST_")))


@contextmanager
def observing() -> Iterator[list[dict[str, Any]]]:
    """While open, newsdesk's evidence decision records each person candidate reaching it (its
    name, evidence items, hand decision, mention keys) in the list yielded; its output is
    unchanged (the hand decision, recomputed from the items, is returned). The weight constants
    and the decision are restored on leaving."""
    import entities as bench  # bench/entities.py: the bench's matching
    from newsdesk.analysis.entities import evidence as ev
    from newsdesk.analysis.entities.people.drops import DropReason

    names = _constants(ev)
    hand = {n: float(getattr(ev, n)) for n in names}
    bits = {n: float(2**i) for i, n in enumerate(names)}
    drop_at, drop_at_none = ev._DROP_AT, ev._DROP_AT_NO_EVIDENCE
    original = ev._not_a_person_reason
    current: list[dict[str, Any]] = []

    def items(total: float) -> set[str]:
        value = int(total)
        return {n for i, n in enumerate(names) if value >> i & 1}

    def wrapped(doc: Any, group: Any, lowercase: Any, org_words: Any, thing_names: Any) -> Any:
        if any(unicodedata.category(c) == "So" for c in group.name):
            return DropReason.symbol
        if ev._machine_role(group):
            return DropReason.machine
        for_items = items(ev.person_evidence(doc, group, lowercase))
        if " " not in group.name and not for_items:
            return DropReason.lone_no_evidence
        against_items = items(ev.evidence_against(doc, group, lowercase, org_words, thing_names))
        e = sum(hand[n] for n in for_items)
        a = sum(hand[n] for n in against_items)
        dropped = a >= drop_at_none if e == 0 else (a >= drop_at and a > e)
        current.append(
            {
                "name": group.name,
                "items": sorted(for_items | against_items),
                "hand_keep": not dropped,
                "real_keys": sorted(
                    {
                        bench.key(group.name),
                        *map(bench.key, group.forms),
                        *(bench.key(s.text) for s in group.mentions),
                    }
                ),
                "mention_texts": [s.text for s in group.mentions],
            }
        )
        return DropReason.evidence_against if dropped else None

    for n, v in bits.items():
        setattr(ev, n, v)
    ev._not_a_person_reason = wrapped
    try:
        yield current
    finally:
        for n, v in hand.items():
            setattr(ev, n, v)
        ev._not_a_person_reason = original


def collect(out: Path) -> None:
    import entities as bench
    import newsdesk
    from newsdesk.analysis.entities import evidence as ev

    names = _constants(ev)
    hand = {n: float(getattr(ev, n)) for n in names}
    rows: list[dict[str, Any]] = []
    with observing() as current:
        items_real = bench.articles(ROOT / "bench" / "data" / "entities-real.json", "dev")
        for art, text, ann in items_real:
            current.clear()
            brief = newsdesk.analyze(text, clean=False)
            people = [
                sorted(
                    {bench.key(p.name), *map(bench.key, p.aliases)}
                    | {bench.key(m.text) for m in p.mentions}
                )
                for p in brief.people
            ]
            gold = [sorted(bench.gold_names(e["names"], True)) for e in ann["people"]]
            rows.append(
                {"set": "real", "art": art, "gold": gold, "brief": people, "cands": list(current)}
            )
        sys.path.insert(0, str(bench.SHARED / "conll2003-dev"))
        import conll_docs

        docs = conll_docs.documents(bench.SHARED / "conll2003-dev" / "eng.testa")
        for n, d in enumerate(docs):
            current.clear()
            a = newsdesk.analyze(d["text"], clean=False).to_dict()
            per = sorted({conll_docs.key(m["text"]) for p in a["people"] for m in p["mentions"]})
            cands = list(current)
            for c in cands:
                c["conll_keys"] = sorted({conll_docs.key(t) for t in c["mention_texts"]})
            gold = sorted({conll_docs.key(t) for ty, t in d["gold"] if ty == "PER"})
            rows.append(
                {"set": "conll", "art": f"doc{n}", "gold": gold, "brief": per, "cands": cands}
            )
            if n % 50 == 0:
                print(f"conll {n}", file=sys.stderr)
    out.write_text(json.dumps({"features": names, "hand": hand, "rows": rows}), "utf-8")
    print(f"{len(rows)} articles, {sum(len(r['cands']) for r in rows)} candidates -> {out}")


def _tally(row: dict[str, Any], pred: list[set[str]]) -> tuple[int, int, int]:
    """People tp/fp/fn of one article whose listed people have these keys, under the bench's
    matching: a real article's one entry a person, a CoNLL document's mention keys pooled."""
    if row["set"] == "real":
        from entities import match

        gold = [set(g) for g in row["gold"]]
        found, false = match(pred, gold)
        return len(found), len(false), len(gold) - len(found)
    pset: set[str] = set().union(*pred)
    gset = set(row["gold"])
    return len(gset & pset), len(pset - gset), len(gset - pset)


def counts(row: dict[str, Any], keep: list[bool]) -> tuple[int, int, int]:
    """People tp/fp/fn of one article with these candidates kept, under the bench's matching."""
    keys = "real_keys" if row["set"] == "real" else "conll_keys"
    return _tally(row, [set(c[keys]) for c, k in zip(row["cands"], keep, strict=True) if k])


def brief_counts(row: dict[str, Any]) -> tuple[int, int, int]:
    """People tp/fp/fn of the article's brief as newsdesk gave it (a real article's people, each
    its keys; a CoNLL document's mention keys)."""
    if row["set"] == "real":
        return _tally(row, [set(p) for p in row["brief"]])
    return _tally(row, [set(row["brief"])])


def prf(c: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def add(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


def label(row: dict[str, Any], cand: dict[str, Any]) -> int:
    """1 when the candidate matches a gold person under the bench's matching."""
    if row["set"] == "real":
        keys = set(cand["real_keys"])
        return int(any(keys & set(g) for g in row["gold"]))
    return int(bool(set(cand["conll_keys"]) & set(row["gold"])))


def vectors(data: dict[str, Any], rows: list[dict[str, Any]]) -> list[list[float]]:
    names = data["features"]
    hand = data["hand"]
    out = []
    for r in rows:
        for c in r["cands"]:
            its = set(c["items"])
            no_for = not any(n in its for n in names if n.startswith("_FOR_") and hand[n] > 0)
            if FEATURES[0] == "sums":  # the hand sums, for and against: a learned policy over them
                e = sum(hand[n] for n in its if n.startswith("_FOR_"))
                a = sum(hand[n] for n in its if n.startswith("_AGAINST_"))
                out.append([e, a, float(no_for)])
                continue
            out.append([float(n in its) for n in names] + [float(no_for)])
    return out


def fit(data: dict[str, Any], rows: list[dict[str, Any]], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    x = vectors(data, rows)
    y = [label(r, cd) for r in rows for cd in r["cands"]]
    if len(set(y)) < 2:
        return None
    return LogisticRegression(C=c, max_iter=2000).fit(x, y)


def proba(model: Any, data: dict[str, Any], rows: list[dict[str, Any]]) -> list[float]:
    x = vectors(data, rows)
    if not x:
        return []
    return [float(p) for p in model.predict_proba(x)[:, 1]]


def split_keep(rows: list[dict[str, Any]], flat: list[bool]) -> list[list[bool]]:
    out, i = [], 0
    for r in rows:
        out.append(flat[i : i + len(r["cands"])])
        i += len(r["cands"])
    return out


def total(rows: list[dict[str, Any]], keeps: list[list[bool]]) -> tuple[int, int, int]:
    t = (0, 0, 0)
    for r, k in zip(rows, keeps, strict=True):
        t = add(t, counts(r, k))
    return t


def choose(data: dict[str, Any], train: list[dict[str, Any]]) -> tuple[float, float]:
    """C and threshold by inner grouped CV on the training part, for its people F1."""
    best = (-1.0, CS[0], 0.5)
    for c in CS:
        oof: dict[int, list[float]] = {}
        for k in range(INNER_FOLDS):
            tr = [r for i, r in enumerate(train) if i % INNER_FOLDS != k]
            te_idx = [i for i in range(len(train)) if i % INNER_FOLDS == k]
            model = fit(data, tr, c)
            te = [train[i] for i in te_idx]
            ps = proba(model, data, te) if model else [1.0] * sum(len(r["cands"]) for r in te)
            j = 0
            for i in te_idx:
                n = len(train[i]["cands"])
                oof[i] = ps[j : j + n]
                j += n
        for t in THRESHOLDS:
            keeps = [[p >= t for p in oof[i]] for i in range(len(train))]
            f = prf(total(train, keeps))[2]
            if f > best[0]:
                best = (f, c, t)
    return best[1], best[2]


def cv(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    rows = data["rows"]
    by_set = {s: [r for r in rows if r["set"] == s] for s in ("real", "conll")}
    for s, rs in by_set.items():
        hand_keeps = [[c["hand_keep"] for c in r["cands"]] for r in rs]
        b = (0, 0, 0)
        for r in rs:
            b = add(b, brief_counts(r))
        h = total(rs, hand_keeps)
        n = sum(len(r["cands"]) for r in rs)
        pos = sum(label(r, c) for r in rs for c in r["cands"])
        print(
            f"{s}: {len(rs)} articles, {n} candidates ({pos} gold people); check brief {b} = candidates {h}"
        )
    summary: dict[str, Any] = {}
    for mode in ("apart", "pooled"):
        print(f"== {mode}")
        sums: dict[str, dict[str, Any]] = {
            s: {"hand": (0, 0, 0), "learned": (0, 0, 0), "acc_h": [0, 0], "acc_l": [0, 0]}
            for s in by_set
        }
        for k in range(FOLDS):
            fold = {s: [r for i, r in enumerate(rs) if i % FOLDS == k] for s, rs in by_set.items()}
            rest = {s: [r for i, r in enumerate(rs) if i % FOLDS != k] for s, rs in by_set.items()}
            for s in by_set:
                train = rest[s] if mode == "apart" else rest["real"] + rest["conll"]
                c, t = choose(data, train)
                model = fit(data, train, c)
                te = fold[s]
                ps = proba(model, data, te)
                learned = split_keep(te, [p >= t for p in ps])
                hand = [[cd["hand_keep"] for cd in r["cands"]] for r in te]
                ys = [label(r, cd) for r in te for cd in r["cands"]]
                hc, lc = total(te, hand), total(te, learned)
                fh = [x for h in hand for x in h]
                fl = [x for h in learned for x in h]
                ah = sum(int(a == bool(y)) for a, y in zip(fh, ys, strict=True))
                al = sum(int(a == bool(y)) for a, y in zip(fl, ys, strict=True))
                sm = sums[s]
                sm["hand"], sm["learned"] = add(sm["hand"], hc), add(sm["learned"], lc)
                sm["acc_h"] = [sm["acc_h"][0] + ah, sm["acc_h"][1] + len(ys)]
                sm["acc_l"] = [sm["acc_l"][0] + al, sm["acc_l"][1] + len(ys)]
                ph, pl = prf(hc), prf(lc)
                print(
                    f"  {s} fold {k} C={c} t={t}: acc hand {ah}/{len(ys)} learned {al}/{len(ys)};"
                    f" people hand P {ph[0]:.3f} R {ph[1]:.3f} F1 {ph[2]:.3f} {hc}"
                    f" learned P {pl[0]:.3f} R {pl[1]:.3f} F1 {pl[2]:.3f} {lc}"
                )
        for s, sm in sums.items():
            ph, pl = prf(sm["hand"]), prf(sm["learned"])
            print(
                f"  {s} all folds: acc hand {sm['acc_h'][0]}/{sm['acc_h'][1]}"
                f" learned {sm['acc_l'][0]}/{sm['acc_l'][1]};"
                f" people hand P {ph[0]:.3f} R {ph[1]:.3f} F1 {ph[2]:.3f}"
                f" learned P {pl[0]:.3f} R {pl[1]:.3f} F1 {pl[2]:.3f}"
            )
            summary[f"{mode}-{s}"] = {"hand": ph[2], "learned": pl[2]}
    print(json.dumps(summary))


def weights(path: Path) -> None:
    """The model fitted on all the candidates (C and threshold by grouped CV): what it learns."""
    data = json.loads(path.read_text("utf-8"))
    rows = data["rows"]
    c, t = choose(data, rows)
    model = fit(data, rows, c)
    names = [*data["features"], "no_evidence_for"]
    print(
        f"C={c} threshold={t} (logit {math.log(t / (1 - t)):.2f}) intercept {model.intercept_[0]:.2f}"
    )
    for n, w in sorted(zip(names, model.coef_[0], strict=True), key=lambda x: x[1]):
        print(f"  {n:<28} learned {w:+.2f}  hand {data['hand'].get(n, 0.0)}")


def ablate(path: Path) -> None:
    """Per hand item: how often it fires (on gold people / on the rest) and the people F1 of
    each set with its weight set to 0, the other weights and thresholds as they are."""
    data = json.loads(path.read_text("utf-8"))
    rows, hand = data["rows"], data["hand"]
    by_set = {s: [r for r in rows if r["set"] == s] for s in ("real", "conll")}

    def keeps(rs: list[dict[str, Any]], zero: str | None) -> list[list[bool]]:
        out = []
        for r in rs:
            ks = []
            for c in r["cands"]:
                its = [n for n in c["items"] if n != zero]
                e = sum(hand[n] for n in its if n.startswith("_FOR_"))
                a = sum(hand[n] for n in its if n.startswith("_AGAINST_"))
                dropped = a >= DROP_AT_NO_EVIDENCE if e == 0 else (a >= DROP_AT and a > e)
                ks.append(not dropped)
            out.append(ks)
        return out

    base = {s: prf(total(rs, keeps(rs, None)))[2] for s, rs in by_set.items()}
    for s, rs in by_set.items():
        check = total(rs, [[c["hand_keep"] for c in r["cands"]] for r in rs])
        print(f"{s} hand people F1 {base[s]:.4f} (check {check} = {total(rs, keeps(rs, None))})")
    for n in data["features"]:
        fired = [(label(r, c), r["set"]) for r in rows for c in r["cands"] if n in c["items"]]
        pos = sum(y for y, _ in fired)
        deltas = " ".join(
            f"{s} {prf(total(rs, keeps(rs, n)))[2] - base[s]:+.4f}" for s, rs in by_set.items()
        )
        print(f"  {n:<26} w {hand[n]:>3} fires {len(fired):>4} (gold {pos:>4}) zeroed: {deltas}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("command", choices=("collect", "cv", "weights", "ablate"))
    ap.add_argument("path", type=Path)
    ap.add_argument("--features", choices=("items", "sums"), default="items")
    args = ap.parse_args()
    FEATURES[0] = args.features
    {"collect": collect, "cv": cv, "weights": weights, "ablate": ablate}[args.command](args.path)


if __name__ == "__main__":
    main()
