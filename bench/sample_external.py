"""Sample session 19's external judge: English news pages no session had seen.

newspaper4k 0.9.6 ships the text of a few news pages as test data (tests/data/txt of its sdist;
bench/web_text.newspaper4k_text fetches it into bench/.cache). This draws, from the eleven
English article pages among them (one duplicate page left out), every cue sentence (at most 40
a page, as bench/sample_gold.py defines cue and sentence) and three others a page, all test, for
the commitments gold; and each page of at most 2,500 words as an entity article, keys from 400
on, all test. Annotation work files go to --out (outside the project); the gold keeps page
names, offsets and hashes only. Deterministic (seeded); newsdesk is never run here.

    python bench/sample_external.py --out /work/annot/s19/sample
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from sample_gold import CUE, sentences, write_entity_article, write_jsonl
from web_text import newspaper4k_text, text_digest

PAGES = (
    "cnn_001",
    "cnn_002",
    "cnn_article",
    "cnn_test_nlp",
    "cleveland.com1",  # video_article_01 is the same page
    "fox13now_001",
    "time_001",
    "wired_001",
    "video_article_02",
    "article_with_br",
    "article_with_divs",
)
MAX_CUES = 40  # a page's cue sentences kept (only the longest page has more)
OTHERS = 3  # sentences without a cue word a page, for misses no cue reveals
MAX_WORDS = 2500  # an entity article's length, as the entity samples of bench/sample_gold.py
FIRST_KEY = 400


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261130)
    rows: list[dict[str, object]] = []
    for page in PAGES:
        text = newspaper4k_text(page)
        spans = sentences(text)
        cue = [s for s in spans if CUE.search(text[s[0] : s[1]])]
        rest = [s for s in spans if s not in cue]
        pick = rng.sample(cue, min(MAX_CUES, len(cue))) + rng.sample(rest, min(OTHERS, len(rest)))
        for s, e in sorted(pick):
            prev = [p for p in spans if p[1] <= s]
            rows.append(
                {
                    "id": f"np4k-{page}:{s}",
                    "sample": "external",
                    "set": "newspaper4k",
                    "page": page,
                    "start": s,
                    "end": e,
                    "sha": text_digest(text[s:e]),
                    "split": "test",
                    "context": text[prev[-1][0] : prev[-1][1]] if prev else "",
                    "text": text[s:e],
                }
            )
    write_jsonl(args.out / "commitments-external.jsonl", rows)
    print(f"commitments, external: {len(rows)} sentences of {len(PAGES)} pages")
    key = FIRST_KEY
    for page in PAGES:
        text = newspaper4k_text(page)
        if len(text.split()) <= MAX_WORDS:
            write_entity_article(
                args.out / "entities" / str(key), "newspaper4k", page, "test", text
            )
            key += 1
    print(f"entities, external: {key - FIRST_KEY} articles")


if __name__ == "__main__":
    main()
