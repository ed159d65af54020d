"""One valid document from many records: JSON array, GeoJSON FeatureCollection, body text."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner

from contract_records import brief
from newsdesk.cli import app
from newsdesk.render.collect import GeoJsonWriter, JsonWriter, feature_collection

runner = CliRunner()


def test_json_array_and_single_object() -> None:
    for array, records, expected in (
        (True, [brief(), brief(source="b.txt")], list),
        (True, [], list),
        (False, [brief()], dict),
    ):
        out = io.StringIO()
        writer = JsonWriter(out, array=array)
        for r in records:
            writer.write(r)
        writer.close()
        doc = json.loads(out.getvalue())
        assert isinstance(doc, expected)
        if array:
            assert [d["source"] for d in doc] == [r["source"] for r in records]


def test_geojson_is_one_collection_whose_features_carry_source() -> None:
    a, b = brief(source="a.txt"), brief(source="b.txt", id="7")
    out = io.StringIO()
    writer = GeoJsonWriter(out)
    for r in (a, b, {"source": "c.txt", "error": "c.txt: no such file"}):
        writer.write(r)
    writer.close()
    doc = json.loads(out.getvalue())
    assert doc == feature_collection([a, b])
    assert doc["type"] == "FeatureCollection"
    assert [f["properties"]["source"] for f in doc["features"]] == ["a.txt", "b.txt"]
    assert doc["features"][1]["properties"]["id"] == "7"
    assert doc["features"][0]["geometry"] == {"type": "Point", "coordinates": [-9.14, 38.72]}


def test_empty_geojson_is_valid() -> None:
    out = io.StringIO()
    GeoJsonWriter(out).close()
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_cli_json_array_for_several_inputs(data: Path, tmp_path: Path) -> None:
    files = [str(data / "dump.txt"), str(data / "page.html"), str(tmp_path / "gone.txt")]
    result = runner.invoke(app, ["clean", *files, "-f", "json"])
    assert result.exit_code == 1  # one input failed, the others are there
    doc = json.loads(result.stdout)
    assert [d["source"] for d in doc] == files
    assert "error" in doc[2] and doc[0]["title"]
    one = runner.invoke(app, ["clean", files[0], "-f", "json"])
    assert json.loads(one.stdout)["source"] == files[0]


def test_cli_geojson_several_inputs(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The mayor of Lisbon will open a new library in Lisbon next year.\n")
    b.write_text("Farmers near Nairobi said the rains came late this year in Kenya.\n")
    result = runner.invoke(app, ["analyze", str(a), str(b), "--no-clean", "-f", "geojson"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["type"] == "FeatureCollection"
    sources = {f["properties"]["name"]: f["properties"]["source"] for f in doc["features"]}
    assert sources.get("Lisbon") == str(a) and sources.get("Nairobi") == str(b)


def test_cli_clean_body(data: Path) -> None:
    result = runner.invoke(app, ["clean", str(data / "dump.txt"), "--body"])
    assert result.exit_code == 0
    full = json.loads(runner.invoke(app, ["clean", str(data / "dump.txt"), "-f", "json"]).stdout)
    assert result.stdout == full["text"] + "\n"
    refused = runner.invoke(app, ["clean", str(data / "dump.txt"), "--body", "-f", "json"])
    assert refused.exit_code == 2


def test_cli_html_for_a_corpus(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    files = [str(data / "dump.txt"), str(data / "page.html")]
    result = runner.invoke(app, ["clean", *files, "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count('<section class="article"') == 2
