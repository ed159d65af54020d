"""Sample session 20's second external judge: the Lee background corpus (300 ABC news stories,
2001-2002, which gensim ships as test data; bench/web_text.lee_text fetches it from PyPI).

No session had seen these stories. Stories are shuffled (seeded) and split by story: the first
120 give the commitments sample (every cue sentence, as bench/sample_gold.py defines cue and
sentence, and one other sentence a story), the next 40 the entity articles (keys from 420 on).
Alternate stories are dev and test, so each half holds about as many: the dev half is read by
the engineers, the test half is scored once, at the end of the session. The corpus repeats
seven stories; the copies drawn are left out (below): 378 sentences of 117 stories remain. Annotation work files
go to --out (outside the project); the gold keeps story numbers, offsets and hashes only.
Deterministic; newsdesk is never run here.

    python bench/sample_lee.py --out /work/annot/s20/sample

Round 2 (session 22's gate, `--round 2`): of the 140 stories round 1 did not draw, in the same
shuffled order, the first 60 give a commitments sample (sample "lee2"; the same cue and other
sentences) and the next 40 the entity articles (keys from 460 on); copies of a story drawn
before are skipped. Every row is dev: the session that samples it keeps it from its engineers and
judges its changes on it, out of sample; later sessions tune on it like any dev row.

    python bench/sample_lee.py --round 2 --out /work/annot/s22/sample

Round 3 (`--round 3`): the stories left after round 2, every one an entity article (keys from
500 on), all dev, labelled blind and released at once as more dev for place resolution.

    python bench/sample_lee.py --round 3 --out /work/annot/s22/sample3

Round 4 (`--round 4`, session 23's gate): the corpus's other file, lee.cor (50 ABC stories of the
same months that lee_background.cor does not hold; pages "t0" to "t49"). Every story gives a
commitments sample (sample "lee3"; every sentence of the story, as the stories are short) and an entity article
(keys from 540 on), all dev, labelled blind; the session that samples it keeps it from its
engineers.

    python bench/sample_lee.py --round 4 --out /work/annot/s23/sample
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from sample_gold import sample_sentences, sentences, write_entity_article, write_jsonl
from web_text import lee_text

STORIES = 300
COMMIT_STORIES = 120
ENTITY_STORIES = 40
MAX_CUES = 40  # no story has as many
OTHERS = 1  # a sentence without a cue word a story, for misses no cue reveals
FIRST_KEY = 420
SECOND_COMMIT_STORIES = 60
SECOND_ENTITY_STORIES = 40
SECOND_FIRST_KEY = 460
THIRD_FIRST_KEY = 500
FOURTH_STORIES = 50  # the lines of lee.cor
FOURTH_FIRST_KEY = 540


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--round", type=int, choices=(1, 2, 3, 4), default=1)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261130)
    order = list(range(STORIES))
    rng.shuffle(order)
    if args.round == 2:
        second_round(args.out, rng, order)
        return
    if args.round == 3:
        third_round(args.out, order)
        return
    if args.round == 4:
        fourth_round(args.out, rng)
        return
    rows: list[dict[str, object]] = []
    for i, story in enumerate(order[:COMMIT_STORIES]):
        rows += _story_rows(rng, str(story), ("dev", "test")[i % 2], "lee")
    # The corpus holds seven stories twice (the same text on two lines). Of two copies drawn,
    # the test copy is left out (no text on both sides of the split), or, both in one split,
    # the one drawn second (no text counted twice). Left out after drawing, so every other
    # story's rows stay as drawn.
    drawn = order[COMMIT_STORIES : COMMIT_STORIES + ENTITY_STORIES]
    split_of = {r["page"]: r["split"] for r in rows}
    split_of |= {str(s): ("dev", "test")[i % 2] for i, s in enumerate(drawn)}
    first: dict[str, str] = {}
    repeats: set[str] = set()
    for story in map(str, order[: COMMIT_STORIES + ENTITY_STORIES]):
        text = lee_text(story)
        if text not in first:
            first[text] = story
        elif split_of[story] == "dev" and split_of[first[text]] == "test":
            repeats.add(first[text])
        else:
            repeats.add(story)
    rows = [r for r in rows if r["page"] not in repeats]
    ent = [str(s) for s in drawn if str(s) not in repeats]
    for i, story in enumerate(ent):
        write_entity_article(
            args.out / "entities" / str(FIRST_KEY + i),
            "lee",
            story,
            split_of[story],
            lee_text(story),
        )
    write_jsonl(args.out / "commitments-lee.jsonl", rows)
    n_dev = sum(r["split"] == "dev" for r in rows)
    print(f"commitments, lee: {len(rows)} sentences of {COMMIT_STORIES} stories ({n_dev} dev)")
    print(f"entities, lee: {len(ent)} articles, keys {FIRST_KEY}-{FIRST_KEY + len(ent) - 1}")
    print(f"left out as copies of another story drawn: {', '.join(sorted(repeats))}")


def _story_rows(
    rng: random.Random, story: str, split: str, sample: str, others: int = OTHERS
) -> list[dict[str, object]]:
    """A story's cue sentences (and OTHERS more) as gold rows of SPLIT and SAMPLE."""
    text = lee_text(story)
    picked = sample_sentences(
        rng,
        text,
        sentences(text),
        cues=MAX_CUES,
        others=others,
        split=split,
        where=(f"lee-{story}", "lee", story),
    )
    return [{**r, "sample": sample} for r in picked]


def _dev_entity_articles(out: Path, stories: list[str], first_key: int) -> None:
    """The stories as dev entity articles, keys from FIRST_KEY on, in their order."""
    for i, story in enumerate(stories):
        write_entity_article(
            out / "entities" / str(first_key + i), "lee", story, "dev", lee_text(story)
        )


def _fresh(order: list[int]) -> list[str]:
    """The stories round 1 did not draw, in the shuffled order, copies of a story drawn before
    (in any round) skipped."""
    seen = {lee_text(str(s)) for s in order[: COMMIT_STORIES + ENTITY_STORIES]}
    fresh: list[str] = []
    for story in map(str, order[COMMIT_STORIES + ENTITY_STORIES :]):
        text = lee_text(story)
        if text in seen:
            continue
        seen.add(text)
        fresh.append(story)
    return fresh


def third_round(out: Path, order: list[int]) -> None:
    """The stories rounds 1 and 2 left, every one an entity article, all dev."""
    ent = _fresh(order)[SECOND_COMMIT_STORIES + SECOND_ENTITY_STORIES :]
    _dev_entity_articles(out, ent, THIRD_FIRST_KEY)
    print(
        f"entities, lee3: {len(ent)} articles, keys {THIRD_FIRST_KEY}-{THIRD_FIRST_KEY + len(ent) - 1}"
    )


def fourth_round(out: Path, rng: random.Random) -> None:
    """Session 23's gate: the stories of lee.cor, each a commitments story and an entity
    article, all dev."""
    stories = [f"t{i}" for i in range(FOURTH_STORIES)]
    rng.shuffle(stories)
    rows: list[dict[str, object]] = []
    for story in stories:
        rows += _story_rows(rng, story, "dev", "lee3", others=MAX_CUES)
    _dev_entity_articles(out, stories, FOURTH_FIRST_KEY)
    write_jsonl(out / "commitments-lee3.jsonl", rows)
    print(f"commitments, lee3: {len(rows)} sentences of {len(stories)} stories (all dev)")
    last = FOURTH_FIRST_KEY + len(stories) - 1
    print(f"entities, lee3: {len(stories)} articles, keys {FOURTH_FIRST_KEY}-{last}")


def second_round(out: Path, rng: random.Random, order: list[int]) -> None:
    """Session 22's gate: the stories round 1 left, every row dev."""
    fresh = _fresh(order)
    commit = fresh[:SECOND_COMMIT_STORIES]
    ent = fresh[SECOND_COMMIT_STORIES : SECOND_COMMIT_STORIES + SECOND_ENTITY_STORIES]
    rows: list[dict[str, object]] = []
    for story in commit:
        rows += _story_rows(rng, story, "dev", "lee2")
    _dev_entity_articles(out, ent, SECOND_FIRST_KEY)
    write_jsonl(out / "commitments-lee2.jsonl", rows)
    print(f"commitments, lee2: {len(rows)} sentences of {len(commit)} stories (all dev)")
    print(
        f"entities, lee2: {len(ent)} articles, keys {SECOND_FIRST_KEY}-{SECOND_FIRST_KEY + len(ent) - 1}"
    )


if __name__ == "__main__":
    main()
