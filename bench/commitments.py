"""Commitments bench: sentence-level detection, strength and actors on an annotated dev set.

    python bench/commitments.py [--data bench/data/commitments-dev.jsonl] [-v]

Each line of the data is {"text", "gold": [{"strength", "actors"}]} (an empty list: the
sentence undertakes nothing). A sentence is detected when newsdesk gives it at least one
record, of any strength. Over the sentences both call positive, strength accuracy compares
the first record's strength and actor accuracy its actors (names folded to lower case,
without a leading "the"; the surface text stands in when nothing was resolved).
The rules behind the labels are in docs/commitments.md.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import newsdesk

ROOT = Path(__file__).resolve().parents[1]


def norm(names: list[str]) -> set[str]:
    return {
        re.sub(r"^(the|a|an|our|its|their)\s+", "", n.strip().lower()) for n in names if n.strip()
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "commitments-dev.jsonl")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()

    rows = [
        json.loads(line)
        for line in args.data.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    tp = fp = fn = tn = 0
    strength_ok = actors_ok = 0
    misses: list[str] = []
    for row in rows:
        gold = row["gold"]
        pred = newsdesk.analyze(row["text"], clean=False).commitments
        if gold and pred:
            tp += 1
            first = pred[0]
            if first.strength == gold[0]["strength"]:
                strength_ok += 1
            else:
                misses.append(f"strength {first.strength} != {gold[0]['strength']}: {row['text']}")
            got = norm(first.actors) or norm([first.actor_text])
            if got == norm(gold[0]["actors"]):
                actors_ok += 1
            else:
                misses.append(
                    f"actors {sorted(got)} != {sorted(norm(gold[0]['actors']))}: {row['text']}"
                )
        elif pred:
            fp += 1
            misses.append(
                f"false positive ({pred[0].strength}, {pred[0].trigger!r}): {row['text']}"
            )
        elif gold:
            fn += 1
            misses.append(f"missed ({gold[0]['strength']}): {row['text']}")
        else:
            tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences {len(rows)} (positive {tp + fn}, negative {fp + tn})")
    print(f"detection  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(
        f"strength accuracy {strength_ok / tp if tp else 0:.3f}  actor accuracy {actors_ok / tp if tp else 0:.3f}  (over {tp} true positives)"
    )
    if args.verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
