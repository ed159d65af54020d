"""Valid documents from many records: one JSON array, one GeoJSON FeatureCollection.

`-f json` with one input prints one object; with several, one array of them (written as the
records come, so a long run still streams). `-f geojson` prints one FeatureCollection
whatever the number of inputs; each feature carries the `source` (and `id`) of its article.
`jsonl` stays the streaming format: it needs nothing from here.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Protocol

from newsdesk.model import Record
from newsdesk.render.sanitize import json_safe

INDENT = 2


def _dumps(record: Record) -> str:
    return json_safe(json.dumps(record, ensure_ascii=False, indent=INDENT))


class JsonWriter:
    """One JSON document: an object for a single input, else an array of the records.

    Call `write` per record and `close` once at the end (the array's `]`, or `[]` when
    no record came). Each record is flushed as it is written.
    """

    def __init__(self, out: IO[str], *, array: bool) -> None:
        self.out = out
        self.array = array
        self.count = 0

    def write(self, record: Record) -> None:
        if not self.array:
            if self.count:
                raise ValueError("a single-input JSON document holds one record")
            self.out.write(_dumps(record) + "\n")
        else:
            self.out.write(
                ("[\n" if not self.count else ",\n") + textwrap.indent(_dumps(record), " " * INDENT)
            )
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.array:
            self.out.write("\n]\n" if self.count else "[]\n")
            self.out.flush()


def features(record: Record) -> list[dict[str, object]]:
    """A record's places as GeoJSON features (geometry null where a place has no
    coordinates, as RFC 7946 allows), each with its article's `source` and `id`."""
    out: list[dict[str, object]] = []
    for p in record.get("places") or []:
        lat, lon = p.get("latitude"), p.get("longitude")
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]}
            if lat is not None and lon is not None
            else None
        )
        properties: dict[str, object] = {
            "name": p.get("name"),
            "kind": p.get("kind"),
            "country_code": p.get("country_code"),
            "geonames_id": p.get("geonames_id"),
            "mentions": len(p.get("mentions") or []),
            "texts": sorted({str(m.get("text")) for m in p.get("mentions") or []}),
            "source": record.get("source"),
        }
        if record.get("id") is not None:
            properties["id"] = record["id"]
        out.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return out


class GeoJsonWriter:
    """One FeatureCollection for the whole run, features written as records come."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0
        self.out.write('{\n  "type": "FeatureCollection",\n  "features": [')

    def write(self, record: Record) -> None:
        for feature in features(record):
            self.out.write(("\n" if not self.count else ",\n") + "    ")
            self.out.write(json_safe(json.dumps(feature, ensure_ascii=False)))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        self.out.write(("\n  " if self.count else "") + "]\n}\n")
        self.out.flush()


def feature_collection(records: Sequence[Record]) -> dict[str, object]:
    """The same document as `GeoJsonWriter` writes, in memory."""
    return {"type": "FeatureCollection", "features": [f for r in records for f in features(r)]}


class BodyWriter:
    """`clean --body`: the article text alone, one article after another (a blank line
    between two articles; a failed input writes nothing, its error is on stderr)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0

    def write(self, record: Record) -> None:
        if "text" not in record:
            return
        self.out.write(("\n" if self.count else "") + str(record["text"]).rstrip("\n") + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        pass


class HtmlWriter:
    """`-f html`: the page needs every record (index, corpus map), so it is written at the
    end; records are held as dicts in memory meanwhile."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.records: list[Record] = []

    def write(self, record: Record) -> None:
        self.records.append(record)

    def close(self) -> None:
        from newsdesk.render.page import render_page

        self.out.write(render_page(self.records))
        self.out.flush()


class Writer(Protocol):
    def write(self, record: Record) -> object: ...
    def close(self) -> None: ...


class _Tables:
    def __init__(self, out: IO[str], table: str, dialect: str, *, raw_cells: bool) -> None:
        from newsdesk.render.tables import Dialect, Table, TableWriter

        self.writer = TableWriter(out, Table(table), Dialect(dialect), raw_cells=raw_cells)

    def write(self, record: Record) -> None:
        self.writer.write(record)

    def close(self) -> None:
        pass


def writer_for(
    fmt: str,
    out: IO[str],
    *,
    array: bool,
    table: str = "articles",
    raw_cells: bool = False,
    directory: Path | None = None,
) -> Writer | None:
    """The writer of a whole-run document format, or None for the per-record formats
    (rich, text, markdown, jsonl), which the caller renders itself. `raw_cells`: csv and
    tsv cells as they are (not guarded against spreadsheet formulas). `directory`: csv and
    tsv write every table, each to its own file there (`--table all -o DIR`), not to `out`."""
    if fmt == "json":
        return JsonWriter(out, array=array)
    if fmt == "geojson":
        return GeoJsonWriter(out)
    if fmt in ("csv", "tsv") and directory is not None:
        from newsdesk.render.tables import Dialect, TableFiles

        return TableFiles(directory, Dialect(fmt), raw_cells=raw_cells)
    if fmt in ("csv", "tsv"):
        return _Tables(out, table, fmt, raw_cells=raw_cells)
    if fmt == "html":
        return HtmlWriter(out)
    if fmt == "body":
        return BodyWriter(out)
    return None
