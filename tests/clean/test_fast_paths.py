"""The clean stage's fast paths answer as the slow ones did (round 3 speed pass)."""

from __future__ import annotations

import re

from newsdesk.cleaner import clutter
from newsdesk.read.html import read_page

_LINES = [
    "Share this article",
    "Please share this article with your friends",
    "Subscribe to our newsletter for the latest",
    "Comments (12)",
    "12 comments",
    "The council said 12 comments were received about the plan.",
    "Photo: Harbour Office",
    "Related: more from the harbour",
    "We talked about related matters at the meeting.",
    "Advertisement",
    "An advertisement appeared in the paper on Monday.",
    "Skip to main content",
]


def test_alternatives_split_at_the_top_level_only() -> None:
    assert clutter.alternatives(r"^a(?:b|c)$|[|x]\||d") == [r"^a(?:b|c)$", r"[|x]\|", "d"]


def test_the_two_pass_clutter_check_agrees_with_one_combined_search() -> None:
    combined = re.compile("|".join(f"(?:{p.pattern})" for p, _ in clutter.CLUTTER))
    for line in _LINES:
        text = line.lower()
        two_pass = clutter.ANY_CLUTTER_START.match(text) or clutter.ANY_CLUTTER_INSIDE.search(text)
        assert bool(two_pass) == bool(combined.search(text)), line


def test_control_characters_are_blanked_not_dropped() -> None:
    page = "<html><body><p>one\x0ctwo\x00three</p><p>caf\u00e9\x7fbar</p></body></html>"
    assert [b.text for b in read_page(page).blocks] == ["one two three", "caf\u00e9 bar"]
