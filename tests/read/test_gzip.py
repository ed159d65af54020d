"""Session 12, corpus inputs: a folder of saved `.html.gz` pages is read as the pages it
holds (one record each, as a single page is), a damaged one fails with one line that says
what to do, and the tables give `published` in one documented form."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.errors import BinaryInputError, InputTooLargeError
from newsdesk.read import MAX_BYTES, gunzip, read
from newsdesk.render.tables import Table, TableWriter, published_cells

runner = CliRunner()
PAGE = (
    "<html><head><title>Harbour ferry adds a crossing</title></head><body><article>"
    "<h1>Harbour ferry adds a crossing</h1>"
    "<p>The ferry company will add a second evening crossing from June, its manager said.</p>"
    "<p>Tickets for the new sailing go on sale next week at the harbour office.</p>"
    "</article></body></html>"
)


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_a_folder_of_gzipped_pages_is_cleaned_page_by_page(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for n in range(3):
        (folder / f"p{n}.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    result = runner.invoke(cli.app, ["clean", str(folder), "-f", "jsonl"])
    records = _records(result.stdout)
    assert len(records) == 3
    assert all("error" not in r for r in records), records
    assert all("second evening crossing" in str(r["text"]) for r in records)
    assert all(r["input_format"] == "html" for r in records)


def test_gzip_content_reads_as_what_it_holds() -> None:
    doc = read(gzip.compress(PAGE.encode("utf-8")), name="p.html.gz")
    assert doc.input_format == "html"
    assert "second evening crossing" in doc.content


def test_a_damaged_gzip_file_is_one_clear_error(tmp_path: Path) -> None:
    cut = gzip.compress(PAGE.encode("utf-8") * 50)[:60]
    with pytest.raises(BinaryInputError, match=r"damaged gzip archive.*gunzip"):
        read(cut, name="cut.html.gz")
    (tmp_path / "cut.html.gz").write_bytes(cut)
    result = runner.invoke(cli.app, ["clean", str(tmp_path / "cut.html.gz"), "-f", "json"])
    assert result.exit_code != 0
    message = result.stderr.strip()
    assert "damaged gzip archive" in message and "Traceback" not in message
    assert len(message.splitlines()) == 1


def test_a_gzip_bomb_stops_at_the_input_limit() -> None:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb") as fh:
        for _ in range(MAX_BYTES // (1024 * 1024) + 1):
            fh.write(b"a" * (1024 * 1024))
    with pytest.raises(InputTooLargeError):
        gunzip(buffer.getvalue(), "bomb.gz")


@pytest.mark.parametrize(
    ("value", "day", "instant"),
    [
        ("2019-11-18", "2019-11-18", ""),
        ("2019-11-18T11:08:00", "2019-11-18", ""),
        ("2019-11-18T11:08:00+00:00", "2019-11-18", "2019-11-18T11:08:00Z"),
        ("2019-11-18T00:30:00+02:00", "2019-11-18", "2019-11-17T22:30:00Z"),
        ("2019-11-18T11:08:00Z", "2019-11-18", "2019-11-18T11:08:00Z"),
        ("sometime in May", "sometime in May", ""),
        (None, "", ""),
    ],
)
def test_published_has_one_form_in_tables(value: str | None, day: str, instant: str) -> None:
    assert published_cells(value) == (day, instant)


def test_the_articles_table_never_mixes_naive_and_offset_times() -> None:
    out = io.StringIO()
    writer = TableWriter(out, Table.articles)
    writer.write({"source": "a", "text": "x", "published": "2019-11-18T11:08:00"})
    writer.write({"source": "b", "text": "x", "published": "2019-11-18T11:08:00+01:00"})
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["published"] for r in rows] == ["2019-11-18", "2019-11-18"]
    assert [r["published_utc"] for r in rows] == ["", "2019-11-18T10:08:00Z"]
