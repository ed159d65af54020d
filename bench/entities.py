"""People and places bench: document-level lists against raw spaCy, on annotated articles.

    python bench/entities.py [--data bench/data/entities-dev.json] [-v]

For each annotated article of ../shared/bench/seb-dev (its ground-truth text), the unique
people and the unique places are compared with the annotation. Raw spaCy lists each distinct
PERSON text as a person and each distinct GPE/LOC/FAC text as a place; newsdesk lists its
`people` and `places`. A listed entry is right when one of its names (name, aliases,
mention texts; case, accents and a leading "the" ignored) is one of the annotated entity's
names; each annotated entity can be found once, so a second entry for the same person or
place counts as a false one. P, R and F1 are micro-averaged over all articles.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import newsdesk
from newsdesk.gazetteer import fold
from newsdesk.nlp import DEFAULT_MODEL, load_model

ROOT = Path(__file__).resolve().parents[1]


def key(name: str) -> str:
    k = fold(name)
    for prefix in ("the ",):
        k = k.removeprefix(prefix)
    return k.removesuffix("'s").strip()


def gold_names(entity: list[str], person: bool) -> set[str]:
    names = {key(n) for n in entity}
    if person:
        names |= {key(n.split()[-1]) for n in entity if len(n.split()) > 1}
    return names


def score(pred: list[set[str]], gold: list[set[str]]) -> tuple[int, int, int, list[str]]:
    found: set[int] = set()
    tp = fp = 0
    wrong: list[str] = []
    for names in pred:
        hit = next((i for i, g in enumerate(gold) if i not in found and names & g), None)
        if hit is None:
            fp += 1
            wrong.append("+" + "/".join(sorted(names)))
        else:
            found.add(hit)
            tp += 1
    missed = [g for i, g in enumerate(gold) if i not in found]
    wrong += ["-" + "/".join(sorted(g)) for g in missed]
    return tp, fp, len(missed), wrong


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "entities-dev.json")
    ap.add_argument("--bench-dir", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    annotations: dict[str, Any] = {
        k: v for k, v in json.loads(args.data.read_text()).items() if not k.startswith("_")
    }
    truth = json.loads(
        (args.bench_dir / "seb-dev" / "ground-truth.json").read_text(encoding="utf-8")
    )
    nlp = load_model(DEFAULT_MODEL)
    totals = {(s, kind): [0, 0, 0] for s in ("spacy", "newsdesk") for kind in ("people", "places")}
    for short, ann in annotations.items():
        full = next(k for k in truth if k.startswith(short))
        text = truth[full]["articleBody"]
        gold = {
            "people": [gold_names(e, True) for e in ann["people"]],
            "places": [gold_names(e, False) for e in ann["places"]],
        }
        doc = nlp(text)
        raw = {
            "people": sorted({key(e.text) for e in doc.ents if e.label_ == "PERSON"}),
            "places": sorted({key(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")}),
        }
        brief = newsdesk.analyze(text, clean=False)
        ours = {
            "people": [
                {key(p.name), *map(key, p.aliases), *(key(m.text) for m in p.mentions)}
                for p in brief.people
            ],
            "places": [{key(p.name), *(key(m.text) for m in p.mentions)} for p in brief.places],
        }
        for kind in ("people", "places"):
            for system, pred in (("spacy", [{n} for n in raw[kind]]), ("newsdesk", ours[kind])):
                tp, fp, fn, wrong = score(pred, gold[kind])
                t = totals[(system, kind)]
                t[0] += tp
                t[1] += fp
                t[2] += fn
                if args.verbose and wrong and system == "newsdesk":
                    print(f"{short} {kind}: {' '.join(wrong)}")
    print(f"{len(annotations)} articles")
    for kind in ("people", "places"):
        for system in ("spacy", "newsdesk"):
            tp, fp, fn = totals[(system, kind)]
            print(f"{kind:<7} {system:<9} {prf(tp, fp, fn)}  (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
