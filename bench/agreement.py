"""Inter-annotator agreement on the test splits of the hand-labelled gold sets.

    python bench/agreement.py

A second annotator labelled the 230 test sentences of the news, Reuters and readability
samples blind (`bench/data/commitments-test-second.jsonl`; in session 10 also the 109 test
sentences of the tenth sample, in session 11 the 142 of the eleventh, in session 12 the 91 of the twelfth, in session 13 the 81 of the thirteenth, in session 16 the 244 of the fourteenth, in session 17 the 234 of the fifteenth, in session 18 the 197 of the sixteenth, in session 19 the 141 of the external judge, in session 20 the 378 of the Lee judge, dev and test, in session 22 the 197 of its gate, dev, in session 23 the 155 of its gate, dev, in session 24 the 514 of its gate, dev); this prints raw agreement and
Cohen's kappa for "has a record" and for the strongest strength (none < consideration <
intention < commitment) against the first annotation in `commitments-real.jsonl`. The 11 test
articles of `entities-real.json` (and in sessions 10, 11, 12, 13, 16, 17 and 18 the 12, 24, 24, 12, 12, 12 and 13 test articles added then, in session 19 the 10 of the external judge, in session 20 the 40 of the Lee judge, dev and test, in session 22 the 40 of its gate, dev, in session 23 the 50 of its gate, dev, in session 24 the 42 of its gate, dev) were
labelled again the same way
(`entities-test-second.json`): entity-level F1 between the two (an entry matches when their
name lists share a name, case-folded).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
RANK = {"consideration": 1, "intention": 2, "commitment": 3}


def kappa(x: list[int], y: list[int]) -> tuple[float, float]:
    n = len(x)
    po = sum(a == b for a, b in zip(x, y, strict=True)) / n
    pe = sum((x.count(v) / n) * (y.count(v) / n) for v in set(x) | set(y))
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def main() -> None:
    first = {}
    for line in (DATA / "commitments-real.jsonl").read_text().splitlines():
        row = json.loads(line)
        first[row["id"]] = row["gold"]
    a: list[int] = []
    b: list[int] = []
    for line in (DATA / "commitments-test-second.jsonl").read_text().splitlines():
        row = json.loads(line)
        a.append(max([RANK[g["strength"]] for g in first[row["id"]]] or [0]))
        b.append(max([RANK[g["strength"]] for g in row["gold"]] or [0]))
    po, k = kappa([int(v > 0) for v in a], [int(v > 0) for v in b])
    print(f"{len(a)} sentences; has a record: agreement {po:.3f}, kappa {k:.3f}")
    po, k = kappa(a, b)
    print(f"strongest strength (4 classes): agreement {po:.3f}, kappa {k:.3f}")

    first_e = json.loads((DATA / "entities-real.json").read_text())
    second_e = json.loads((DATA / "entities-test-second.json").read_text())
    for kind in ("people", "places"):
        tp = n1 = n2 = 0
        for art, labels in second_e.items():
            if art.startswith("_"):
                continue
            a_list, b_list = first_e[art][kind], labels[kind]
            tp += _matched(a_list, b_list)
            n1, n2 = n1 + len(a_list), n2 + len(b_list)
        print(
            f"entities test, {kind}: {n1} and {n2} entries, {tp} shared, F1 {2 * tp / (n1 + n2):.3f}"
        )


def _key(name: str) -> str:
    return " ".join(name.lower().split()).removeprefix("the ")


def _matched(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> int:
    used: set[int] = set()
    hits = 0
    for a in first:
        names = {_key(str(n)) for n in a["names"]}
        for j, b in enumerate(second):
            if j not in used and names & {_key(str(n)) for n in b["names"]}:
                used.add(j)
                hits += 1
                break
    return hits


if __name__ == "__main__":
    main()
