"""Clutter bench: other articles dressed as the supplied one.

    python bench/clutter.py [--bench-dir ../shared/bench]

Takes the human-marked body of every English seb-dev page with four or more paragraphs,
wraps it the way the supplied article's dump is wrapped (headline, date line, a reading
prompt and "Subscribe" mid-article, then newsletter and subscription prompts, a separator,
a unix timestamp, a hashtag line, a share bar and a comment form), cleans it, and counts
the articles that lost a body paragraph and those that kept a clutter line.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import newsdesk
from newsdesk.read import meta

ROOT = Path(__file__).resolve().parents[1]
_WORDS = re.compile(r"\w+")
MIDDLE = ["Join THE HERALD to follow all the news and read without limits.", "Subscribe"]
END = [
    "Follow all the international information on Facebook and X or in our weekly newsletter.",
    "Subscribe to continue reading",
    "Read without limits",
    "_",
    "",
    "1709165832",
    "#Economy #Trade #Tariffs #China",
    "Share:",
    "Facebook",
    "Twitter",
    "Pinterest",
    "LinkedIn",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bench-dir", type=Path, default=ROOT.parent / "shared" / "bench")
    args = ap.parse_args()
    truth = json.loads((args.bench_dir / "seb-dev" / "ground-truth.json").read_text())
    articles = lost_any = kept_any = 0
    for pid, entry in sorted(truth.items()):
        body = entry["articleBody"]
        paras = [p.strip() for p in body.split("\n") if len(p.split()) >= 12]
        if meta.detect_language(body) != "en" or len(paras) < 4:
            continue
        articles += 1
        lines = ["A headline for this story", "", "2024-02-28 23:10:56", ""]
        for i, para in enumerate(paras):
            if i == len(paras) // 2:
                lines += [x for line in MIDDLE for x in (line, "")]
            lines += [para, ""]
        article = newsdesk.clean("\n".join([*lines, *END]))
        kept = article.text.split("\n\n")
        # a paragraph counts as kept when its words are (a reported repair may touch its dots)
        words = " ".join(_WORDS.findall(article.text))
        lost = [p for p in paras if " ".join(_WORDS.findall(p)) not in words]
        junk = [c for c in MIDDLE + END if c.strip("_") and c in kept]
        for para in lost:
            reasons = [r.reason for r in article.removed if r.text == para]
            print(f"  {pid[:8]} lost ({', '.join(reasons)}): {para[:70]}")
        for line in junk:
            print(f"  {pid[:8]} kept clutter: {line}")
        lost_any += bool(lost)
        kept_any += bool(junk)
    print(f"{articles} articles, {lost_any} lost a paragraph, {kept_any} kept a clutter line")


if __name__ == "__main__":
    main()
