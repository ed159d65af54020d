"""The sequence view takes a block's siblings' mean and maximum from its run's totals (one pass
a run, linear time), and they say what the per-block slices say. How the cost grows with the
page is measured by bench/hostile_speed.py, not asserted here."""

from __future__ import annotations

import random

import newsdesk
from newsdesk.cleaner import features


def test_run_totals_give_the_slices_figures() -> None:
    rng = random.Random(7)
    scores = [rng.uniform(-5.0, 5.0) for _ in range(310)]
    scores[250] = scores[260] = 9.0  # a tie at the top of a run
    # a long run, a short one, a run of two and a block with no siblings
    runs = [(0, 199)] * 200 + [(200, 299)] * 100 + [(300, 307)] * 8 + [(308, 309)] * 2
    stats = features._run_stats(scores, runs)
    assert set(stats) == {0, 200, 300, 308}
    for i, (first, last) in enumerate(runs):
        siblings = scores[first:i] + scores[i + 1 : last + 1]
        mean, most, count = features._sibling_stats(stats[first], scores, i)
        assert count == len(siblings) and most == max(siblings)
        assert abs(mean - sum(siblings) / len(siblings)) < 1e-12


def test_a_block_without_siblings_reads_off_page() -> None:
    stats = features._run_stats([2.5, -1.0], [(0, 0), (1, 1)])
    assert features._sibling_stats(stats[0], [2.5, -1.0], 0) == (
        features.OFF_PAGE_SCORE,
        features.OFF_PAGE_SCORE,
        0,
    )


def test_a_page_of_thousands_of_siblings_keeps_its_lines() -> None:
    page = "<html><body>" + "<p>one short line</p>" * 20000 + "</body></html>"
    article = newsdesk.clean(page, input_format="html")
    assert article.text.count("one short line") == 20000
