"""Touching paragraphs (`cleaner.touching_paragraphs`): a paragraph of running text the model
scored just under its cut joins the article when it touches the kept text (the closing
paragraph, the standfirst under the title); what the model rules out, what the rules never
keep, and what lies apart from the article stay out."""

from __future__ import annotations

from newsdesk.cleaner.recover import TOUCH_MAX, touching_paragraphs
from newsdesk.cleaner.scoring import Scores
from newsdesk.cleaner.verdict import Verdict
from newsdesk.labels import BlockKind, BlockLabel, Cause
from newsdesk.read.blocks import Block
from newsdesk.read.evidence import MarkupEvidence

_BODY = (
    "The ferry between the two islands will run twice a day from March, the council said, "
    "after a winter in which the crossing was cut to three days a week."
)
_CLOSING = (
    "Tickets for the first sailings go on sale next week at the harbour office, and the "
    "council expects the morning boat to fill quickly with commuters."
)
_STANDFIRST = (
    "Islanders had asked for a daily service for years; the new timetable doubles it, and "
    "the fares stay as they are until the end of the summer season."
)
_KEPT = Verdict(BlockLabel.good)
_DROPPED = Verdict(BlockLabel.bad, Cause.not_article)


def _touch(blocks: list[Block], verdicts: list[Verdict], scores: list[float],
           keepable: list[bool] | None = None) -> list[BlockLabel]:  # fmt: skip
    keep = keepable if keepable is not None else [True] * len(blocks)
    out = touching_paragraphs(blocks, verdicts, Scores(scores, 0.4), keep)
    return [v.label for v in out]


def test_the_closing_paragraph_just_under_the_cut_joins_the_article() -> None:
    blocks = [Block("Home"), Block(_BODY), Block(_BODY), Block(_CLOSING), Block("Share this")]
    given = [_DROPPED, _KEPT, _KEPT, _DROPPED, _DROPPED]
    labels = _touch(blocks, given, [-4.0, 2.0, 2.0, -0.8, -3.0])
    assert labels == [
        BlockLabel.bad,
        BlockLabel.good,
        BlockLabel.good,
        BlockLabel.good,
        BlockLabel.bad,
    ]
    assert given[3] == _DROPPED  # new verdicts: the ones given are not changed


def test_what_the_model_rules_out_or_the_rules_never_keep_stays_out() -> None:
    blocks = [Block(_BODY), Block(_CLOSING), Block(_BODY), Block(_CLOSING)]
    given = [_KEPT, _DROPPED, _KEPT, _DROPPED]
    # the first closing paragraph scored far under the cut; the second sits behind a marker
    labels = _touch(blocks, given, [2.0, -3.5, 2.0, -1.0], [True, True, True, False])
    assert labels == [BlockLabel.good, BlockLabel.bad, BlockLabel.good, BlockLabel.bad]


def test_a_paragraph_apart_from_the_article_or_a_short_line_stays_out() -> None:
    blocks = [Block(_BODY), Block("Related", BlockKind.h), Block(_CLOSING), Block("Read more")]
    given = [_KEPT, _DROPPED, _DROPPED, _DROPPED]
    labels = _touch(blocks, given, [2.0, -0.5, -0.5, -0.5])
    assert labels == [BlockLabel.good] + [BlockLabel.bad] * 3


def test_the_standfirst_under_the_title_joins_the_article() -> None:
    title = Verdict(BlockLabel.meta, Cause.title_line)
    blocks = [Block("Ferry to run twice a day", BlockKind.h), Block(_STANDFIRST),
              Block("Jane Doe"), Block(_BODY), Block(_BODY)]  # fmt: skip
    given = [title, _DROPPED, _DROPPED, _KEPT, _KEPT]
    labels = _touch(blocks, given, [0.0, -0.5, -2.5, 2.0, 2.0])
    assert labels == [
        BlockLabel.meta,
        BlockLabel.good,
        BlockLabel.bad,
        BlockLabel.good,
        BlockLabel.good,
    ]
    far = [title, _DROPPED] + [_DROPPED] * 5 + [_KEPT]  # the article starts far below it
    far_blocks = blocks[:2] + [Block("Jane Doe")] * 5 + [Block(_BODY)]
    assert _touch(far_blocks, far, [0.0, -0.5] + [-2.5] * 5 + [2.0])[1] == BlockLabel.bad


def test_at_most_touch_max_paragraphs_join_each_edge_before_and_after() -> None:
    extra = TOUCH_MAX + 1  # one more than may join
    blocks = [Block(_CLOSING)] * extra + [Block(_BODY)] + [Block(_CLOSING)] * extra
    given = [_DROPPED] * extra + [_KEPT] + [_DROPPED] * extra
    labels = _touch(blocks, given, [-0.5] * extra + [2.0] + [-0.5] * extra)
    edge = [BlockLabel.good] * TOUCH_MAX
    assert labels == [BlockLabel.bad, *edge, BlockLabel.good, *edge, BlockLabel.bad]


def test_a_caption_touching_the_article_stays_out() -> None:
    under_figure = MarkupEvidence(under=frozenset({"figure"}))
    blocks = [Block(_BODY), Block(_CLOSING, markup=under_figure), Block(_CLOSING)]
    labels = _touch(blocks, [_KEPT, _DROPPED, _DROPPED], [2.0, -0.5, -0.5])
    assert labels == [BlockLabel.good, BlockLabel.bad, BlockLabel.bad]
