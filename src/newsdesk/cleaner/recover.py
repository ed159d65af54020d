"""Never lose the article: the passes after the model, which give back running text it dropped.

`clean_page` runs them in this order on the model's verdicts: `second_opinion` (the model kept
(almost) none of the page's running text: a density pass of our own picks the article), else,
on HTML pages, `fill_sections` (it kept some: the densest run holding it is taken whole), and
then `touching_paragraphs` (a paragraph just under the cut at the kept article's edge joins it).
Each returns new verdicts; those given are never changed.
"""

from __future__ import annotations

from newsdesk.cleaner.markup import is_caption
from newsdesk.cleaner.scoring import Scores
from newsdesk.cleaner.shape import LINKY, shape_of
from newsdesk.cleaner.verdict import Verdict, is_clutter
from newsdesk.labels import BlockLabel, Cause
from newsdesk.read.blocks import Block

# The second opinion is asked when the kept text is less than this share of the page's running
# text (sentence-like paragraphs): asked at a quarter, it won on 58 of 2,677 pages and cost F1
# on three of the four sets (grouped CV), so only a near-total loss calls for it...
SECOND_OPINION_SHARE = 0.1
# ...and a run of dropped running text at least this long exists (a few paragraphs: a lone
# dropped paragraph is no lost article).
SECOND_OPINION_MIN_CHARS = 400
# A page of many kept blocks none of which has this many words is crumbs (200,000 one-letter
# paragraphs), not an article; a short page ("Test") keeps its few words.
MIN_ARTICLE_WORDS = 3
MAX_CRUMBS = 20
# Running text: a paragraph of at least this many characters and words that ends a sentence.
RUNNING_CHARS = 80
RUNNING_WORDS = 12
# In the density pass a block that is not running text counts against the run by its length,
# at most this much: a caption or an ad between two paragraphs does not split the article.
MAX_GAP_COST = 150.0
# The density pass wins only with a run this many times the text the model kept.
SECOND_OPINION_GAIN = 3


def _words(block: Block) -> int:
    """Words, counting Chinese and Japanese characters as spaced scripts' words."""
    return shape_of(block.text).nsize


def _running(block: Block, verdict: Verdict) -> bool:
    """A sentence-like paragraph: what an article is made of."""
    text = block.text
    return (
        verdict.label != BlockLabel.meta
        and len(text) >= RUNNING_CHARS
        and block.link_density < LINKY
        and shape_of(text).sentence
        and _words(block) >= RUNNING_WORDS
        and not is_clutter(block, verdict)
    )


_GOOD = Verdict(BlockLabel.good, None)


def _running_chars(
    blocks: list[Block], verdicts: list[Verdict], running: list[bool]
) -> tuple[int, int]:
    """The characters of the page's running text (`running`), and of those the kept ones."""
    total = sum(len(b.text) for b, r in zip(blocks, running, strict=True) if r)
    kept = sum(
        len(b.text)
        for b, v, r in zip(blocks, verdicts, running, strict=True)
        if r and v.label == BlockLabel.good
    )
    return total, kept


def second_opinion(
    blocks: list[Block], verdicts: list[Verdict]
) -> tuple[str | None, list[Verdict]]:
    """Never lose the article: if the model kept (almost) nothing of the page's running text
    while a substantial run of it was dropped, a density pass of our own picks the densest run
    of running text, and the better-looking of the two articles is kept. Returns a note when
    the second opinion won, and the verdicts (new ones; those given are not changed).
    """
    verdicts = list(verdicts)
    kept = [i for i, v in enumerate(verdicts) if v.label == BlockLabel.good]
    if len(kept) > MAX_CRUMBS and max(_words(blocks[i]) for i in kept) < MIN_ARTICLE_WORDS:
        for i in kept:  # crumbs (a page of one-letter paragraphs) are no article
            verdicts[i] = Verdict(BlockLabel.bad, Cause.crumbs)
        kept = []
    running = [_running(b, v) for b, v in zip(blocks, verdicts, strict=True)]
    total, kept_running = _running_chars(blocks, verdicts, running)
    if total < SECOND_OPINION_MIN_CHARS or kept_running >= SECOND_OPINION_SHARE * total:
        return None, verdicts
    lo, hi = _densest_run(blocks, running)
    run = sum(len(blocks[i].text) for i in range(lo, hi + 1) if running[i])
    kept_chars = sum(len(blocks[i].text) for i in kept)
    if run < SECOND_OPINION_MIN_CHARS or run <= SECOND_OPINION_GAIN * kept_chars:
        return None, verdicts
    for i in range(lo, hi + 1):
        block, verdict = blocks[i], verdicts[i]
        if verdict.label in (BlockLabel.meta, BlockLabel.good):
            continue
        if running[i] or (
            block.link_density < LINKY
            and not is_clutter(block, verdict)
            and _words(block) >= MIN_ARTICLE_WORDS
        ):
            verdicts[i] = _GOOD
    for i, verdict in enumerate(verdicts):
        if verdict.label == BlockLabel.good and not lo <= i <= hi:
            verdicts[i] = Verdict(BlockLabel.bad, Cause.outside_second_opinion)
    return (
        f"the model kept {kept_running} of {total} characters of running text; a density "
        f"pass kept a run of {run} instead"
    ), verdicts


def _densest_run(
    blocks: list[Block], running: list[bool], breaks: list[bool] | None = None
) -> tuple[int, int]:
    """The densest run of running text (maximum-sum run: running text counts for its length,
    anything else against it, capped so that a caption or an ad between two paragraphs does
    not split the article); a block in `breaks` ends any run. (lo, hi), inclusive; hi < lo
    when there is none."""
    best, best_at, acc, start = 0.0, (0, -1), 0.0, 0
    for i, (block, r) in enumerate(zip(blocks, running, strict=True)):
        if breaks is not None and breaks[i]:
            acc, start = 0.0, i + 1
            continue
        if acc <= 0:
            acc, start = 0.0, i
        acc += len(block.text) if r else -min(len(block.text), MAX_GAP_COST)
        if acc > best:
            best, best_at = acc, (start, i)
    return best_at


# The fill is asked when the model kept less than this share of the page's running text: the
# sectioned pages it lost (explainers, listicles, service pages whose heading-and-paragraph
# sections the sequence stage reads as a teaser list) kept 35-55%. Chosen on the pages of the
# odd grouped folds (shares .35/.5/.6/.7 by floors -1/-2/-3) and checked on the even ones:
# docs/cleaning.md, round 6.
FILL_SHARE = 0.7
# A dropped block the model scores below this logit (p = .12) is no part of the fill: it counts
# against the run like furniture. Without this floor the fill took in a shop's product grid or
# a clinic's service list next to the article (precision .97 -> .45 on such pages).
FILL_FLOOR = -2.0


def fill_sections(
    blocks: list[Block], verdicts: list[Verdict], scores: Scores, keepable: list[bool]
) -> tuple[str | None, list[Verdict]]:
    """Never lose half the article: when the model kept some of the page's running text but
    less than `FILL_SHARE` of it, the densest run of running text that holds kept running text
    is taken whole: its dropped running paragraphs and the headings and short lines between
    them join the article (blocks never the article's, and those the model all but rules out,
    stay out and end or weaken the run). Unlike `second_opinion` nothing kept is dropped.
    Returns a note when blocks were added, and the verdicts (new ones)."""
    verdicts = list(verdicts)
    low = [
        z < FILL_FLOOR and v.label != BlockLabel.good
        for z, v in zip(scores.logits, verdicts, strict=True)
    ]
    running = [
        _running(b, v) and keep and not lo_
        for b, v, keep, lo_ in zip(blocks, verdicts, keepable, low, strict=True)
    ]
    total, kept_running = _running_chars(blocks, verdicts, running)
    if total < SECOND_OPINION_MIN_CHARS or kept_running >= FILL_SHARE * total:
        return None, verdicts
    lo, hi = _densest_run(blocks, running, [not k for k in keepable])
    span = range(lo, hi + 1)
    if not any(running[i] and verdicts[i].label == BlockLabel.good for i in span):
        return None, verdicts  # a run apart from the kept article: second_opinion's call
    added = sum(
        len(blocks[i].text) for i in span if running[i] and verdicts[i].label != BlockLabel.good
    )
    if added < SECOND_OPINION_MIN_CHARS:
        return None, verdicts
    for i in span:
        block, verdict = blocks[i], verdicts[i]
        if verdict.label in (BlockLabel.meta, BlockLabel.good) or low[i] or not keepable[i]:
            continue
        # a heading or short line between the sections joins them (`keepable` holds the
        # rules' clutter verdict; the model's own "not article" cause is no clutter phrase)
        if running[i] or (block.link_density < LINKY and _words(block) >= MIN_ARTICLE_WORDS):
            verdicts[i] = _GOOD
    return (
        f"the model kept {kept_running} of {total} characters of running text; its densest "
        f"run adds {added}"
    ), verdicts


# A dropped paragraph of running text that touches the kept article (the block right before
# or after a kept one, or the standfirst under the title) joins it when the model scores it at
# least this (a logit; the cut is about +.4): the last paragraph or the standfirst the model
# scored just under its cut. See docs/cleaning.md, round 7.
TOUCH_FLOOR = -1.0
# At most this many paragraphs join at each edge of a kept stretch: a closing paragraph or two,
# not a list of references or a run of teasers.
TOUCH_MAX = 2
# The standfirst: the first block under the title line that is no metadata, when it is running
# text, at most this many blocks lie between the title line and the kept article, and none of
# the others between is running text (a byline, a date).
STANDFIRST_GAP = 4


def touching_paragraphs(
    blocks: list[Block], verdicts: list[Verdict], scores: Scores, keepable: list[bool]
) -> list[Verdict]:
    """Never lose the edge of the article: a dropped paragraph of running text that touches
    the kept text (the block just after a kept stretch, or just before it; chained, at most
    `TOUCH_MAX` at each edge) joins it when the model scores it at least `TOUCH_FLOOR`; so
    does the standfirst under the title line (`STANDFIRST_GAP`). Blocks never the article's
    (`keepable`) and captions (under `<figure>`, a caption class) stay out. Returns new
    verdicts (those given are not changed)."""
    verdicts = list(verdicts)
    n = len(blocks)

    def joins(i: int) -> bool:
        block = blocks[i]
        return (
            verdicts[i].label == BlockLabel.bad
            and keepable[i]
            and scores.logits[i] >= TOUCH_FLOOR
            and _running(block, verdicts[i])
            and not is_caption(block.markup)
        )

    given = [v.label == BlockLabel.good for v in verdicts]
    if not any(given):
        return verdicts
    for i in range(n):
        if not given[i]:
            continue
        if i + 1 < n and not given[i + 1]:  # after a kept stretch
            for j in range(i + 1, min(n, i + 1 + TOUCH_MAX)):
                if not joins(j):
                    break
                verdicts[j] = _GOOD
        if i > 0 and not given[i - 1]:  # before it
            for j in range(i - 1, max(-1, i - 1 - TOUCH_MAX), -1):
                if not joins(j):
                    break
                verdicts[j] = _GOOD
    first = next((i for i, v in enumerate(verdicts) if v.label == BlockLabel.good), None)
    title = None
    if first is not None:  # the last title line above the kept text
        title = next(
            (i for i in range(first - 1, -1, -1) if verdicts[i].cause is Cause.title_line), None
        )
    if title is not None and first is not None:
        between = [i for i in range(title + 1, first) if verdicts[i].label != BlockLabel.meta]
        if between and first - title <= STANDFIRST_GAP + 1 and joins(between[0]):
            rest = between[1:]
            if all(not _running(blocks[i], verdicts[i]) for i in rest):
                verdicts[between[0]] = _GOOD
    return verdicts
