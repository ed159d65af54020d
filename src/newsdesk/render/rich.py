"""The terminal report (rich): panels and tables built from `Text` only, so nothing in the
data is read as Rich markup; names are styled by their character offsets in the text.

The Console reads nothing from the process: its width, whether it is a terminal and its
colour come from the `Terminal` (made by the CLI from the `Environment` it was handed,
`cli.env.terminal_of`), and it is given an empty environment, so $TERM, $COLUMNS, $LINES,
$NO_COLOR or $FORCE_COLOR of the process cannot change a report."""

from __future__ import annotations

import codecs
import io
from typing import Protocol

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsdesk.labels import Strength
from newsdesk.model import Brief, Failure, Record
from newsdesk.render import Terminal
from newsdesk.render.facts import (
    by_strength,
    coordinates,
    meta_rows,
    per,
    title,
    trigger_spans,
    what_parts,
    when,
    who,
)
from newsdesk.render.sanitize import block, line

STYLES = {"person": "bold cyan", "place": "bold green", "org": "bold magenta"}
# A commitment's trigger is underlined in the text, firmer ones stronger (as the HTML page's
# underline by strength); the underline keeps it apart from the names' colours.
TRIGGER_STYLES = {
    Strength.commitment: "bold underline red",
    Strength.intention: "underline red",
    Strength.consideration: "underline",
}
# The width when the output is not a terminal that says its own (rich's own default).
DEFAULT_WIDTH = 80
# A width no table reaches: the places table is measured at it for its narrowest layout.
UNBOUNDED_WIDTH = 1_000_000
# The country code's and the mentions' column on a narrow terminal: a code is two letters, a
# count rarely three digits; the header is cut ("Coun…") rather than the names.
SMALL_COLUMN_WIDTH = 5
# The report is printed, never paged, so the height plays no part; it is given (rich's own
# default) so that rich does not ask the process's terminal for one.
DEFAULT_HEIGHT = 25


class _Buffer(io.StringIO):
    """The report's text, with the encoding of the stream it is for: rich draws its boxes
    and rules in ASCII when that is not UTF (`Console.encoding`, `options.ascii_only`)."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:
        return self._encoding

    @encoding.setter
    def encoding(self, value: str) -> None:
        self._encoding = value


def _console(terminal: Terminal, buffer: io.StringIO) -> Console:
    return Console(
        file=buffer,
        width=terminal.width or DEFAULT_WIDTH,
        height=DEFAULT_HEIGHT,
        force_terminal=terminal.tty,
        force_interactive=False,  # printed once: no cursor movement, no live display
        color_system="standard" if terminal.color else None,
        no_color=not terminal.color,
        highlight=False,
        markup=False,
        emoji=False,
        _environ={},  # the facts are the `Terminal`'s, never the process's (module doc)
    )


class _Maker(Protocol):
    """Data as a `Text` for the report (sanitised, and as the terminal can write it)."""

    def __call__(self, text: str, style: str = "") -> Text: ...


def _shown(text: str, encoding: str) -> str:
    """`text` as the stream of `encoding` can write it: the characters it cannot escaped
    (`\\u0161`) here, before rich measures the lines, rather than by the stream after."""
    if encoding == "utf-8":  # (`_codec_name`: "UTF8", "utf_8", "cp65001" are that too)
        return text
    try:
        return text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:
        return text


def _codec_name(encoding: str) -> str:
    """`encoding` as Python's codecs name it ("UTF8", "utf_8", "cp65001" -> "utf-8"), so that
    a UTF stream is known as one (rich draws ASCII boxes for a name not starting "utf"); a
    name Python does not know, lower-cased."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding.lower()


def render(brief: Brief, terminal: Terminal) -> str:
    encoding = _codec_name(terminal.encoding)

    def _t(text: str, style: str = "") -> Text:
        return Text(_shown(line(text), encoding), style=style)

    buffer = _Buffer(encoding)
    console = _console(terminal, buffer)
    record: Record = brief.to_dict()
    text = str(record["text"])
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column()
    for k, v in meta_rows(record):
        meta.add_row(Text(k), _t(v))
    # The title above the panel, wrapped, rather than in its border (cut there when long).
    console.print(_t(title(record), "bold"))
    console.print(Panel(meta))
    # Styled by the mentions' offsets in the text as it is; then controls are escaped.
    body = Text(text)
    if brief.analyzed:
        for kind, key in (("org", "organizations"), ("place", "places"), ("person", "people")):
            for item in record[key]:
                for m in item["mentions"]:
                    body.stylize(STYLES[kind], m["start"], m["end"])
        for c in record["commitments"]:
            for start, end in trigger_spans(text, c):
                body.stylize(TRIGGER_STYLES[Strength(c["strength"])], start, end)
    # a line at a time: rich lays a Text out in time that grows faster than its length, so one
    # Text of a whole long article took seconds (5.8 s for 2 MB; session 26 review)
    for piece in _sanitized(body, encoding).split("\n", allow_blank=True):
        console.print(piece)
    console.print()
    if brief.analyzed:
        console.print(_analysis(record, _t))
    return buffer.getvalue()


def _sanitized(body: Text, encoding: str) -> Text:
    """`body` with its control characters (and what `encoding` cannot write) escaped, its
    styles kept on the same characters."""
    plain = body.plain
    if _shown(block(plain), encoding) == plain:
        return body
    pieces: list[str] = []
    offsets = [0] * (len(plain) + 1)
    pos = 0
    for i, ch in enumerate(plain):
        offsets[i] = pos
        pieces.append(_shown(block(ch), encoding))
        pos += len(pieces[-1])
    offsets[len(plain)] = pos
    out = Text("".join(pieces))
    for span in body.spans:
        out.stylize(span.style, offsets[span.start], offsets[span.end])
    return out


def _analysis(record: Record, _t: _Maker) -> Group:
    legend = Text.assemble(
        ("people", STYLES["person"]),
        "  ",
        ("places", STYLES["place"]),
        "  ",
        ("organizations", STYLES["org"]),
        *(part for s in Strength for part in ("  ", (f"{s} trigger", TRIGGER_STYLES[s]))),
    )
    text = str(record["text"])
    people = Table(title="People", title_justify="left", expand=True)
    for col in ("Name", "Role", "Also called", "Mentions"):
        people.add_column(col)
    for p in record["people"]:
        people.add_row(
            _t(p["name"], STYLES["person"]),
            _t(p["role"] or ""),
            _t(", ".join(p["aliases"])),
            Text(str(len(p["mentions"]))),
        )
    places = _Places(record, _t)
    orgs = Table(title="Organizations", title_justify="left", expand=True)
    orgs.add_column("Name")
    orgs.add_column("Mentions")
    for o in record["organizations"]:
        orgs.add_row(_t(o["name"], STYLES["org"]), Text(str(len(o["mentions"]))))
    parts: list[RenderableType] = [legend, *(_or_none(t) for t in (people, places, orgs))]
    for strength, rows in by_strength(record["commitments"]):
        # a line between rows: a long action wraps, and two rows must not read as one
        table = Table(
            title=f"Commitments: {strength}", title_justify="left", expand=True, show_lines=True
        )
        for col in ("Who", "What", "When", "Per"):
            table.add_column(col)
        for c in rows:
            # the trigger (styled as in the text), the action, the negation, the condition
            trig, rest = what_parts(text, c)
            table.add_row(
                _t(who(c)),
                Text.assemble(_t(trig, TRIGGER_STYLES[strength]), _t(rest)),
                _t(when(c)),
                _t(per(c)),
            )
        parts.append(table)
    if not record["commitments"]:
        parts.append(Text("No commitments found.", style="dim"))
    return Group(*parts)


def _or_none(table: Table | _Places) -> RenderableType:
    """The table, or "Organizations: none" in place of a table with a header and no rows (as
    the markdown and text formats say "none" under an empty section)."""
    return table if table.row_count else Text(f"{table.title}: none")


class _Places:
    """The places table, laid out for the width it is given. The coordinates and the
    GeoNames id are never wrapped (a number cut in two misreads), so on a terminal too narrow
    for the whole table with every word whole they are left out (the text, JSON and HTML
    formats carry them) rather than squeeze the names: at 40 columns the name, kind and
    country columns got no width at all, at 60 "Inner Mongolia" was "Inn…" (session 28)."""

    title = "Places"

    def __init__(self, record: Record, _t: _Maker) -> None:
        self._places = record["places"]
        self._t = _t
        self.row_count = len(self._places)

    def table(self, layout: int) -> Table:
        """Layout 0: every column; 1: no coordinates nor id; 2: also the country code's and
        the count's columns no wider than `SMALL_COLUMN_WIDTH` (their header cut)."""
        places = Table(title=self.title, title_justify="left")
        places.add_column("Name")
        places.add_column("Kind")
        small = SMALL_COLUMN_WIDTH if layout == 2 else None
        places.add_column("Country", max_width=small)
        if layout == 0:
            places.add_column("Lat, lon", no_wrap=True)
            places.add_column("GeoNames", no_wrap=True)
        places.add_column("Mentions", max_width=small)
        for pl in self._places:
            cells = [self._t(pl["name"], STYLES["place"]), self._t(pl["kind"] or "")]
            cells.append(self._t(pl["country_code"] or ""))
            if layout == 0:
                cells += [Text(coordinates(pl, 3)), Text(str(pl["geonames_id"] or ""))]
            places.add_row(*cells, Text(str(len(pl["mentions"]))))
        return places

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # The first layout that fits with only the names wrapped, each name's longest word
        # whole (rich narrows the widest columns first, so it then narrows the names alone);
        # the last one else.
        names = [pl["name"] for pl in self._places]
        longest = max((len(n) for n in names), default=0)
        word = max((len(w) for n in names for w in n.split()), default=0)
        unbounded = options.update_width(UNBOUNDED_WIDTH)
        for layout in range(3):
            table = self.table(layout)
            natural = Measurement.get(console, unbounded, table).maximum
            if natural - (longest - word) <= options.max_width:
                break
        table.expand = True
        yield table


def separator(terminal: Terminal) -> str:
    buffer = io.StringIO()
    _console(terminal, buffer).rule()
    return buffer.getvalue()


def failure(failure: Failure) -> str | None:
    return None
