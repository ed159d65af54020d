"""Sample session 32's gate: English article bodies no sample or gold file had used.

By session 32 every judge set had been scored many times. This gate is a fresh one from the
same benchmark: the English readability and wcxb-dev article bodies (800 characters or more)
whose page is in no entity gold file, no entity page list and no commitments row, news first
(reported speech, "said"/"says", at least twice), seeded. Few news bodies are left (the news
pool was used up by session 18): most of the gate is guides, reviews and blogs. Every page is an entity article (keys from 720 on) and
gives commitment rows (sample "gate32": every cue sentence, at most 40 a page, as
bench/sample_gold.py defines cue and sentence, and three other sentences a page, each with the
sentence before it as context), all dev: labelled blind, before any system ran on them, and
scored once at the end of session 32 (newsdesk as it was before the session and after).

The page texts belong to their publishers: annotation work files go to --out (outside the
project), and the gold keeps page names, offsets and hashes only, never the text.
Deterministic (seeded; a second run writes the same bytes); newsdesk is never run here.

    python bench/sample_gate32.py --out /work/annot/s32/gate
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from sample_gold import CUE, SHARED, english, gate_page, wcxb_truth, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
FIRST_KEY = 720
PAGES = 24  # a gate of the size of the earlier sessions' twelve-and-twelve
MIN_LENGTH = 800  # shorter bodies hold too few names or sentences to judge anything
NEWS_SAID = 2  # "said"/"says" twice or more: a news story with reported speech
MAX_CUES = 40  # a page's cue sentences kept
OTHERS = 3  # sentences without a cue word a page, for misses no cue reveals


def used_pages() -> set[str]:
    """Every page a gold file, a page list or a commitments row names."""
    data = ROOT / "bench" / "data"
    used: set[str] = set()
    for path in data.glob("entities-*.json"):
        gold = json.loads(path.read_text("utf-8"))
        used |= {v["page"] for v in gold.values() if isinstance(v, dict) and "page" in v}
    for listed in data.glob("*-pages.txt"):
        used |= set(listed.read_text("utf-8").split())
    for path in data.glob("commitments-*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                used.add(str(row.get("page", "")))
    return used


def truth(bset: str) -> dict[str, dict[str, str]]:
    if bset == "wcxb-dev":
        return wcxb_truth()
    found: dict[str, dict[str, str]] = json.loads((SHARED / bset / "ground-truth.json").read_text())
    return found


def pool(used: set[str]) -> list[tuple[str, str, str]]:
    """The unused English article bodies (set, page, body), news first, each group in a seeded
    order."""
    news: list[tuple[str, str, str]] = []
    rest: list[tuple[str, str, str]] = []
    for bset in ("readability", "wcxb-dev"):
        for page, rec in sorted(truth(bset).items()):
            body = rec.get("articleBody") or ""
            kind = rec.get("page_type", "article")
            if kind != "article" or len(body) < MIN_LENGTH or not english(body):
                continue
            if page in used or any(page.startswith(u) for u in used if len(u) > 8):
                continue
            said = len(re.findall(r"\b(?:said|says)\b", body))
            (news if said >= NEWS_SAID else rest).append((bset, page, body))
    rng = random.Random(20261202)
    rng.shuffle(news)
    rng.shuffle(rest)
    return news + rest


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    assert (SHARED / "wcxb-dev").is_dir(), "needs ../shared/bench/wcxb-dev"
    picked = pool(used_pages())[:PAGES]
    rng = random.Random(32)
    rows: list[dict[str, object]] = []
    for key, (bset, page, body) in enumerate(picked, start=FIRST_KEY):
        where = (bset, page, f"g32-{page[:12]}")
        rows += gate_page(
            rng, args.out, key, where, body, sample="gate32", cues=MAX_CUES, others=OTHERS
        )
    write_jsonl(args.out / "commitments-gate32.jsonl", rows)
    n_cue = sum(bool(CUE.search(str(r["text"]))) for r in rows)
    last = FIRST_KEY + len(picked) - 1
    print(f"entities, gate32: {len(picked)} articles, keys {FIRST_KEY}-{last} (all dev)")
    print(f"commitments, gate32: {len(rows)} sentences, {n_cue} with a cue word")


if __name__ == "__main__":
    main()
