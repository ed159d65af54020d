"""Inter-annotator agreement on the commitments test split (real news samples).

    python bench/agreement.py

A second annotator labelled the 230 test sentences of the news, Reuters and readability
samples blind (`bench/data/commitments-test-second.jsonl`); this prints raw agreement and
Cohen's kappa for "has a record" and for the strongest strength (none < consideration <
intention < commitment) against the first annotation in `commitments-real.jsonl`.
"""

from __future__ import annotations

import json
from pathlib import Path

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


if __name__ == "__main__":
    main()
