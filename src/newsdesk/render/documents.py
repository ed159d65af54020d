"""What the document formats share (json, geojson, csv, tsv, html): an adapter from
`Document` to the record writers of `collect` (one JSON array or object, one GeoJSON
FeatureCollection, one table of `tables`, one HTML page of `report_html`), which take the
JSON contract records (`Brief.to_dict`, `Failure.to_dict`) and write to a stream. Not a
format itself (no `Format` member)."""

from __future__ import annotations

import io

from newsdesk.model import Brief, Failure
from newsdesk.render import Layout
from newsdesk.render.collect import writer_for


class Collected:
    """Each record goes to the writer; the text it wrote is handed on at once (so JSON,
    GeoJSON and the tables stream; the HTML page comes at `close`)."""

    def __init__(self, fmt: str, layout: Layout) -> None:
        self.buffer = io.StringIO()
        writer = writer_for(
            fmt,
            self.buffer,
            array=layout.many,
            table=layout.table.value,
            raw_cells=layout.raw_cells,
            directory=layout.directory,
        )
        assert writer is not None, f"{fmt} is not a document format"
        self.writer = writer

    def _take(self) -> str:
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text

    def add(self, record: Brief | Failure) -> str:
        self.writer.write(record.to_dict())
        return self._take()

    def close(self) -> str:
        self.writer.close()
        return self._take()
