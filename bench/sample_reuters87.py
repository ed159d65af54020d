"""Sample session 26's gate: the Reuters-21578 newswire stories (1987) that Debian's r-cran-tm
ships as example texts, a source no session had used (bench/web_text.py fetches the package
into bench/.cache with `apt-get download` and reads a story's dateline and body).

Every story is an entity article (keys from 632 on) and gives commitment rows (sample
"reuters87": every cue sentence, at most 40 a story, as bench/sample_gold.py defines cue and
sentence, and three other sentences a story, each with the sentence before it as context), all
dev: labelled blind and kept from the session's engineers, who are judged on it out of sample.

The stories belong to Reuters (Reuters-21578 is free for research use): annotation work files go
to --out (outside the project), and the gold keeps page names, offsets and hashes only, never
the text. Deterministic (seeded; a second run writes the same bytes); newsdesk is never run here.

    python bench/sample_reuters87.py --out /work/annot/s26/sample
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from sample_gold import CUE, gate_page, write_jsonl
from web_text import reuters87_pages, reuters87_text

FIRST_KEY = 632
MAX_CUES = 40  # a story's cue sentences kept (no story has more)
OTHERS = 3  # sentences without a cue word a story, for misses no cue reveals
BSET = "tm"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261201)
    rows: list[dict[str, object]] = []
    pages = reuters87_pages()
    for key, page in enumerate(pages, FIRST_KEY):
        where = (BSET, page, f"{BSET}-{page}")
        text = reuters87_text(page)
        rows += gate_page(
            rng, args.out, key, where, text, sample="reuters87", cues=MAX_CUES, others=OTHERS
        )
    write_jsonl(args.out / "commitments-reuters87.jsonl", rows)
    n_cue = sum(bool(CUE.search(str(r["text"]))) for r in rows)
    last = FIRST_KEY + len(pages) - 1
    print(f"entities, reuters87: {len(pages)} stories, keys {FIRST_KEY}-{last} (all dev)")
    print(
        f"commitments, reuters87: {len(rows)} sentences of {len(pages)} stories, {n_cue} with a cue word"
    )


if __name__ == "__main__":
    main()
