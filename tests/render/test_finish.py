"""The human-readable reports: header counts, no 'unknown' clutter, Markdown complete."""

from __future__ import annotations

from newsdesk.labels import Cause, InputFormat
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Commitment,
    Mention,
    Place,
    Removed,
    TimeExpression,
)
from newsdesk.render import Terminal, markdown, rich, text

TEXT = "The minister said the ferry will run again from Tuesday, officials in Oban confirmed."


def analysis() -> Brief:
    article = Article(
        source="notes/ferry.txt",
        title="Ferry back from Tuesday after a winter of repairs to the harbour wall at Oban",
        published="2024-03-01",
        authors=[],
        publisher=None,
        language="en",
        tags=[],
        text=TEXT,
        input_format=InputFormat.text,
        removed=[
            Removed("Ferry back", "title", Cause.title_line),
            Removed("Share", "share bar", Cause.share_bar),
        ],
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
        trigger_start=TEXT.index("will"),
        trigger_end=TEXT.index("will") + len("will"),
        action_start=TEXT.index("run again"),
        action_end=TEXT.index("run again") + len("run again"),
        trigger_parts=[Mention("will", TEXT.index("will"), TEXT.index("will") + len("will"))],
    )
    oban = Place("Oban", "city", "GB", 56.4152, -5.4714, 2641181, [])
    return Brief(article, "test", [], [oban], [], [commitment])


def test_text_header() -> None:
    shown = text.render(analysis(), Terminal())
    assert "Removed: 1 boilerplate block (and the title read as metadata); 0 repairs" in shown
    assert "Authors:" not in shown and "Publisher:" not in shown


def test_markdown_has_the_resolved_date_the_condition_and_the_attribution_kind() -> None:
    md = markdown.render(analysis(), Terminal())
    assert "from Tuesday (2024-03-05)" in md
    assert "officials (reported)" in md
    assert "(condition: the weather allows)" in md


def test_rich_title_is_whole_and_coordinates_unwrapped() -> None:
    out = rich.render(analysis(), Terminal(width=60))
    shown = " ".join(out.split())
    assert analysis().article.title in shown  # wrapped, not cut by a border
    # on one line; shown from 66 columns: below, the places table leaves them out rather
    # than cut its headers (session 28: at 60, "Inner Mongolia" was squeezed to "Inn…")
    assert "56.415, -5.471" in rich.render(analysis(), Terminal(width=66))


def test_a_narrow_terminal_still_shows_the_place_names() -> None:
    """The coordinates and the id are never wrapped: at 40 columns they took the whole
    table and the names, kinds and countries got no column at all (session 28)."""
    brief = analysis()
    brief.places[0] = Place("Inner Mongolia", "region", "CN", 44.4421, 114.6895, 2035607, [])
    for width in (40, 60):
        out = rich.render(brief, Terminal(width=width))
        places = out[out.index("Places") :]
        assert "Inner" in places and "Mongolia" in places and "region" in places, width
        assert max(len(row) for row in out.splitlines()) <= width
    wide = rich.render(brief, Terminal(width=80))
    assert "Inner Mongolia" in wide and "44.442, 114.68" in wide and "2035607" in wide
