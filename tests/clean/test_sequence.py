"""The sequence view: a second stage that reads stage 1's scores of a block's neighbours, its
siblings and its container (`features.sequence_features`)."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.cleaner import features, scoring
from newsdesk.labels import InputFormat

_NAMES = features.feature_names(InputFormat.html)
_SEQ = {name: k for k, name in enumerate(features.SEQUENCE_FEATURES)}


def _row(depth: float, inside: bool, words: float = 3.0) -> list[float]:
    row = [0.0] * len(_NAMES)
    row[_NAMES.index("log_depth")] = depth
    row[_NAMES.index("in_container")] = 1.0 if inside else 0.0
    row[_NAMES.index("log_words")] = words
    return row


def _page() -> tuple[list[list[float]], list[float]]:
    # a menu (depth 2, outside), four paragraphs of the container (depth 3), and a teaser list
    # after it (depth 4, outside); the paragraph at index 3 is unsure on its own
    rows = [_row(2.0, False), _row(2.0, False)]
    rows += [_row(3.0, True) for _ in range(4)]
    rows += [_row(4.0, False) for _ in range(3)]
    scores = [-3.0, -2.5, 2.0, -0.2, 3.0, 1.5, -1.0, -0.5, -2.0]
    return rows, scores


def test_one_row_per_block_of_fixed_width() -> None:
    rows, scores = _page()
    seq = features.sequence_features(rows, scores)
    assert len(seq) == len(rows)
    assert all(len(r) == len(features.SEQUENCE_FEATURES) for r in seq)
    assert features.sequence_features([], []) == []


def test_neighbours_siblings_and_container_are_read_from_the_scores() -> None:
    rows, scores = _page()
    seq = features.sequence_features(rows, scores)
    unsure = seq[3]
    assert unsure[_SEQ["score"]] == -0.2
    assert unsure[_SEQ["prev_score"]] == 2.0 and unsure[_SEQ["next_score"]] == 3.0
    assert unsure[_SEQ["prev3_score"]] == -3.0 and unsure[_SEQ["next3_score"]] == -1.0
    # its siblings (the other paragraphs at its depth): 2.0, 3.0, 1.5
    assert unsure[_SEQ["sibling_mean"]] == pytest.approx(6.5 / 3)
    assert unsure[_SEQ["sibling_max"]] == 3.0
    # the container's blocks are likely, the rest of the page is not
    assert unsure[_SEQ["container_mean"]] == pytest.approx((2.0 - 0.2 + 3.0 + 1.5) / 4)
    assert unsure[_SEQ["outside_mean"]] < 0
    # one block from the page's likeliest (index 4), inside the best run of the page
    assert unsure[_SEQ["page_max_score"]] == 3.0
    assert unsure[_SEQ["below_page_max"]] == pytest.approx(3.2)
    assert unsure[_SEQ["log_top_distance"]] == pytest.approx(0.6931, abs=1e-4)
    assert unsure[_SEQ["in_best_run"]] == 1.0
    # a teaser after the article sits among unlikely siblings, outside the best run
    teaser = seq[7]
    assert teaser[_SEQ["sibling_max"]] < 0 and teaser[_SEQ["in_best_run"]] == 0.0
    assert seq[4][_SEQ["rank_share"]] == 0.0  # the likeliest block ranks first
    # beyond the page's ends a neighbour is as sure as "not article"
    assert seq[0][_SEQ["prev_score"]] == features.OFF_PAGE_SCORE


def test_the_second_stage_reads_the_row_and_the_sequence_view() -> None:
    rows, scores = _page()
    wide = {"features": list(_NAMES + features.SEQUENCE_FEATURES)}
    out = features.stage2_rows(wide, rows, scores)
    assert [r[: len(_NAMES)] for r in out] == rows
    assert [r[len(_NAMES) :] for r in out] == features.sequence_features(rows, scores)
    narrow = {"features": list(features.STACK_FEATURES)}
    assert features.stage2_rows(narrow, rows, scores) == features.stack_features(rows, scores)


def _model(stack_features: tuple[str, ...]) -> dict[str, Any]:
    at = len(_NAMES) + _SEQ["sibling_mean"]
    return {
        "features": list(_NAMES),
        # stage 1: every block scores 1.0; stage 2: its siblings' mean decides
        "stage1": {"kind": "trees", "base": 1.0, "trees": [[[-1, 0, 0, 0, 0.0]]]},
        "stack": {
            "kind": "trees",
            "base": 0.0,
            "trees": [[[at, 0.0, 1, 2, 0], [-1, 0, 0, 0, -2.0], [-1, 0, 0, 0, 2.0]]],
            "features": list(stack_features),
        },
        "threshold": 0.5,
    }


def test_a_tree_second_stage_is_used_and_a_foreign_one_refused() -> None:
    rows, _ = _page()
    model = _model(_NAMES + features.SEQUENCE_FEATURES)
    scoring.use_model({"html": model})
    try:
        chosen = scoring.weights_for(InputFormat.html)
        assert chosen is not None
        scores, cut = scoring.predict(chosen, rows)
        assert cut == 0.0
        # stage 1 scores every block 1.0 and every block of this page has a sibling: each
        # takes the tree's right branch
        assert scores == [2.0] * len(rows)
        scoring.use_model({"html": _model(("score", "something_else"))})
        assert scoring.weights_for(InputFormat.html) is None
    finally:
        scoring.use_model(None)


def test_a_lone_block_has_no_siblings_to_lean_on() -> None:
    rows = [_row(2.0, True), _row(3.0, True), _row(4.0, True)]
    seq = features.sequence_features(rows, [1.0, 1.0, 1.0])
    assert all(r[_SEQ["sibling_max"]] == features.OFF_PAGE_SCORE for r in seq)
    assert all(r[_SEQ["log_siblings"]] == 0.0 for r in seq)
    model = _model(_NAMES + features.SEQUENCE_FEATURES)
    scores, _ = scoring.predict(model, rows)
    assert scores == [-2.0, -2.0, -2.0]
