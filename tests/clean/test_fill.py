"""The fill (`cleaner.fill_sections`): a page whose model kept part of its running text gets the
rest of the densest run back (a sectioned explainer's heading-and-paragraph sections), and
nothing the model rules out or the rules never keep comes with it."""

from __future__ import annotations

from newsdesk.cleaner.recover import fill_sections
from newsdesk.cleaner.scoring import Scores
from newsdesk.cleaner.verdict import Verdict
from newsdesk.labels import BlockKind, BlockLabel, Cause
from newsdesk.read.blocks import Block

_INTRO = (
    "Heat pumps move warmth from the air outside into a house, and they use far less power "
    "than an electric heater to do it, even on a cold morning in January."
)
_SECTION = (
    "An installer sizes the pump to the house, checks the radiators and the pipes, and "
    "explains how the controls work before leaving the owners to it for a week."
)
_KEPT = Verdict(BlockLabel.good)
_DROPPED = Verdict(BlockLabel.bad, Cause.not_article)


def _page() -> tuple[list[Block], list[Verdict], list[float]]:
    """Two kept paragraphs, then four numbered sections the model dropped (near its cut)."""
    blocks = [Block("Menu"), Block(_INTRO), Block(_INTRO)]
    verdicts = [_DROPPED, _KEPT, _KEPT]
    scores = [-4.0, 2.0, 2.0]
    for n in range(4):
        blocks += [Block(f"{n + 1}. Step number {n + 1}", BlockKind.h), Block(_SECTION)]
        verdicts += [_DROPPED, _DROPPED]
        scores += [-1.5, -0.8]
    return blocks, verdicts, scores


def test_the_fill_adds_the_dropped_sections_of_the_kept_run() -> None:
    blocks, given, scores = _page()
    note, verdicts = fill_sections(blocks, given, Scores(scores, 0.4), [True] * len(blocks))
    assert note is not None and "densest run adds" in note
    assert [v.label for v in verdicts] == [BlockLabel.bad] + [BlockLabel.good] * 10
    assert given[3] == _DROPPED  # new verdicts: the ones given are not changed


def test_the_fill_leaves_out_what_the_model_rules_out_or_the_rules_never_keep() -> None:
    blocks, given, scores = _page()
    scores[-1] = -3.0  # the model all but rules out the last section's paragraph
    keepable = [True] * len(blocks)
    keepable[9] = False  # a block behind a comments marker is never the article's
    note, verdicts = fill_sections(blocks, given, Scores(scores, 0.4), keepable)
    assert note is not None
    labels = [v.label for v in verdicts]
    assert labels[:9] == [BlockLabel.bad] + [BlockLabel.good] * 8  # three sections joined
    assert labels[9:] == [BlockLabel.bad] * 2


def test_the_fill_leaves_a_mostly_kept_article_alone() -> None:
    blocks, given, scores = _page()
    given = [_DROPPED] + [_KEPT] * 8 + [_DROPPED] * 2  # most of the running text is kept
    note, verdicts = fill_sections(blocks, given, Scores(scores, 0.4), [True] * len(blocks))
    assert note is None and verdicts == given


def test_the_fill_does_not_start_an_article_of_its_own() -> None:
    blocks, given, scores = _page()
    given = [_DROPPED] * len(blocks)  # nothing kept: a run apart is second_opinion's call
    note, _ = fill_sections(blocks, given, Scores(scores, 0.4), [True] * len(blocks))
    assert note is None
