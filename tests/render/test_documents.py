"""The document formats through render's Emitter: what a run's records make, whatever their
number (one JSON object or one array, one FeatureCollection, one table, one page)."""

from __future__ import annotations

import csv
import io
import json

from newsdesk.labels import InputFormat
from newsdesk.model import Article, Brief, Failure, Mention, Place
from newsdesk.render import Emitter, Format, Layout, Terminal
from newsdesk.render.tables import Table

TEXT = "Ferries from Oban will run again on Tuesday, the operator said.\x1b[31m"


def brief(source: str, id: str | None = None) -> Brief:
    article = Article(source, "Ferries back", None, [], None, "en", [], TEXT, InputFormat.text)
    oban = Place("Oban", "city", "GB", 56.4152, -5.4714, 2641181, [Mention("Oban", 13, 17)])
    return Brief(article, "test", [], [oban], [], [], id=id)


MISSING = Failure("gone.txt", "InputNotFoundError", "gone.txt: no such file")


def run(fmt: Format, records: list[Brief | Failure], layout: Layout) -> str:
    emit = Emitter(fmt, Terminal(), layout)
    return "".join(emit(r) for r in records) + emit.close()


def test_json_one_object_or_one_array() -> None:
    one = json.loads(run(Format.json, [brief("a.txt")], Layout(many=False)))
    assert isinstance(one, dict) and one["source"] == "a.txt"
    many = json.loads(run(Format.json, [brief("a.txt"), MISSING], Layout(many=True)))
    assert [r["source"] for r in many] == ["a.txt", "gone.txt"]
    assert many[1]["kind"] == "InputNotFoundError"
    assert json.loads(run(Format.json, [], Layout(many=True))) == []


def test_geojson_one_collection_failures_left_out() -> None:
    doc = json.loads(
        run(Format.geojson, [brief("a.txt"), MISSING, brief("b.jsonl:2", "7")], Layout())
    )
    assert doc["type"] == "FeatureCollection"
    props = [f["properties"] for f in doc["features"]]
    assert [(p["source"], p.get("id")) for p in props] == [("a.txt", None), ("b.jsonl:2", "7")]
    assert json.loads(run(Format.geojson, [], Layout())) == {
        "type": "FeatureCollection",
        "features": [],
    }


def test_tables_header_once_and_rows_per_item() -> None:
    layout = Layout(many=True, table=Table.places)
    rows = list(csv.reader(io.StringIO(run(Format.csv, [brief("a.txt"), brief("b.txt")], layout))))
    assert rows[0][:3] == ["source", "id", "name"]
    assert [r[0] for r in rows[1:]] == ["a.txt", "b.txt"]
    tsv = run(Format.tsv, [], Layout(table=Table.articles)).splitlines()
    assert len(tsv) == 1 and tsv[0].startswith("source\tid\ttitle")


def test_html_one_page_for_the_run() -> None:
    page = run(Format.html, [brief("a.txt"), brief("b.txt"), MISSING], Layout(many=True))
    assert page.count("<html") == 1 and "a.txt" in page and "b.txt" in page
    assert "\x1b" not in page and "said.\\x1b[31m" in page  # shown, not obeyed


def test_body_is_the_text_alone_with_controls_escaped() -> None:
    out = run(Format.body, [brief("a.txt"), MISSING, brief("b.txt")], Layout(many=True))
    assert out.count("Ferries from Oban") == 2
    assert "\x1b" not in out and "\\x1b[31m" in out
    assert "Ferries back" not in out  # no title, no metadata
