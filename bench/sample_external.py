"""Sample session 19's external judge: English news pages no session had seen.

newspaper4k 0.9.6 ships the text of a few news pages as test data (tests/data/txt of its sdist;
bench/web_text.newspaper4k_text fetches it into bench/.cache). This draws, from the eleven
English article pages among them (one duplicate page left out), every cue sentence (at most 40
a page, as bench/sample_gold.py defines cue and sentence) and three others a page, all test, for
the commitments gold; and each page of at most 2,500 words as an entity article, keys from 400
on, all test. Annotation work files go to --out (outside the project); the gold keeps page
names, offsets and hashes only. Deterministic (seeded; the same rows as session 19's work files,
drawn by `sample_gold.sample_sentences`); newsdesk is never run here.

    python bench/sample_external.py --out /work/annot/s19/sample
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from sample_gold import sample_sentences, sentences, write_entity_article, write_jsonl
from web_text import newspaper4k_text

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
    key = FIRST_KEY
    for page in PAGES:
        text = newspaper4k_text(page)
        picked = sample_sentences(
            rng,
            text,
            sentences(text),
            cues=MAX_CUES,
            others=OTHERS,
            split="test",
            where=(f"np4k-{page}", "newspaper4k", page),
        )
        rows += [{**r, "sample": "external"} for r in picked]
        if len(text.split()) <= MAX_WORDS:
            write_entity_article(
                args.out / "entities" / str(key), "newspaper4k", page, "test", text
            )
            key += 1
    write_jsonl(args.out / "commitments-external.jsonl", rows)
    print(f"commitments, external: {len(rows)} sentences of {len(PAGES)} pages")
    print(f"entities, external: {key - FIRST_KEY} articles")


if __name__ == "__main__":
    main()
