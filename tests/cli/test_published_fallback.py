"""`--published-fallback DATE`: the date of an input whose page shows none (no date in its
markup or its lines, no `published` in its JSON Lines record), where `--published` dates every
input over its page's own date. The record's `published` is the date used; relative times
resolve against it. A value that is no date, or both flags at once, is a usage error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app

runner = CliRunner()

FALLBACK = "2024-02-26"  # a Monday
PAGE_DATE = "2024-03-04T08:00:00+00:00"  # another Monday, in the markup
BODY = (
    "The ferry company will paint the old pier next Tuesday, its director said on Monday. "
    "The repairs to the landing stage are planned to follow once the painting is done."
)
DATED_HTML = (
    "<!DOCTYPE html><html><head><title>Pier repairs</title>"
    f'<meta property="article:published_time" content="{PAGE_DATE}"></head><body><article>'
    f"<h1>Pier repairs</h1><p>{BODY}</p>"
    "<p>The company expects the pier to reopen to walkers within a month of the works.</p>"
    "</article></body></html>"
)
# a plain text page whose own byline line carries its date (no markup to say it)
LINE_DATED_TEXT = f"Pier repairs\n\nBy Sam Reyes | March 4, 2024\n\n{BODY}\n"
UNDATED_TEXT = f"{BODY}\n"


def _write(tmp_path: Path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return str(path)


def _dates(args: list[str]) -> dict[str, str | None]:
    """Each record's `published`, by the last part of its source (or its id)."""
    result = runner.invoke(app, [*args, "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return {str(r.get("id") or Path(r["source"]).name): r["published"] for r in records}


def test_a_page_that_shows_its_date_keeps_it(tmp_path: Path) -> None:
    html = _write(tmp_path, "dated.html", DATED_HTML)
    lined = _write(tmp_path, "lined.txt", LINE_DATED_TEXT)
    got = _dates(["clean", html, lined, "--published-fallback", FALLBACK])
    assert got == {"dated.html": PAGE_DATE, "lined.txt": "2024-03-04"}


def test_without_cleaning_the_pages_lines_still_decide(tmp_path: Path) -> None:
    # --no-clean keeps the text as given, but its byline's date still wins over the fallback
    lined = _write(tmp_path, "lined.txt", LINE_DATED_TEXT)
    args = ["analyze", lined, "--no-clean", "-f", "jsonl"]
    result = runner.invoke(app, [*args, "--published-fallback", FALLBACK])
    assert result.exit_code == 0, result.stderr
    (record,) = map(json.loads, result.stdout.splitlines())
    assert record["published"] == "2024-03-04" and record["text"] == LINE_DATED_TEXT
    assert [c["time"]["value"] for c in record["commitments"]] == ["2024-03-05"]
    # without a fallback --no-clean reads no line for a date (the markup's only)
    assert _dates(["analyze", lined, "--no-clean"]) == {"lined.txt": None}
    bare = _write(tmp_path, "bare.txt", UNDATED_TEXT)
    fallback = ["--published-fallback", FALLBACK]
    assert _dates(["analyze", bare, "--no-clean", *fallback]) == {"bare.txt": FALLBACK}


def test_a_dateline_without_a_year_is_no_date(tmp_path: Path) -> None:
    # docs/output.md, a limit: "March 4" alone is not joined to the fallback's year
    wire = _write(tmp_path, "wire.txt", f"Pier repairs\n\nHULL, March 4 (Wire) - {BODY}\n")
    assert _dates(["clean", wire, "--published-fallback", FALLBACK]) == {"wire.txt": FALLBACK}


def test_a_page_that_shows_no_date_gets_the_fallback(tmp_path: Path) -> None:
    bare = _write(tmp_path, "bare.txt", UNDATED_TEXT)
    assert _dates(["clean", bare]) == {"bare.txt": None}
    assert _dates(["clean", bare, "--published-fallback", FALLBACK]) == {"bare.txt": FALLBACK}
    # a date and time with its offset is kept as given, as `--published` keeps it
    stamp = "2024-02-26T18:30:00+01:00"
    assert _dates(["clean", bare, "--published-fallback", stamp]) == {"bare.txt": stamp}


def test_relative_times_resolve_against_the_date_used(tmp_path: Path) -> None:
    html = _write(tmp_path, "dated.html", DATED_HTML)
    bare = _write(tmp_path, "bare.txt", UNDATED_TEXT)
    result = runner.invoke(
        app, ["analyze", html, bare, "-f", "jsonl", "--published-fallback", FALLBACK]
    )
    assert result.exit_code == 0, result.stderr
    times = {
        Path(r["source"]).name: [c["time"]["value"] for c in r["commitments"] if c["time"]]
        for r in map(json.loads, result.stdout.splitlines())
    }
    # "next Tuesday": the day after the page's Monday, and after the fallback's Monday
    assert times == {"dated.html": ["2024-03-05"], "bare.txt": ["2024-02-27"]}


def test_published_still_wins_over_the_pages_own_date(tmp_path: Path) -> None:
    html = _write(tmp_path, "dated.html", DATED_HTML)
    bare = _write(tmp_path, "bare.txt", UNDATED_TEXT)
    got = _dates(["clean", html, bare, "--published", FALLBACK])
    assert got == {"dated.html": FALLBACK, "bare.txt": FALLBACK}


def test_a_batch_of_mixed_records_dates_only_those_without_a_date(tmp_path: Path) -> None:
    rows = [
        {"id": "stated", "text": UNDATED_TEXT, "published": "2024-01-15"},
        {"id": "markup", "html": DATED_HTML},
        {"id": "line", "text": LINE_DATED_TEXT},
        {"id": "none", "text": UNDATED_TEXT},
        {"id": "unusable", "text": UNDATED_TEXT, "published": "last week"},
        {"id": "blank", "text": UNDATED_TEXT, "published": ""},  # an empty cell: no date
    ]
    feed = _write(tmp_path, "feed.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    args = ["clean", feed, "--input-format", "jsonl", "-f", "jsonl"]
    result = runner.invoke(app, [*args, "--published-fallback", FALLBACK])
    assert result.exit_code == 0, result.stderr
    got = {r["id"]: r["published"] for r in map(json.loads, result.stdout.splitlines())}
    assert got == {
        "stated": "2024-01-15",
        "markup": PAGE_DATE,
        "line": "2024-03-04",
        "none": FALLBACK,
        "unusable": FALLBACK,
        "blank": FALLBACK,
    }
    # the dropped date's warning says what dates the record instead, and names the flag
    (warning,) = [line for line in result.stderr.splitlines() if "last week" in line]
    assert f"the `published_fallback` option, {FALLBACK} (--published-fallback)" in warning


@pytest.mark.parametrize("value", ["2024-02-30", "next week", "26/02/2024", ""])
def test_a_fallback_that_is_no_date_is_a_usage_error(tmp_path: Path, value: str) -> None:
    bare = _write(tmp_path, "bare.txt", UNDATED_TEXT)
    result = runner.invoke(app, ["clean", bare, "--published-fallback", value])
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("newsdesk: error: ") and "ISO 8601 date" in line
    assert "--published-fallback" in line and "Traceback" not in result.stderr


def test_published_and_its_fallback_together_are_a_usage_error(tmp_path: Path) -> None:
    bare = _write(tmp_path, "bare.txt", UNDATED_TEXT)
    both = ["--published", FALLBACK, "--published-fallback", FALLBACK]
    result = runner.invoke(app, ["clean", bare, *both])
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "cannot be given together" in line and "--published-fallback" in line
