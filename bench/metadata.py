"""Metadata bench: a page's title and date as newsdesk reads them, beside trafilatura, on a
silver truth taken from the pages' own markup, split by site.

    python bench/metadata.py [--bench-dir ../shared/bench] [--half rules|held-out|both]
        [--sets seb-dev,wcxb-dev] [--limit N] [--show N] [--dump-vs-html]

There is no human date or title truth in the shared bench, so each page's markup gives one
(a silver truth: check a sample by eye with --show):

- date: the publication day the page's structured data states (JSON-LD `datePublished`, the
  `article:published_time` family of <meta> tags, then a <time datetime>), read by newsdesk's
  HTML reader. Scored on the page's *text dump* (seb-dev's own dumps; inscriptis renders of
  wcxb-dev's article pages): the day the dump yields is right, missing or wrong (a different
  day, time-zone shifts of one day counted apart).
- title: the page's <h1> when a second source agrees with it: it equals og:title, or the
  <title> is the h1 followed by a separator and a site name ("Headline | Site"). Pages with
  no such agreement have no title truth. Scored on the HTML page (the dump's headline too).

Pages are split by site (URL host, `cleaner_data.site_of`) into two halves by a hash: rules
were written from the `rules` half only; the `held-out` half is the out-of-sample figure.
trafilatura's own metadata extraction (`trafilatura.extract_metadata`: htmldate for the date)
runs on the same page in the same run: on the HTML for titles, and on the dump (one <p> per
line) for dates. Also counted, on every HTML page: metadata values that are page furniture
(a tag of digits, an @handle or a path; a title ending in its own site name; an author glued
to another author's name).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html

import cleaner_data as cd
from newsdesk.cleaner import clean_document
from newsdesk.errors import NewsdeskError
from newsdesk.read import read
from newsdesk.read.html import html_meta

HALVES = ("rules", "held-out")
SETS = ("seb-dev", "wcxb-dev")


def half_of(site: str) -> str:
    return HALVES[cd.fold_of(site, 2)]


def norm(text: str | None) -> str:
    """A title compared without case, quote style, dashes or spacing."""
    if not text:
        return ""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[–—]", "-", text)
    return " ".join(text.lower().split()).strip(" .")


def title_truth(root: Any) -> str | None:
    h1s = [" ".join(h.text_content().split()) for h in root.iter("h1")]
    h1s = [h for h in h1s if h]
    og = next(
        (
            (m.get("content") or "").strip()
            for m in root.iter("meta")
            if (m.get("property") or m.get("name") or "").lower() == "og:title"
        ),
        "",
    )
    tag = root.find(".//title")
    title = " ".join((tag.text_content() if tag is not None else "").split())
    for h1 in h1s[:3]:
        n = norm(h1)
        if len(n.split()) < 2:
            continue
        if og and norm(og) == n:
            return h1
        if title and norm(title) != n and norm(title).startswith(n):
            rest = norm(title)[len(n) :]
            if re.match(r"^\s*[|:\-•·»]\s*\S", rest):
                return h1
    return None


def day(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else None


def date_verdict(truth: str, got: str | None) -> str:
    if got is None:
        return "none"
    if got == truth:
        return "right"
    a, b = dt.date.fromisoformat(truth), dt.date.fromisoformat(got)
    return "one day off" if abs((a - b).days) == 1 else "wrong"


JUNK = (
    "title ends in its site name",
    "tag: digits/@/path/CODE",
    "publisher: @handle/Hosted",
    "author glued to another's name",
)


def junk(meta: Any) -> Counter[str]:
    found: Counter[str] = Counter()
    for tag in meta.tags:
        if (
            re.fullmatch(r"\d+", tag)
            or tag.startswith(("@", "/"))
            or re.fullmatch(r"[A-Z_ ]*_[A-Z_ ]+", tag)
        ):
            found["tag: digits/@/path/CODE"] += 1
    if meta.publisher and meta.title:
        tail = re.search(r"\s[|–—-]\s*([^|–—-]+)$", meta.title)
        if tail and norm(tail.group(1)) == norm(meta.publisher):
            found["title ends in its site name"] += 1
    if meta.publisher and (meta.publisher.startswith("@") or meta.publisher == "Hosted"):
        found["publisher: @handle/Hosted"] += 1
    for a in meta.authors:
        if any(
            b != a and a.startswith(b) and a[len(b) : len(b) + 1].isalpha() for b in meta.authors
        ):
            found["author glued to another's name"] += 1
    return found


def dump_vs_html(bench_dir: Path, sets: list[str]) -> None:
    """In-sample (both halves, the review's pages among them): how often a page's dump gives
    the title and the day newsdesk reads from the same page's HTML."""
    for set_name in sets:
        counts: Counter[str] = Counter()
        for page in cd.load_set(bench_dir, set_name):
            if set_name == "wcxb-dev" and page.page_type != "article":
                continue
            try:
                html = clean_document(read(cd.html_of(bench_dir, page), input_format="html"))
                dump = clean_document(read(cd.dump_of(bench_dir, page), input_format="text"))
            except NewsdeskError:
                continue
            counts["pages"] += 1
            if html.title:
                same = norm(html.title) == norm(dump.title)
                counts["title " + ("same" if same else "other" if dump.title else "none")] += 1
            if day(html.published):
                same = day(html.published) == day(dump.published)
                counts["day " + ("same" if same else "other" if dump.published else "none")] += 1
        print(f"{set_name} (in-sample) " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench-dir", type=Path, default=cd.ROOT.parent / "shared" / "bench")
    ap.add_argument("--half", choices=[*HALVES, "both"], default="held-out")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--limit", type=int, default=0, help="every N-th page only")
    ap.add_argument("--show", type=int, default=0, help="print N pages' truth beside the outputs")
    ap.add_argument(
        "--dump-vs-html",
        action="store_true",
        help="in-sample check instead: every page of --sets (both halves), the dump's title and "
        "day against newsdesk's own from the page's HTML",
    )
    args = ap.parse_args()
    if args.dump_vs_html:
        dump_vs_html(args.bench_dir, [s.strip() for s in args.sets.split(",") if s.strip()])
        return
    try:
        from trafilatura import extract_metadata
    except ImportError as exc:
        sys.exit(f"trafilatura is not installed ({exc}): pip install -e '.[bench]'")
    halves = HALVES if args.half == "both" else (args.half,)
    print(f"{'set':<9} {'half':<9} {'what':<34} {'newsdesk':>9} {'trafilatura':>12}")
    for set_name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        pages = [
            p
            for p in cd.load_set(args.bench_dir, set_name)
            if set_name != "wcxb-dev" or p.page_type == "article"
        ]
        pages = pages[:: args.limit] if args.limit else pages
        for half in halves:
            members = [p for p in pages if half_of(p.site) == half]
            dates: dict[str, Counter[str]] = {"newsdesk": Counter(), "trafilatura": Counter()}
            titles: dict[str, Counter[str]] = {
                "newsdesk": Counter(),
                "newsdesk dump": Counter(),
                "trafilatura": Counter(),
            }
            junk_counts: Counter[str] = Counter()
            shown = 0
            for page in members:
                raw = cd.html_of(args.bench_dir, page)
                text = raw.decode("utf-8", "replace")
                try:
                    root = lxml.html.document_fromstring(text)
                except (ValueError, lxml.etree.ParserError):
                    continue
                meta = html_meta(root)  # the truth's date: the markup's own
                try:  # the title (and the rest) newsdesk gives for the page
                    cleaned = clean_document(read(raw, input_format="html"))
                except NewsdeskError:
                    continue
                junk_counts.update(junk(cleaned))
                dump = cd.dump_of(args.bench_dir, page)
                try:
                    dumped = clean_document(read(dump, input_format="text"))
                    dump_date, dump_title = day(dumped.published), dumped.title
                except NewsdeskError:
                    dump_date, dump_title = None, None
                truth_day = day(meta.published)
                if truth_day:
                    dates["newsdesk"][date_verdict(truth_day, dump_date)] += 1
                    tm = extract_metadata(cd.as_paragraph_html(dump))
                    dates["trafilatura"][date_verdict(truth_day, day(tm.date if tm else None))] += 1
                truth_title = title_truth(root)
                if truth_title:
                    tm = extract_metadata(text)
                    for name, got in (
                        ("newsdesk", cleaned.title),
                        ("newsdesk dump", dump_title),
                        ("trafilatura", tm.title if tm else None),
                    ):
                        titles[name][
                            "right"
                            if norm(got) == norm(truth_title)
                            else "wrong"
                            if got
                            else "none"
                        ] += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  {page.id}: truth {truth_title!r} | html {cleaned.title!r} | "
                              f"dump {dump_title!r} | date {truth_day} dump {dump_date}")  # fmt: skip
            n_dates = sum(dates["newsdesk"].values())
            n_titles = sum(titles["newsdesk"].values())
            for verdict in ("right", "none", "wrong", "one day off"):
                line = f"date on the dump: {verdict} (of {n_dates})"
                print(
                    f"{set_name:<9} {half:<9} {line:<34} {dates['newsdesk'][verdict]:>9} {dates['trafilatura'][verdict]:>12}"
                )
            for name in ("newsdesk", "newsdesk dump"):
                for verdict in ("right", "wrong", "none"):
                    line = f"title ({'html' if name == 'newsdesk' else 'dump'}): {verdict} (of {n_titles})"
                    traf = titles["trafilatura"][verdict] if name == "newsdesk" else ""
                    print(
                        f"{set_name:<9} {half:<9} {line:<34} {titles[name][verdict]:>9} {traf:>12}"
                    )
            for what in JUNK:
                print(f"{set_name:<9} {half:<9} {what[:34]:<34} {junk_counts[what]:>9} {'':>12}")
            print(
                f"{set_name:<9} {half:<9} {'pages / sites':<34} {len(members):>9} {len({p.site for p in members}):>12}"
            )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
