"""The sequence view of a long run of siblings comes from the run's totals (linear time), and
says what the per-block slices say."""

from __future__ import annotations

import random
import time

import newsdesk
from newsdesk.cleaner import learned


def test_long_sibling_runs_give_the_slices_figures() -> None:
    rng = random.Random(7)
    scores = [rng.uniform(-5.0, 5.0) for _ in range(300)]
    scores[250] = scores[260] = 9.0  # a tie at the top of a run
    runs = [(0, 199)] * 200 + [(200, 299)] * 100
    stats = learned._long_run_stats(scores, runs)
    assert set(stats) == {0, 200}
    for i, (first, last) in enumerate(runs):
        siblings = scores[first:i] + scores[i + 1 : last + 1]
        mean, most, count = learned._sibling_stats(stats[first], scores, i)
        assert count == len(siblings) and most == max(siblings)
        assert abs(mean - sum(siblings) / len(siblings)) < 1e-12


def test_short_runs_are_left_to_the_slices() -> None:
    runs = [(0, learned.LONG_SIBLING_RUN - 1)] * learned.LONG_SIBLING_RUN
    assert learned._long_run_stats([0.5] * learned.LONG_SIBLING_RUN, runs) == {}


def test_a_page_of_thousands_of_siblings_is_scored_in_linear_time() -> None:
    page = "<html><body>" + "<p>one short line</p>" * 20000 + "</body></html>"
    started = time.perf_counter()
    newsdesk.clean(page, input_format="html")
    assert time.perf_counter() - started < 10.0  # slices a block took 20-24 s
