"""The decision: the model's scores of a page's blocks cut into kept and dropped, with the
rules' labels and the likeliest block as fallbacks, and a second cut where the article looks
too short."""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsdesk.cleaner.rules import PROSE_MAX_CAPITALS, Rules, why_bad
from newsdesk.cleaner.scoring import Scores, predict, weights_for
from newsdesk.cleaner.shape import shape_of
from newsdesk.cleaner.verdict import Verdict
from newsdesk.labels import BlockLabel, Cause, InputFormat, Opinion
from newsdesk.read.blocks import Block
from newsdesk.read.page import PageMeta


@dataclass(frozen=True, slots=True)
class Featurised:
    """A page as the classifier sees it: its blocks and the cleaner's verdicts so far (metadata
    marked, the rules' clutter causes found), the metadata they add, the rules' opinion, one
    feature row per block, and which blocks may ever be kept."""

    blocks: list[Block]
    verdicts: list[Verdict]
    fmt: InputFormat
    meta: PageMeta
    rules: Rules
    rows: list[list[float]]
    keepable: list[bool]


# An article shorter than this (characters kept) looks too short: trafilatura's own minimum
# extraction size (`MIN_EXTRACTED_SIZE`, 250), below which it asks a second extractor.
SHORT_ARTICLE_CHARS = 250
# There the model's scores are cut again at this probability (logit below), and the longer of
# the two articles is kept. Grouped CV, every page scored by a model that never saw its site:
# wcxb-dev .826 -> .827 (16 -> 14 empty outputs), trafilatura-eval .9125 -> .9127, seb-dev,
# readability and wcxb-dev's articles unchanged; 35 -> 33 pages losing half their article
# where trafilatura keeps 80% (docs/cleaning.md, round 4).
RECALL_THRESHOLD = 0.4
RECALL_CUT = math.log(RECALL_THRESHOLD / (1.0 - RECALL_THRESHOLD))


def _kept_chars(blocks: list[Block], labels: list[BlockLabel]) -> int:
    return sum(
        len(b.text) for b, label in zip(blocks, labels, strict=True) if label == BlockLabel.good
    )


def _sentence_block(page: Featurised, i: int) -> bool:
    """A block the fallback may keep beside the likeliest one: keepable, not bad on its own,
    shaped like a sentence of prose (not a title-case line)."""
    shape = shape_of(page.blocks[i].text)
    return (
        page.keepable[i]
        and page.rules.prelim[i] != Opinion.bad
        and shape.sentence
        and shape.capitals < PROSE_MAX_CAPITALS
    )


def _sentences_around(page: Featurised, best: int) -> range:
    """The likeliest block and the run of sentence blocks on either side of it: a short pasted
    text of a few one-sentence paragraphs is kept whole, not cut to its likeliest line."""
    start = best
    while start > 0 and _sentence_block(page, start - 1):
        start -= 1
    end = best + 1
    while end < len(page.blocks) and _sentence_block(page, end):
        end += 1
    return range(start, end)


def _decide(
    page: Featurised, ruled: list[BlockLabel], scores: list[float], cut: float
) -> list[BlockLabel]:
    """The model's labels at `cut` (a logit); the rules' `ruled` labels when it keeps nothing
    and they keep something; else the likeliest block, unless that is furniture."""
    learned = [
        BlockLabel.good if z >= cut and keep else BlockLabel.bad
        for z, keep in zip(scores, page.keepable, strict=True)
    ]
    if BlockLabel.good in learned:
        return learned
    labels = list(ruled)
    if BlockLabel.good not in labels:
        # A page of one short text: the model has seen few. Keep its likeliest block
        # rather than return nothing, unless that is furniture.
        best = max(range(len(page.blocks)), key=lambda i: scores[i], default=None)
        if best is not None and page.rules.prelim[best] != Opinion.bad:
            for i in _sentences_around(page, best):
                labels[i] = BlockLabel.good
    # else the rules found article text the model did not: trust them
    return labels


def model_scores(page: Featurised) -> Scores | None:
    """The model's scores of the page's blocks (None: no model for the page's format)."""
    weights = weights_for(page.fmt)
    if weights is None:
        return None
    return Scores(*predict(weights, page.rows))


def classify(page: Featurised, scored: Scores | None = None) -> list[Verdict]:
    """Every block's verdict: good or bad (metadata stays metadata).

    The hand-written rules (each block alone, then its neighbours, then the article's region
    for dumps) give a first opinion; a model learned on pages of many sites
    (`scripts/train_cleaner.py`) weighs that opinion with the blocks' own features and their
    neighbours' and makes the call (`scored`: the page's `model_scores`, computed here when
    not given). Metadata blocks are never article text.
    """
    blocks, (_, ruled, outside, _) = page.blocks, page.rules
    labels = [BlockLabel.bad if i in outside else label for i, label in enumerate(ruled)]
    if scored is None:
        scored = model_scores(page)
    if scored is not None:
        scores, cut = scored
        decided = _decide(page, labels, scores, cut)
        kept = _kept_chars(blocks, decided)
        if kept < SHORT_ARTICLE_CHARS and page.fmt == InputFormat.html and cut > RECALL_CUT:
            # the article looks too short: the same scores, cut where recall leans (HTML:
            # judged there; the dump model's cut is unchanged)
            relaxed = _decide(page, labels, scores, RECALL_CUT)
            if _kept_chars(blocks, relaxed) > kept:
                decided = relaxed
        labels = decided
    verdicts: list[Verdict] = []
    for i, (block, verdict, label) in enumerate(zip(blocks, page.verdicts, labels, strict=True)):
        if verdict.label == BlockLabel.meta:
            verdicts.append(verdict)
        elif label == BlockLabel.good:
            verdicts.append(Verdict(label, None))
        elif verdict.cause is None:
            verdicts.append(
                Verdict(label, Cause.outside_region if i in outside else why_bad(block))
            )
        else:
            verdicts.append(Verdict(label, verdict.cause))
    return verdicts
