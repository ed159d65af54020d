"""The human-readable reports: header counts, no 'unknown' clutter, Markdown complete."""

from __future__ import annotations

import io

from rich.console import Console

from newsdesk import render
from newsdesk.model import (
    Analysis,
    Article,
    Attribution,
    Commitment,
    Place,
    Removed,
    TimeExpression,
)

TEXT = "The minister said the ferry will run again from Tuesday, officials in Oban confirmed."


def analysis() -> Analysis:
    article = Article(
        source="notes/ferry.txt",
        title="Ferry back from Tuesday after a winter of repairs to the harbour wall at Oban",
        published="2024-03-01",
        authors=[],
        publisher=None,
        language="en",
        tags=[],
        text=TEXT,
        input_format="text",
        removed=[Removed("Ferry back", "title"), Removed("Share", "share bar")],
    )
    commitment = Commitment(
        actors=["the minister"],
        actor_text="The minister",
        trigger="will",
        action="run again",
        strength="commitment",
        negated=False,
        conditional="the weather allows",
        time=TimeExpression("from Tuesday", "2024-03-05"),
        attribution=Attribution("officials", "reported"),
        sentence=TEXT,
        start=0,
        end=len(TEXT),
        confidence=0.8,
    )
    oban = Place("Oban", "city", "GB", 56.4152, -5.4714, 2641181, [])
    return Analysis(article, [], [oban], [], [commitment], model="test")


def test_text_header() -> None:
    text = render.to_text(analysis())
    assert "Removed: 1 boilerplate block, 0 repairs (title read as metadata)" in text
    assert "Authors:" not in text and "Publisher:" not in text


def test_markdown_has_the_resolved_date_the_condition_and_the_attribution_kind() -> None:
    md = render.to_markdown(analysis())
    assert "from Tuesday (2024-03-05)" in md
    assert "officials (reported)" in md
    assert "(if: the weather allows)" in md


def test_rich_title_is_whole_and_coordinates_unwrapped() -> None:
    out = io.StringIO()
    render.to_rich(analysis(), Console(file=out, width=60, no_color=True))
    shown = " ".join(out.getvalue().split())
    assert analysis().article.title in shown  # wrapped, not cut by a border
    assert "56.415, -5.471" in out.getvalue()  # on one line
