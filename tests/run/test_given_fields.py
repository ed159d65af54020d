"""Session 12: a JSON Lines record and the library call carry the article's `title`,
`published` and `url`: the date resolves relative times, the title is the article's, the URL
is its `source`; a value that cannot be used is a warning, never an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk import cli
from newsdesk.run.items import given

runner = CliRunner()
# (a Wednesday: "next Tuesday" is 2024-03-05)
SAID = "The harbour board will vote on the new ferry timetable next Tuesday, its chair said."


def _run(tmp_path: Path, *records: dict[str, object]) -> list[dict[str, object]]:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(
        cli.app, ["analyze", str(feed), "--input-format", "jsonl", "-f", "jsonl"]
    )
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _times(record: dict[str, object]) -> list[object]:
    commitments = record["commitments"]
    assert isinstance(commitments, list) and commitments
    return [c["time"]["value"] for c in commitments if c.get("time")]


def test_a_record_carries_its_date_title_and_url(tmp_path: Path) -> None:
    stated = {"id": "a1", "published": "2024-02-28", "title": "Board to vote",
              "url": "https://example.org/a1", "text": SAID}  # fmt: skip
    bare = {"id": "a2", "text": SAID}
    first, second = _run(tmp_path, stated, bare)
    assert first["source"] == "https://example.org/a1"
    assert first["title"] == "Board to vote"
    assert first["published"] == "2024-02-28"
    assert _times(first) == ["2024-03-05"]
    assert str(second["source"]).endswith("feed.jsonl:2")
    assert second["published"] is None and _times(second) == [None]


def test_a_bad_date_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    (record,) = _run(tmp_path, {"published": "last week", "url": "ftp://x/1", "text": SAID})
    assert "error" not in record
    assert record["published"] is None
    warnings = " ".join(str(w) for w in record["warnings"])
    assert "'published' 'last week' is not an ISO 8601 date" in warnings
    assert "'url' 'ftp://x/1' is not an http(s) URL" in warnings
    assert str(record["source"]).endswith("feed.jsonl:1")


def test_the_library_takes_them_as_keywords() -> None:
    brief = newsdesk.analyze(SAID, published="2024-02-28", title="Board to vote",
                             url="https://example.org/a1")  # fmt: skip
    assert brief.article.source == "https://example.org/a1"
    assert brief.article.title == "Board to vote"
    assert [c.time.value for c in brief.commitments if c.time] == ["2024-03-05"]
    article = newsdesk.clean(SAID, published="2024-02-30")
    assert article.published is None
    assert any("`published` '2024-02-30'" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("2024-02-28", "2024-02-28"),
        ("2024-02-28T09:30:00+01:00", "2024-02-28T09:30:00+01:00"),
        ("2024-02-28T09:30:00Z", "2024-02-28T09:30:00+00:00"),
        ("2024-02-28 09:30", "2024-02-28T09:30:00"),
        ("28/02/2024", None),
        ("", None),
        (20240228, None),
    ],
)
def test_published_must_be_iso_8601(value: object, kept: str | None) -> None:
    stated = given("x", published=value)
    assert stated.published == kept
    # a blank date too (session 15 review: as `--published ""` is a usage error)
    assert bool(stated.warnings) == (kept is None)


def test_no_nul_of_a_records_fields_reaches_its_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    row = {"id": "a\u00001", "title": "Board\u0000 to vote", "url": "https://example.org/\u0000a1",
           "published": "2024-02-28\u0000", "text": SAID}  # fmt: skip
    feed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["clean", str(feed), "--input-format", "jsonl", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert "\\u0000" not in result.stdout and "\x00" not in result.stdout
    record = json.loads(result.stdout)
    assert record["id"] == "a1" and record["title"] == "Board to vote"
    assert record["source"] == "https://example.org/a1"
    assert record["published"] == "2024-02-28"


def test_a_refused_value_is_quoted_to_the_named_length(tmp_path: Path) -> None:
    """Session 27: the length a message quotes of a refused value was a bare 80 (200 for a
    URL) in five places of run/ and read/; named once (`errors.QUOTED_CHARS`,
    `QUOTED_URL_CHARS`), the messages as they were."""
    from newsdesk.errors import QUOTED_CHARS, QUOTED_URL_CHARS, InputError
    from newsdesk.read.fetch import read_url_list

    date, url = "x" * (QUOTED_CHARS + 50), "ftp://" + "y" * QUOTED_URL_CHARS
    notes = given("<in>", None, date, url, record=True).warnings
    assert f"'published' {date[:QUOTED_CHARS]!r} is not" in notes[0]
    assert f"'url' {url[:QUOTED_URL_CHARS]!r} is not" in notes[1]
    listed = tmp_path / "urls.txt"
    listed.write_text(date + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"URL: '{date[:QUOTED_CHARS]}'$"):
        read_url_list(listed)
