"""The hand-written rules' opinion of a page's blocks: each block alone, then with its
neighbours (as jusText does), then, for dumps, the article's region.

The model weighs this opinion with everything else (`features.block_features`); it also names
the cause of a dropped block in `removed` (`why_bad`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from newsdesk.cleaner.clutter import clutter_cause
from newsdesk.cleaner.features import MARKER_CAUSES
from newsdesk.cleaner.shape import LINKY, shape_of
from newsdesk.cleaner.verdict import Verdict
from newsdesk.labels import BlockKind, BlockLabel, Cause, InputFormat, Opinion
from newsdesk.read.blocks import Block


class Rules(NamedTuple):
    """The rules' opinion of a page's blocks (see `rule_labels`)."""

    prelim: list[Opinion]  # each block alone
    ruled: list[BlockLabel]  # after the neighbours: good or bad
    outside: set[int]  # good-looking blocks outside the article's region (dumps)
    behind: set[int]  # blocks never the article's (behind a comments/related marker)


def rule_labels(
    blocks: list[Block], verdicts: list[Verdict], fmt: InputFormat
) -> tuple[list[Verdict], Rules]:
    """The rules' opinion: each block alone, then with its neighbours, and the region's outliers.

    Returns the verdicts with the causes the rules found (a clutter phrase, a bare separator;
    new ones: those given are not changed), and the rules' opinion: the labels alone (good, neargood, short, bad), the labels after the neighbours
    (good, bad), the indices of good-looking blocks outside the article's region (dumps), and
    those that are never the article's: behind a comment-thread marker after the article, or
    behind a related-links or comments marker after its last paragraph.
    """
    verdicts = list(verdicts)
    prelim: list[Opinion] = []
    for i, block in enumerate(blocks):
        if verdicts[i].label == BlockLabel.meta:
            prelim.append(Opinion.bad)
            continue
        cause = clutter_cause(block.text)
        if cause:
            verdicts[i] = replace(verdicts[i], cause=cause)
            prelim.append(Opinion.bad)
            continue
        if not any(c.isalnum() for c in block.text):
            verdicts[i] = replace(verdicts[i], cause=Cause.separator)
            prelim.append(Opinion.bad)
            continue
        prelim.append(alone(block, fmt))

    if Opinion.good not in prelim:
        # A short article has no long paragraph: its sentence-shaped blocks are the article.
        prelim = [Opinion.good if label == Opinion.neargood else label for label in prelim]
    before = _decided(prelim)
    after = _decided(prelim[::-1])[::-1]
    labels: list[BlockLabel] = []
    for i, label in enumerate(prelim):
        prev, nxt = before[i], after[i]
        if label == Opinion.neargood:
            good = Opinion.good in (prev, nxt)
        elif label == Opinion.short:
            heading = blocks[i].kind == BlockKind.h or title_like(blocks[i].text)
            good = prev == nxt == Opinion.good and heading
        else:
            good = label == Opinion.good
        labels.append(BlockLabel.good if good else BlockLabel.bad)
    # HTML pages already chose their article container; a dump has only the lines' order.
    outside, behind = (
        _outside_main_region(blocks, verdicts, labels)
        if fmt == InputFormat.text
        else (set(), set())
    )
    # past the article's last paragraph, a 'Related' or 'Comments' marker ends the article
    last = max(
        (i for i, label in enumerate(labels) if label == BlockLabel.good), default=len(blocks)
    )
    marker = False
    for i in range(last + 1, len(blocks)):
        if verdicts[i].cause in MARKER_CAUSES:
            marker = True
        elif marker:
            behind.add(i)
    return verdicts, Rules(prelim, labels, outside, behind)


# A run this long of non-article blocks separates the article from other text on the page.
REGION_GAP = 3
# Another region is kept when it holds at least this share of the main region's text.
REGION_SHARE = 0.3


def _outside_main_region(
    blocks: list[Block], verdicts: list[Verdict], labels: list[BlockLabel]
) -> tuple[set[int], set[int]]:
    """The good-looking blocks far from the region with the most article text.

    Comment threads and teaser lists look like prose line by line, but they sit apart from
    the article, behind a run of furniture or a 'Comments' / 'Related' marker.
    """
    regions: list[list[int]] = [[]]
    marked: list[bool] = [False]  # whether a terminal marker precedes the region
    commented: list[bool] = [False]  # whether a comment-thread marker does
    gap = 0
    terminal = comments = False
    for i, label in enumerate(labels):
        if label == BlockLabel.good:
            if (gap >= REGION_GAP or terminal) and regions[-1]:
                regions.append([])
                marked.append(terminal)
                commented.append(comments)
            regions[-1].append(i)
            gap = 0
            terminal = comments = False
        else:
            gap += 1
            terminal = terminal or verdicts[i].cause in MARKER_CAUSES
            comments = comments or verdicts[i].cause is Cause.comment_form
    if len(regions) < 2:
        return set(), set()
    mass = [sum(len(blocks[i].text) for i in r) for r in regions]
    main = max(range(len(regions)), key=lambda k: mass[k])
    outside: set[int] = set()
    behind: set[int] = set()
    for k, region in enumerate(regions):
        # a region behind a comments/related marker after the article is never the article's
        behind_marker = marked[k] and k > main
        if k == main or (mass[k] >= REGION_SHARE * mass[main] and not behind_marker):
            continue
        outside.update(region)
        if behind_marker and commented[k]:
            behind.update(region)
    return outside, behind


# A block on its own (`alone`), the rules' first opinion. Link density is the share of a
# block's characters inside links: over MOSTLY_LINKS a block is a menu or a teaser list ...
MOSTLY_LINKS = 0.5
# ... and over LINKY (`shape.py`) a short block (under SHORT_BLOCK_CHARS) is a link with a
# caption; a line among article text with more links than that is not article either.
SHORT_BLOCK_CHARS = 200
# Prose: this many words, or this many characters ending a sentence with at most this share of
# capitalised words (title case is a heading's or a menu's).
PROSE_WORDS = 30
PROSE_CHARS = 150
PROSE_MAX_CAPITALS = 0.6
# Outside the article's container, prose this free of links may be a lead paragraph the page
# set apart (it joins the article if a neighbour is article).
LEAD_MAX_LINKS = 0.1
# A sentence at least this long: article inside an HTML container; a dump line so shaped, with
# at most DUMP_MAX_CAPITALS capitalised words, is article if a neighbour is. A shorter line
# outside the article is reported as a "short line".
SENTENCE_CHARS = 60
DUMP_MAX_CAPITALS = 0.7


def alone(block: Block, fmt: InputFormat) -> Opinion:
    """The rules' opinion of a block on its own, before its neighbours have their say."""
    text = shape_of(block.text)
    chars, nwords, capital, sentence = text.size, text.nsize, text.capitals, text.sentence
    if block.link_density > MOSTLY_LINKS or (
        block.link_density > LINKY and chars < SHORT_BLOCK_CHARS
    ):
        return Opinion.bad
    prose = nwords >= PROSE_WORDS or (
        chars >= PROSE_CHARS and sentence and capital < PROSE_MAX_CAPITALS
    )
    if fmt == InputFormat.html and not block.in_main:
        # outside the article's container only prose next to the article can belong to it
        # (a lead paragraph the page set apart)
        return Opinion.neargood if prose and block.link_density < LEAD_MAX_LINKS else Opinion.bad
    if prose:
        return Opinion.good
    if fmt == InputFormat.html:
        # inside the container: sentences are article; lists, table rows and short lines
        # are article when they stand among article text
        if chars >= SENTENCE_CHARS and sentence:
            return Opinion.good
        return Opinion.neargood if block.link_density < LINKY else Opinion.short
    if chars >= SENTENCE_CHARS and sentence and capital < DUMP_MAX_CAPITALS:
        return Opinion.neargood
    return Opinion.short


def _decided(labels: list[Opinion]) -> list[Opinion]:
    """For each block, the nearest decided label (good or bad) before it; bad at the start."""
    out: list[Opinion] = []
    last = Opinion.bad
    for label in labels:
        out.append(last)
        if label in (Opinion.good, Opinion.bad):
            last = label
    return out


# A title has at most this many words (more is a sentence however it ends).
MAX_TITLE_WORDS = 30


def title_like(text: str, min_words: int = 2) -> bool:
    """A line shaped like a title or heading: a few words, not ending as a sentence does."""
    words = len(text.split())
    end = text.rstrip().rstrip("\"”’'»)")
    return min_words <= words <= MAX_TITLE_WORDS and not end.endswith((".", ",", ";"))


def why_bad(block: Block) -> Cause:
    """The cause `removed` gives a block the decision dropped that no rule named."""
    if block.cue:
        return Cause.markup
    if block.link_density > LINKY:
        return Cause.links
    if not block.in_main:
        return Cause.outside_container
    if len(block.text) < SENTENCE_CHARS:
        return Cause.short_line
    return Cause.not_article
