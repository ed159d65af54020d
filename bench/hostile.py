"""The hostile-input catalogue, timed: seconds and peak memory of cleaning each hostile page.

    python bench/hostile.py                 # every case, each in a fresh process
    python bench/hostile.py --list          # the case names
    python bench/hostile.py flood-300k big-20mb   # only these
    python bench/hostile.py --profile big-20mb    # where one case's time goes (cProfile, top 25)

Each page is built in memory (nothing is read from the bench or the project) and cleaned with
`newsdesk.clean` in a child process of its own, so one case's peak memory is not another's:
"s" is the wall time of the clean call, "peak MB" the child's peak resident size and "+MB"
what the clean call added to the peak (newsdesk warmed up and the page built before it). A case that raises
one of newsdesk's typed errors prints it (the CLI's one line); anything else is a defect.
Speed is measured here, not by timed tests: the tests check what comes out.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from collections.abc import Callable

PARA = "The ferry company said on Monday that every crossing would resume by the weekend."
HEAD = (
    "<html><head><title>Ferry crossings resume</title></head><body><h1>Ferry crossings resume</h1>"
)
TAIL = f"<p>{PARA}</p></body></html>"
QUOTED_GT = '=">"'  # a value holding the '>' that does not end its tag


def _page(middle: str) -> str:
    return f"{HEAD}<p>{PARA}</p>{middle}{TAIL}"


def _flood(n: int, value: str = "") -> str:
    return " ".join(f"a{i}{value}" for i in range(n))


def _split_flood(tags: int, per_tag: int) -> str:
    return "".join(f"<div {_flood(per_tag)}><p>{PARA}</p></div>" for _ in range(tags))


def _big_page(target: int) -> str:
    block = f"<p>{PARA} {PARA}</p>\n"
    return _page(block * (target // len(block)))


def _big_dump(target: int) -> str:
    line = f"{PARA}\n\n"
    return "Ferry crossings resume\n\n" + line * (target // len(line))


# name -> (builder, input format)
CASES: dict[str, tuple[Callable[[], str], str]] = {
    "flood-40k": (lambda: _page(f"<div {_flood(40_000)}>x</div>"), "html"),
    "flood-300k": (lambda: _page(f"<div {_flood(300_000)}>x</div>"), "html"),
    "flood-1m": (lambda: _page(f"<div {_flood(1_000_000)}>x</div>"), "html"),
    "flood-300k-quoted-gt": (lambda: _page(f"<div {_flood(300_000, QUOTED_GT)}>x</div>"), "html"),
    "flood-300k-in-script": (
        lambda: _page(f"<script>var s = '<div {_flood(300_000)}>';</script>"),
        "html",
    ),
    "flood-300k-in-comment": (lambda: _page(f"<!-- <div {_flood(300_000)}> -->"), "html"),
    "flood-300-tags-of-1000": (lambda: _page(_split_flood(300, 1000)), "html"),
    "flood-1500-tags-of-200": (lambda: _page(_split_flood(1500, 200)), "html"),
    "one-attribute-15mb": (lambda: _page(f'<div data-x="{"x" * 15_000_000}">x</div>'), "html"),
    "class-1mb": (lambda: _page(f'<div class="{"ab " * 330_000}"><p>{PARA}</p></div>'), "html"),
    "big-20mb": (lambda: _big_page(20_000_000), "html"),
    "big-5mb": (lambda: _big_page(5_000_000), "html"),
    "title-1mb": (
        lambda: (
            f"<html><head><title>{'Ferry ' * 170_000}</title></head><body>"
            f"<p>{PARA}</p><p>{PARA}</p></body></html>"
        ),
        "html",
    ),
    "nested-b-50k": (lambda: _page("<b>" * 50_000 + PARA + "</b>" * 50_000), "html"),
    "nested-b-50k-unclosed": (lambda: _page("<b>" * 50_000 + PARA), "html"),
    "nested-div-100k": (lambda: _page("<div>" * 100_000 + PARA + "</div>" * 100_000), "html"),
    "bidi-controls": (
        lambda: (
            "<html><head><title>\u202eFerry\u202c crossings</title></head><body>"
            + f"<p>\u2066{PARA}\u2069 \u202e{PARA}</p>" * 1000
            + "</body></html>"
        ),
        "html",
    ),
    "dump-one-line-5mb": (lambda: "Ferry\n\n" + "x" * 5_000_000, "text"),
    "dump-20mb": (lambda: _big_dump(20_000_000), "text"),
    "dump-1m-one-letter-lines": (lambda: "a\n" * 1_000_000, "text"),
}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # (KB on Linux)


def run_case(name: str) -> dict[str, object]:
    """Clean one case in this process: seconds, peak MB, what came out."""
    import newsdesk

    newsdesk.clean(_page("<p>warm up</p>"), input_format="html")
    make, fmt = CASES[name]
    page = make()
    base = _rss_mb()
    start = time.perf_counter()
    try:
        article = newsdesk.clean(page, input_format=fmt)
        outcome = f"{len(article.text):,} chars of text"
    except newsdesk.NewsdeskError as exc:
        outcome = f"{type(exc).__name__}: {str(exc)[:80]}"
    seconds = time.perf_counter() - start
    peak = _rss_mb()
    return {
        "case": name,
        "input_mb": len(page.encode("utf-8", "surrogatepass")) / 1e6,
        "s": seconds,
        "peak_mb": peak,
        "over_mb": peak - base,
        "outcome": outcome,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--list", action="store_true", help="print the case names")
    parser.add_argument("--profile", action="store_true", help="profile the cases in process")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list:
        print("\n".join(CASES))
        return
    names = args.cases or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case {unknown[0]!r} (see --list)")
    if args.child:
        print(json.dumps(run_case(names[0])))
        return
    if args.profile:
        for name in names:
            profile = cProfile.Profile()
            profile.runcall(run_case, name)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        return
    print(f"{'case':28} {'input MB':>8} {'s':>8} {'peak MB':>8} {'+MB':>7}  outcome")
    for name in names:
        done = subprocess.run(
            [sys.executable, __file__, "--child", name], capture_output=True, text=True
        )
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
            print(f"{name:28} failed (exit {done.returncode}): {last}")
            continue
        r = json.loads(done.stdout)
        print(
            f"{name:28} {r['input_mb']:8.1f} {r['s']:8.2f} {r['peak_mb']:8.0f} "
            f"{r['over_mb']:7.0f}  {r['outcome']}"
        )


if __name__ == "__main__":
    main()
