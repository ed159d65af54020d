"""The learned model's features of a page's blocks.

Stage 1 (`block_features`, columns named by `feature_names(fmt)`): a block's own text shape,
the cleaner's verdict so far and the rules' opinion, its neighbourhood, and for HTML what its
markup and its neighbours' markup say. Stage 2 (`stage2_rows`), made of stage 1's scores
(logits): `stack_features` for a logistic second stage, or the block's own row followed by
`sequence_features` (HTML trees). `scoring.py` weighs these rows; `scripts/train_cleaner.py`
computes the same rows to train on.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple, cast

from newsdesk.cleaner.shape import shape_of
from newsdesk.cleaner.verdict import Verdict
from newsdesk.labels import BlockKind, BlockLabel, Cause, InputFormat, Opinion
from newsdesk.read.blocks import Block

# Blocks that mark the end of the article's text: comment forms and related-links headers.
MARKER_CAUSES = frozenset({Cause.comment_form, Cause.related_links})

# The features the model weighs, in the order `block_features` lists them.
FEATURES = (
    "log_chars", "log_words", "sentence_end", "capitals", "stopwords", "digits", "punctuation",
    "link_density", "in_main", "heading", "list_item", "quote", "few_words", "ellipsis_end",
    "upper_share", "quote_start", "digit_end", "log_relative_length",
    "alone_good", "alone_neargood", "alone_short", "alone_bad", "rules_good", "off_region",
    "metadata", "clutter", "position", "before_first_good", "after_last_good", "repeated",
    "text_share", "prev_log_chars", "next_log_chars", "prev_rules_good", "next_rules_good",
    "window_rules_good", "log_good_distance", "markers_before", "after_title",
    "log_title_distance",
)  # fmt: skip
# Each feature's column in a stage-1 row: a name says which, where a number would not.
FEATURE_AT: Mapping[str, int] = {name: i for i, name in enumerate(FEATURES)}
# "window_rules_good": the rules' opinion of this many blocks either side (a paragraph among
# paragraphs); "best_before"/"best_after" look as far for the second stage.
NEIGHBOUR_WINDOW = 3
# "window5_score": the second stage's mean score of this many blocks either side.
STACK_WINDOW = 5
# The score of a block beyond the page's ends: as sure as "not article".
OFF_PAGE_SCORE = -5.0


def _own_features(block: Block) -> list[float]:
    text = shape_of(block.text)  # the text's own features, measured once (cleaner/shape.py)
    return [
        *text.before,
        block.link_density,
        1.0 if block.in_main else 0.0,
        1.0 if block.kind == BlockKind.h else 0.0,
        1.0 if block.kind == BlockKind.li else 0.0,
        1.0 if block.kind == BlockKind.quote else 0.0,
        *text.after,
    ]


# An opinion as the features "alone_good" .. "alone_bad": 1.0 for it, 0.0 for the others.
_ONE_HOT = {k: tuple(1.0 if j == k else 0.0 for j in Opinion) for k in Opinion}


def block_features(
    blocks: list[Block],
    verdicts: list[Verdict],
    fmt: InputFormat,
    prelim: list[Opinion],
    ruled: list[BlockLabel],
    outside: set[int],
) -> list[list[float]]:
    """One feature row per block: its own shape, the cleaner's verdict so far and the rules'
    opinion, its neighbourhood, and for HTML what the markup says (`feature_names(fmt)` names
    them)."""
    n = len(blocks)
    total = sum(len(b.text) for b in blocks) or 1
    counts = Counter(b.text for b in blocks)
    own = [_own_features(b) for b in blocks]
    markup = _markup_rows(blocks)
    # a block's length against the page's typical line: menus are short on any page
    sizes = sorted(row[0] for row in own)
    typical = sizes[len(sizes) // 2] if sizes else 0.0
    good = [1.0 if label == BlockLabel.good else 0.0 for label in ruled]
    good_at = [i for i, g in enumerate(good) if g]
    first, last = (good_at[0], good_at[-1]) if good_at else (n, -1)
    # distance (in blocks) to the nearest block the rules call good
    dist = [float(n)] * n
    near = -n
    for i in range(n):
        near = i if good[i] else near
        dist[i] = float(i - near)
    near = 2 * n
    for i in range(n - 1, -1, -1):
        near = i if good[i] else near
        dist[i] = min(dist[i], float(near - i))
    # the article follows its headline
    title_at = next((i for i, v in enumerate(verdicts) if v.cause is Cause.title_line), None)
    # 'Related', 'Comments' and the like: after them, more of the page is not the article's
    markers = 0
    rows: list[list[float]] = []
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        window = good[max(0, i - NEIGHBOUR_WINDOW) : i] + good[i + 1 : i + 1 + NEIGHBOUR_WINDOW]
        rows.append(
            [
                *own[i],
                own[i][0] - typical,
                *_ONE_HOT[prelim[i]],
                good[i],
                1.0 if i in outside else 0.0,
                1.0 if verdict.label == BlockLabel.meta else 0.0,
                1.0 if verdict.cause is not None and verdict.label != BlockLabel.meta else 0.0,
                i / n,
                1.0 if i < first else 0.0,
                1.0 if i > last else 0.0,
                1.0 if counts[block.text] > 1 else 0.0,
                len(block.text) / total,
                own[i - 1][0] if i > 0 else 0.0,
                own[i + 1][0] if i + 1 < n else 0.0,
                good[i - 1] if i > 0 else 0.0,
                good[i + 1] if i + 1 < n else 0.0,
                sum(window) / len(window) if window else 0.0,
                math.log1p(min(dist[i], n)),
                math.log1p(markers),
                1.0 if title_at is not None and i > title_at else 0.0,
                math.log1p(abs(i - title_at)) if title_at is not None else math.log1p(n),
                *markup[i],
                *_html_context(markup, i, n),
            ]
        )
        markers += verdict.cause in MARKER_CAUSES
    return rows


# Second stage: the first stage's scores of a block and its neighbours (`STACK_SCORES`,
# made by `stack_features`), beside a few of its own stage-1 features (`STACK_OWN`, copied
# from its row), so a block can follow the run of article text it sits in.
STACK_SCORES = (
    "score", "prev_score", "next_score", "prev2_score", "next2_score", "window5_score",
    "best_before", "best_after", "in_best_run", "log_run_distance", "run_share",
)  # fmt: skip
STACK_OWN = ("log_words", "few_words", "list_item", "heading", "clutter", "metadata")
STACK_FEATURES = STACK_SCORES + STACK_OWN
_OWN_IN_STACK = [FEATURE_AT[name] for name in STACK_OWN]


def stack_features(rows: list[list[float]], scores: list[float]) -> list[list[float]]:
    # scores with OFF_PAGE_SCORE beyond the page's ends, so neighbours are plain slices
    pad = max(STACK_WINDOW, NEIGHBOUR_WINDOW, 2)
    padded = [OFF_PAGE_SCORE] * pad + scores + [OFF_PAGE_SCORE] * pad
    start, end = _best_run(scores, rows)
    share = _run_shares(scores, rows)
    out: list[list[float]] = []
    for i, row in enumerate(rows):
        c = i + pad
        window = _window(scores, i)
        out.append(
            [
                scores[i],
                padded[c - 1],
                padded[c + 1],
                padded[c - 2],
                padded[c + 2],
                sum(window) / len(window),
                max(padded[c - NEIGHBOUR_WINDOW : c]),
                max(padded[c + 1 : c + NEIGHBOUR_WINDOW + 1]),
                1.0 if start <= i <= end else 0.0,
                math.log1p(start - i if i < start else i - end if i > end else 0),
                share[i],
                *(row[k] for k in _OWN_IN_STACK),
            ]
        )
    return out


# The sequence view (HTML): a second stage of trees reads every stage-1 feature of a block and
# these, made of stage 1's scores (logits) of the page's blocks. Article blocks come in runs:
# a paragraph among likely paragraphs, in the container whose blocks are likely, near the
# page's likeliest block, is likelier than the same paragraph among teasers.
SEQUENCE_FEATURES = (
    "score", "prev_score", "next_score", "prev2_score", "next2_score", "prev3_score",
    "next3_score", "window5_score", "window5_max", "best_before", "best_after", "in_best_run",
    "log_run_distance", "run_share", "page_max_score", "below_page_max", "log_top_distance",
    "sibling_mean", "sibling_max", "log_siblings", "container_mean", "outside_mean",
    "likely_share", "rank_share",
)  # fmt: skip


@cache
def feature_columns(fmt: InputFormat) -> Mapping[str, int]:
    """Each feature's column in a stage-1 row of `fmt` (`FEATURE_AT`, and for HTML the
    markup's features after it)."""
    return {name: i for i, name in enumerate(feature_names(fmt))}


@cache
def _sequence_columns() -> tuple[int, int, int]:
    at = feature_columns(InputFormat.html)
    return at["log_words"], at["log_depth"], at["in_container"]


def _sibling_runs(rows: list[list[float]], depth_at: int) -> list[tuple[int, int]]:
    """Each block's run of consecutive blocks at its depth (siblings, or cousins laid out as
    one list): (first, last) index."""
    n = len(rows)
    out: list[tuple[int, int]] = [(0, -1)] * n
    start = 0
    for i in range(1, n + 1):
        if i == n or rows[i][depth_at] != rows[start][depth_at]:
            for k in range(start, i):
                out[k] = (start, i - 1)
            start = i
    return out


def sequence_features(rows: list[list[float]], scores: list[float]) -> list[list[float]]:
    """The sequence view of an HTML page (`SEQUENCE_FEATURES`), one row per block."""
    n = len(scores)
    if not n:
        return []
    _, depth_at, inside_at = _sequence_columns()
    # off-page scores beyond the page's ends for the neighbours 1-3 either side and the
    # NEIGHBOUR_WINDOW maxima, so that both are plain slices (as in stack_features)
    pad = max(NEIGHBOUR_WINDOW, 3)
    padded = [OFF_PAGE_SCORE] * pad + scores + [OFF_PAGE_SCORE] * pad
    start, end = _best_run(scores, rows)
    share = _run_shares(scores, rows)
    top = max(range(n), key=scores.__getitem__)
    page_max = scores[top]
    inside = [z for z, row in zip(scores, rows, strict=True) if row[inside_at] > 0]
    outside = [z for z, row in zip(scores, rows, strict=True) if row[inside_at] <= 0]
    inside_mean = sum(inside) / len(inside) if inside else OFF_PAGE_SCORE
    outside_mean = sum(outside) / len(outside) if outside else OFF_PAGE_SCORE
    likely = sum(1 for z in scores if z > 0) / n
    order = sorted(scores, reverse=True)
    rank = {z: k for k, z in reversed(list(enumerate(order)))}
    runs = _sibling_runs(rows, depth_at)
    run_stats = _run_stats(scores, runs)
    out: list[list[float]] = []
    for i in range(n):
        c = i + pad
        window = _window(scores, i)
        sib_mean, sib_max, sib_n = _sibling_stats(run_stats[runs[i][0]], scores, i)
        out.append(
            [
                scores[i],
                padded[c - 1],
                padded[c + 1],
                padded[c - 2],
                padded[c + 2],
                padded[c - 3],
                padded[c + 3],
                sum(window) / len(window),
                max(window),
                max(padded[c - NEIGHBOUR_WINDOW : c]),
                max(padded[c + 1 : c + NEIGHBOUR_WINDOW + 1]),
                1.0 if start <= i <= end else 0.0,
                math.log1p(start - i if i < start else i - end if i > end else 0),
                share[i],
                page_max,
                page_max - scores[i],
                math.log1p(abs(i - top)),
                sib_mean,
                sib_max,
                math.log1p(sib_n),
                inside_mean,
                outside_mean,
                likely,
                rank[scores[i]] / n,
            ]
        )
    return out


class _RunStats(NamedTuple):
    total: float
    size: int
    top: int  # the index of the run's highest score
    second: float  # the highest score but the top one's


def _run_stats(scores: list[float], runs: list[tuple[int, int]]) -> dict[int, _RunStats]:
    """Totals of every sibling run, by its first block: one pass a run, so that a block's
    siblings' mean and maximum cost no slice of the run (20,000 one-line paragraphs took 20 s
    of slices)."""
    out: dict[int, _RunStats] = {}
    for first, last in set(runs):
        top = max(range(first, last + 1), key=scores.__getitem__)
        second = max(
            (scores[k] for k in range(first, last + 1) if k != top), default=OFF_PAGE_SCORE
        )
        out[first] = _RunStats(sum(scores[first : last + 1]), last - first + 1, top, second)
    return out


def _sibling_stats(run: _RunStats, scores: list[float], i: int) -> tuple[float, float, int]:
    """Block i's siblings' mean and highest score and how many there are, from its run's
    totals (OFF_PAGE_SCORE for both when it has none)."""
    n = run.size - 1
    if not n:
        return OFF_PAGE_SCORE, OFF_PAGE_SCORE, 0
    return (run.total - scores[i]) / n, run.second if i == run.top else scores[run.top], n


def stage2_rows(
    spec: dict[str, Any], rows: list[list[float]], scores: list[float]
) -> list[list[float]]:
    """The second stage's input: the logistic stage's (`STACK_FEATURES`), or the block's own
    row followed by the sequence view (`SEQUENCE_FEATURES`, trees)."""
    if tuple(spec["features"]) == STACK_FEATURES:
        return stack_features(rows, scores)
    return [row + seq for row, seq in zip(rows, sequence_features(rows, scores), strict=True)]


def _window(scores: list[float], i: int) -> list[float]:
    """The other blocks' scores within STACK_WINDOW of block i, in page order (none beyond the
    page's ends; a page of one block gets OFF_PAGE_SCORE)."""
    window = scores[max(0, i - STACK_WINDOW) : i] + scores[i + 1 : i + STACK_WINDOW + 1]
    return window or [OFF_PAGE_SCORE]


def _best_run(scores: list[float], rows: list[list[float]]) -> tuple[int, int]:
    """The run of consecutive blocks with the most article evidence (maximum-sum subarray).

    Each block counts its score weighted by its length in words, so the article's body,
    long and mostly sure, outweighs a run of teasers or a comment thread.
    """
    words = FEATURE_AT["log_words"]
    best, best_at = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, (z, row) in enumerate(zip(scores, rows, strict=True)):
        if total <= 0:
            total, start = 0.0, i
        total += z * row[words]
        if total > best:
            best, best_at = total, (start, i)
    return best_at


# Runs of likely article text may be split by this many unlikely blocks (an ad, a caption).
RUN_GAP = 3


def _run_shares(scores: list[float], rows: list[list[float]]) -> list[float]:
    """Each block's run of likely article text, as a share of the largest run's evidence.

    A page can split its article around a teaser list; both halves are large runs, while a
    comment or a teaser is a small one.
    """
    words = FEATURE_AT["log_words"]
    run_of = [-1] * len(scores)
    mass: list[float] = []
    gap = RUN_GAP + 1
    for i, z in enumerate(scores):
        if z <= 0:
            gap += 1
            continue
        if gap > RUN_GAP:
            mass.append(0.0)
        mass[-1] += z * rows[i][words]
        run_of[i] = len(mass) - 1
        gap = 0
    top = max(mass, default=0.0) or 1.0
    return [mass[r] / top if r >= 0 else 0.0 for r in run_of]


# What the markup says about the blocks either side (HTML): a paragraph among paragraphs of
# the container, or a lone one among links.
HTML_CONTEXT = ("in_container", "attr_content", "tag_p", "hidden", "attr_related", "attr_teaser")
HTML_CONTEXT_FEATURES = (
    *(f"{side}_{k}" for side in ("prev", "next") for k in HTML_CONTEXT),
    "log_page_blocks",
)


def _markup_rows(blocks: list[Block]) -> list[tuple[float, ...]]:
    """Each block's markup features (`cleaner.markup.markup_row`; none for a text block)."""
    if all(b.markup is None for b in blocks):
        return [()] * len(blocks)
    from newsdesk.cleaner.markup import markup_row  # (HTML only)

    return [markup_row(b.markup) if b.markup is not None else () for b in blocks]


@cache
def _html_context_pick() -> Callable[[tuple[float, ...]], tuple[float, ...]]:
    """The neighbour features' values out of a block's markup features (one C call)."""
    from newsdesk.cleaner.markup import HTML_FEATURES

    return cast(
        Callable[[tuple[float, ...]], tuple[float, ...]],
        itemgetter(*(HTML_FEATURES.index(k) for k in HTML_CONTEXT)),
    )


_NO_CONTEXT = (0.0,) * len(HTML_CONTEXT)


def _html_context(markup: list[tuple[float, ...]], i: int, n: int) -> list[float]:
    if not markup[i]:
        return []
    pick = _html_context_pick()
    prev = markup[i - 1] if i > 0 else ()
    nxt = markup[i + 1] if i + 1 < n else ()
    return [
        *(pick(prev) if prev else _NO_CONTEXT),
        *(pick(nxt) if nxt else _NO_CONTEXT),
        math.log1p(n),
    ]


def feature_names(fmt: InputFormat) -> tuple[str, ...]:
    if fmt == InputFormat.html:
        from newsdesk.cleaner.markup import HTML_FEATURES  # (HTML only)

        return FEATURES + HTML_FEATURES + HTML_CONTEXT_FEATURES
    return FEATURES
