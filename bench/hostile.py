"""The hostile-input catalogue, timed: seconds and peak memory of cleaning each hostile page.

    python bench/hostile.py                 # every case, each in a fresh process
    python bench/hostile.py --list          # the case names
    python bench/hostile.py flood-300k big-20mb   # only these
    python bench/hostile.py --profile big-20mb    # where one case's time goes (cProfile, top 25)
    python bench/hostile.py --render markdown-syntax   # and each output format of the result

`--render` also writes the cleaned article in every output format (`render.Emitter`): "render
s" is their time, and the outcome says whether a terminal format (text, Markdown, the rich
report, --body, CSV, TSV, the HTML page) let a raw control character through or a JSON one a
character a terminal or a line splitter obeys ("leaks: none", else the formats).

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
import re
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
# ANSI CSI and OSC (a hyperlink, a window title), C1, DEL, a bell, bidi overrides and
# isolates, the Unicode line and paragraph separators
CONTROLS = (
    "red \x1b[31mRED\x1b[0m \x1b]8;;http://e.vil\x1b\\link\x1b]8;;\x1b\\ \x1b]0;title\x07"
    " \x9b2J \x85 \x7f \u202eevil\u202c \u2066iso\u2069 one\u2028two\u2029three"
)
# Markdown's inline syntax (in a paragraph), and its block syntax (at a dump's line starts)
MARKDOWN = "*Jane* _x_ `rm` ~~Paris~~ | a | b | &amp; [a](javascript:x) www.e.vil $x$"
MARKDOWN_LINES = "# x\n> x\n- x\n1. x\n---\n===\n| a | b |\n| --- | --- |\n    code\n"


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
    # session 14: what the outputs must show and never obey (tests/render/test_hostile_outputs.py)
    "controls-and-escapes": (
        lambda: _page(f"<p>{CONTROLS} {PARA}</p>" * 1000),
        "html",
    ),
    "dump-controls-and-escapes": (lambda: _big_dump(20_000) + f"{CONTROLS} {PARA}\n", "text"),
    # session 27: a terminal's escape sequence in the title and the body (its printable tail,
    # "[2J", was kept as text once its ESC was blanked; tests/read/test_terminal_escapes.py)
    "title-escapes": (
        lambda: (
            "<html><head><title>\x1b[2JFerry crossings resume</title></head><body>"
            f"<h1>Ferry crossings resume</h1><p>Crossings \x1b[31mRED\x1b[0m resume. {PARA}</p>"
            + f"<p>{PARA}</p>" * 1000
            + "</body></html>"
        ),
        "html",
    ),
    "markdown-syntax": (lambda: _page(f"<p>{MARKDOWN} {PARA}</p>" * 1000), "html"),
    "dump-markdown-syntax": (lambda: _big_dump(20_000) + MARKDOWN_LINES, "text"),
    "dump-stray-nul-late": (lambda: _big_dump(20_000) + f"A NUL \x00here. {PARA}\n", "text"),
    "dump-nul-padding": (lambda: _big_dump(20_000) + "\x00" * 4096, "text"),
    "dump-one-line-5mb": (lambda: "Ferry\n\n" + "x" * 5_000_000, "text"),
    "dump-20mb": (lambda: _big_dump(20_000_000), "text"),
    "dump-1m-one-letter-lines": (lambda: "a\n" * 1_000_000, "text"),
}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # (KB on Linux)


# What a terminal would obey (C0 but newline and tab, DEL, C1, bidi controls), and in JSON
# besides what a line splitter breaks a line at; CSV and TSV end their lines with "\n".
RAW_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
JSON_UNSAFE_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
OWN_STYLE_RE = re.compile(r"\x1b\[[0-9;]*m")


def render_all(article: object) -> tuple[float, list[str]]:
    """Seconds to write `article` in every output format, and the formats that leaked."""
    from newsdesk.model import Article, Brief
    from newsdesk.render import Emitter, Format, Terminal

    assert isinstance(article, Article)
    brief = Brief(article=article)
    leaks: list[str] = []
    start = time.perf_counter()
    for fmt in Format:
        if fmt in (Format.auto, Format.geojson):  # (geojson needs an analysis)
            continue
        terminal = Terminal(tty=True, color=True, width=100) if fmt is Format.rich else Terminal()
        emit = Emitter(fmt, terminal)
        out = emit(brief) + emit.close()
        if fmt in (Format.json, Format.jsonl):
            if JSON_UNSAFE_RE.search(out):
                leaks.append(fmt.value)
        elif RAW_CONTROL_RE.search(OWN_STYLE_RE.sub("", out)):
            leaks.append(fmt.value)
    return time.perf_counter() - start, leaks


def run_case(name: str, render: bool = False) -> dict[str, object]:
    """Clean one case in this process (and with `render`, write it in every format):
    seconds, peak MB, what came out."""
    import newsdesk

    newsdesk.clean(_page("<p>warm up</p>"), input_format="html")
    make, fmt = CASES[name]
    page = make()
    base = _rss_mb()
    start = time.perf_counter()
    rendered: float | None = None
    try:
        article = newsdesk.clean(page, input_format=fmt)
        outcome = f"{len(article.text):,} chars of text"
    except newsdesk.NewsdeskError as exc:
        article = None
        outcome = f"{type(exc).__name__}: {str(exc)[:80]}"
    seconds = time.perf_counter() - start
    if render and article is not None:
        rendered, leaks = render_all(article)
        outcome += f"; leaks: {', '.join(leaks) or 'none'}"
    peak = _rss_mb()
    return {
        "case": name,
        "input_mb": len(page.encode("utf-8", "surrogatepass")) / 1e6,
        "s": seconds,
        "peak_mb": peak,
        "over_mb": peak - base,
        "render_s": rendered,
        "outcome": outcome,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--list", action="store_true", help="print the case names")
    parser.add_argument("--profile", action="store_true", help="profile the cases in process")
    parser.add_argument(
        "--render", action="store_true", help="write each result in every output format too"
    )
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
        print(json.dumps(run_case(names[0], render=args.render)))
        return
    if args.profile:
        for name in names:
            profile = cProfile.Profile()
            profile.runcall(run_case, name, args.render)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        return
    extra = f" {'render s':>8}" if args.render else ""
    print(f"{'case':28} {'input MB':>8} {'s':>8} {'peak MB':>8} {'+MB':>7}{extra}  outcome")
    for name in names:
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, *(["--render"] if args.render else [])],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
            print(f"{name:28} failed (exit {done.returncode}): {last}")
            continue
        r = json.loads(done.stdout)
        shown = r["render_s"]
        extra = (f" {shown:8.2f}" if shown is not None else f" {'-':>8}") if args.render else ""
        print(
            f"{name:28} {r['input_mb']:8.1f} {r['s']:8.2f} {r['peak_mb']:8.0f} "
            f"{r['over_mb']:7.0f}{extra}  {r['outcome']}"
        )


if __name__ == "__main__":
    main()
