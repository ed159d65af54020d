"""Hostile shapes, timed: how the cleaner's cost grows with pathological pages.

    python bench/hostile_speed.py

For each shape, pages of N, 2N and 4N repeats are cleaned in process (best of 3, CPU time of
this process); a cost that grows with the page's size shows a ratio near 2 per doubling, a
quadratic one near 4. Speed is measured here, not by timed tests (the tests check what comes
out: one record, or the time limit's error, never a crash or a hang).
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable

import newsdesk

SHAPES: dict[str, tuple[Callable[[int], str], str, int]] = {
    "one-letter paragraphs (html)": (
        lambda n: "<html><body>" + "<p>a</p>" * n + "</body></html>",
        "html",
        5000,
    ),
    "one-word lines (text)": (lambda n: "a\n" * n, "text", 5000),
    "caption pattern (text)": (lambda n: "(photo: x " * n, "text", 15000),
    "nested divs (html)": (lambda n: "<div>" * n + "word " * 50 + "</div>" * n, "html", 200),
}


def cpu_ms(page: str, fmt: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        with contextlib.suppress(newsdesk.NewsdeskError):
            newsdesk.clean(page, input_format=fmt)
        best = min(best, time.process_time() - start)
    return best * 1000


def main() -> None:
    newsdesk.clean("<p>warm up</p>", input_format="html")
    for name, (make, fmt, n) in SHAPES.items():
        times = [cpu_ms(make(n * k), fmt) for k in (1, 2, 4)]
        ratios = " ".join(f"x{b / a:.1f}" if a > 0 else "x-" for a, b in itertools.pairwise(times))
        print(
            f"{name:32} N={n:6}: "
            + " / ".join(f"{t:8.1f} ms" for t in times)
            + f"   per doubling {ratios}"
        )


if __name__ == "__main__":
    main()
