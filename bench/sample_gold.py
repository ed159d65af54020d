"""Sample real article text for the hand-annotated gold sets (commitments and entities).

Reads the article bodies (ground truth) of ../shared/bench/seb-dev and wcxb-dev (articles only),
keeps English ones, and writes annotation work files *outside* the project (the page text is
never copied in): the gold files in bench/data keep only page ids, character offsets and a hash.
Deterministic (seeded). Run once, before any annotation; newsdesk is never run here.

    python bench/sample_gold.py --out /work/annot
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
STOP = {
    *["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "on", "was", "with", "as", "be", "by", "at", "this", "are", "from", "have"]
}
CUE = re.compile(
    r"\b(will|won't|shall|pledg\w*|promis\w*|commit\w*|vow\w*|agree\w*|plan\w*|intend\w*|aim\w*|"
    r"seek\w*|sought|consider\w*|weigh\w*|expect\w*|going to|set to|goal|offer\w*|undertak\w*|"
    r"guarantee\w*|would|vow|announc\w*|propos\w*|mull\w*|explor\w*)\b",
    re.I,
)
SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")


def english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) > 80 and sum(w in STOP for w in words) / len(words) > 0.2


def bodies() -> list[tuple[str, str, str]]:
    out = []
    seb = json.loads((SHARED / "seb-dev" / "ground-truth.json").read_text())
    for pid, rec in seb.items():
        out.append(("seb-dev", pid, rec["articleBody"]))
    wcxb = json.loads((SHARED / "wcxb-dev" / "ground-truth.json").read_text())
    for pid, rec in wcxb.items():
        if rec.get("page_type") == "article":
            out.append(("wcxb-dev", pid, rec["articleBody"]))
    # News: English, and reported speech ("said") at least once, as news articles have.
    return [b for b in out if english(b[2]) and len(re.findall(r"\bsaid\b", b[2])) >= 1]


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 25 and len(text[s:e].split()) >= 5:
            spans.append((s, e))
    return spans


def sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261128)
    docs = bodies()
    rng.shuffle(docs)
    old = json.loads((Path(__file__).parent / "data" / "entities-dev.json").read_text())
    docs = [d for d in docs if d[1][:8] not in old]

    # Entities: 44 articles of 150-1,200 words, a quarter marked test.
    ent = [d for d in docs if 150 <= len(d[2].split()) <= 1200][:44]
    used = {d[1] for d in ent}
    for i, (bset, pid, text) in enumerate(ent):
        split = "test" if i % 4 == 3 else "dev"
        (args.out / "entities" / f"{i:02d}").mkdir(parents=True, exist_ok=True)
        meta = {"set": bset, "page": pid, "split": split, "sha": sha(text), "chars": len(text)}
        (args.out / "entities" / f"{i:02d}" / "meta.json").write_text(json.dumps(meta))
        (args.out / "entities" / f"{i:02d}" / "text.txt").write_text(text)

    # Commitments: articles not used above; every cue sentence (at most 12 an article) + 2 random.
    rows = []
    n_art = 0
    for bset, pid, text in docs:
        if pid in used or len(rows) >= 1000:
            continue
        spans = sentences(text)
        if len(spans) < 4:
            continue
        cue = [s for s in spans if CUE.search(text[s[0]:s[1]])]
        rest = [s for s in spans if s not in cue]
        pick = rng.sample(cue, min(12, len(cue))) + rng.sample(rest, min(2, len(rest)))
        split = ("train", "train", "train", "dev", "test")[n_art % 5]
        n_art += 1
        for s, e in sorted(pick):
            prev = [p for p in spans if p[1] <= s]
            ctx = text[prev[-1][0]:prev[-1][1]] if prev else ""
            rows.append({"id": f"{pid[:12]}:{s}", "set": bset, "page": pid, "start": s, "end": e,
                         "sha": sha(text[s:e]), "split": split, "context": ctx, "text": text[s:e]})
    with (args.out / "commitments.jsonl").open("w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"entities: {len(ent)} articles; commitments: {len(rows)} sentences of {n_art} articles")


if __name__ == "__main__":
    main()
