"""One self-contained HTML page for one brief or a corpus of briefs.

Input: the JSON contract records (`Brief.to_dict()`, or a failed input's
`Failure.to_dict()`); commitments are worded by `render.facts`, as in every human format.
Output: one page that needs nothing at view time: inline CSS (allowed by its hash in a
Content-Security-Policy that allows nothing else), no script, no font, no image, no tile;
the map is an SVG drawn from Natural Earth outlines shipped in `data/world.json`. Every
piece of article text goes through `html.escape`; highlights are placed by character
offsets, so the article is never parsed as markup.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from html import escape
from importlib import resources
from typing import Any

from newsdesk import __version__
from newsdesk.labels import Strength
from newsdesk.model import Record
from newsdesk.render.facts import (
    UNTITLED,
    coordinates,
    per,
    trigger_spans,
    what,
    what_parts,
    when,
    who,
)
from newsdesk.render.summary import plural, removal_summary

GEONAMES_URL = "https://www.geonames.org/{}"

# The map frames the article's places with this much room around them (degrees), and
# never shows less than MIN_SPAN_X degrees of longitude, so one city still has a coastline.
MAP_PAD = 8.0
MIN_SPAN_X = 40.0
# Equirectangular world: 360 x 180 degrees; the frame keeps this width:height ratio.
MAP_RATIO = 2.0
# Latitudes past these are cropped from the world view (Antarctica, the Arctic Ocean).
WORLD_TOP, WORLD_BOTTOM = 5.0, 150.0  # y = 90 - latitude: 85 N .. 60 S
# Width of a label's character in font sizes (sans-serif averages ~0.55; a little room).
LABEL_EM = 0.6


class Kind(StrEnum):
    """What a highlight marks; each kind has its colour in the page's CSS and legend."""

    person = "person"
    place = "place"
    org = "org"
    trigger = "trigger"


LEGEND = (
    (Kind.person, "person"),
    (Kind.place, "place"),
    (Kind.org, "organization"),
)


@dataclass(frozen=True, slots=True)
class Highlight:
    """A stretch `start:end` of the article's text to mark, and what its hover says."""

    start: int
    end: int
    kind: Kind
    title: str
    ref: str  # id of the table row it belongs to
    strength: str | None = None  # commitment triggers only


# ---------------------------------------------------------------- highlights


def _person_title(p: Record) -> str:
    parts = [f"person: {p.get('name', '')}"]
    if p.get("role"):
        parts.append(str(p["role"]))
    if p.get("aliases"):
        parts.append("also: " + ", ".join(map(str, p["aliases"])))
    return " · ".join(parts)


def _place_title(p: Record) -> str:
    parts = [f"place: {p.get('name', '')}"]
    kind = ", ".join(str(v) for v in (p.get("kind"), p.get("country_code")) if v)
    if kind:
        parts.append(kind)
    if _coords(p) is not None:
        parts.append(f"{p['latitude']:.4f}, {p['longitude']:.4f}")
    if p.get("geonames_id"):
        parts.append(f"GeoNames {p['geonames_id']}")
    return " · ".join(parts)


def _org_title(o: Record) -> str:
    parts = [f"organization: {o.get('name', '')}"]
    if o.get("aliases"):
        parts.append("also: " + ", ".join(map(str, o["aliases"])))
    return " · ".join(parts)


def _commitment_title(text: str, c: Record) -> str:
    parts = [f"{c.get('strength', '')}: {who(c)}: {what(text, c)}"]
    if when(c):
        parts.append(f"when: {when(c)}")
    if c.get("attribution"):
        parts.append(f"per {per(c)}")
    return " · ".join(parts)


def highlights(record: Record, prefix: str = "") -> list[Highlight]:
    """Every mention of a person, place or organization and every located trigger."""
    text = str(record.get("text") or "")
    out: list[Highlight] = []
    groups: tuple[tuple[Kind, str, Callable[[Record], str]], ...] = (
        (Kind.person, "people", _person_title),
        (Kind.place, "places", _place_title),
        (Kind.org, "organizations", _org_title),
    )
    for kind, key, title_of in groups:
        for n, item in enumerate(record.get(key) or []):
            title = title_of(item)
            for m in item.get("mentions") or []:
                start, end = m.get("start"), m.get("end")
                if (
                    isinstance(start, int)
                    and isinstance(end, int)
                    and 0 <= start < end <= len(text)
                ):
                    out.append(Highlight(start, end, kind, title, f"{prefix}{kind}-{n + 1}"))
    for n, c in enumerate(record.get("commitments") or []):
        title = _commitment_title(text, c)
        for start, end in trigger_spans(text, c):
            out.append(
                Highlight(
                    start, end, Kind.trigger, title, f"{prefix}trigger-{n + 1}", c.get("strength")
                )
            )
    return out


def nest(spans: Iterable[Highlight]) -> tuple[list[Highlight], list[Highlight]]:
    """Spans that can be marked (each inside or apart from the others) and those that cross
    an earlier one (not marked; the page says how many)."""
    order = {k: i for i, k in enumerate(Kind)}
    kept: list[Highlight] = []
    crossing: list[Highlight] = []
    stack: list[Highlight] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, order[s.kind])):
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            crossing.append(span)
            continue
        kept.append(span)
        stack.append(span)
    return kept, crossing


def _mark(span: Highlight) -> str:
    classes = f"hl k-{span.kind}" + (f" s-{span.strength}" if span.strength else "")
    return (
        f'<mark class="{escape(classes)}" data-kind="{span.kind}" data-ref="{escape(span.ref)}"'
        f' title="{escape(span.title)}">'
    )


def marked_text(text: str, spans: Sequence[Highlight]) -> str:
    """The text, escaped, with each (properly nested) span wrapped in a <mark>."""
    out: list[str] = []
    pos = 0
    stack: list[Highlight] = []
    for span in spans:  # sorted by (start, -end), as `nest` returns them
        while stack and stack[-1].end <= span.start:
            top = stack.pop()
            out += [escape(text[pos : top.end]), "</mark>"]
            pos = top.end
        out += [escape(text[pos : span.start]), _mark(span)]
        pos = span.start
        stack.append(span)
    while stack:
        top = stack.pop()
        out += [escape(text[pos : top.end]), "</mark>"]
        pos = top.end
    out.append(escape(text[pos:]))
    return "".join(out)


# ---------------------------------------------------------------- map


@cache
def world() -> dict[str, Any]:
    """Country outlines, projected (x = lon + 180, y = 90 - lat), as SVG path data."""
    data: dict[str, Any] = json.loads(
        resources.files("newsdesk").joinpath("data/world.json").read_text("utf-8")
    )
    return data


def _coords(place: Record) -> tuple[float, float] | None:
    lat, lon = place.get("latitude"), place.get("longitude")
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)):
        return None
    if -90 <= lat <= 90 and -180 <= lon <= 180:
        return float(lon) + 180.0, 90.0 - float(lat)
    return None


def frame(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The view box (x, y, width, height) that shows every point with room around it."""
    if not points:
        return 0.0, WORLD_TOP, 360.0, WORLD_BOTTOM - WORLD_TOP
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width = max(max(xs) - min(xs) + 2 * MAP_PAD, MIN_SPAN_X)
    height = max(max(ys) - min(ys) + 2 * MAP_PAD, width / MAP_RATIO)
    width = max(width, height * MAP_RATIO)
    width, height = min(width, 360.0), min(height, 180.0)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - width / 2, 0.0), 360.0 - width)
    y = min(max(cy - height / 2, 0.0), 180.0 - height)
    return round(x, 2), round(y, 2), round(width, 2), round(height, 2)


def _world_defs() -> str:
    paths = "".join(
        f'<path d="{escape(c["d"])}"><title>{escape(c["name"])}</title></path>'
        for c in world()["countries"]
    )
    return (
        '<svg class="defs" width="0" height="0" aria-hidden="true">'
        f'<defs><g id="world" class="land">{paths}</g></defs></svg>'
    )


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def map_svg(places: Sequence[Record], label: str) -> str:
    """An SVG map of the places that have coordinates (one dot each, named on hover)."""
    located = [(p, xy) for p in places if (xy := _coords(p)) is not None]
    if not located:
        return '<p class="none">No place with coordinates to map.</p>'
    x, y, w, h = frame([xy for _, xy in located])
    r = w / 150
    size = 3.2 * r
    # Most-mentioned places are labelled first; a label that would overlap one already
    # placed is left out (the dot keeps its name on hover).
    located.sort(key=lambda pxy: -len(pxy[0].get("mentions") or []))
    boxes: list[tuple[float, float, float, float]] = []
    dots = []
    for place, (px, py) in located:
        name = str(place.get("name", ""))
        box = (px + 1.4 * r, py + r - size, px + 1.4 * r + LABEL_EM * size * len(name), py + r)
        label = ""
        if not any(_overlap(box, other) for other in boxes):
            boxes.append(box)
            label = (
                f'<text x="{box[0]:.2f}" y="{box[3]:.2f}" font-size="{size:.2f}">'
                f"{escape(name)}</text>"
            )
        dots.append(
            f'<g class="dot"><title>{escape(_place_title(place))}</title>'
            f'<circle cx="{px:.2f}" cy="{py:.2f}" r="{r:.2f}"/>{label}</g>'
        )
    return (
        f'<svg class="map" viewBox="{x} {y} {w} {h}" role="img" aria-label="{escape(label)}">'
        f'<use href="#world"/>{"".join(dots)}</svg>'
    )


# ---------------------------------------------------------------- tables


def _table(caption: str, head: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A table: `rows` are (row id, cells already escaped)."""
    if not rows:
        return f'<h3>{escape(caption)}</h3><p class="none">None found.</p>'
    ths = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    trs = "".join(
        f'<tr id="{escape(rid)}">' + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
        for rid, cells in rows
    )
    return f"<h3>{escape(caption)}</h3><table><thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>"


def _swatch(kind: Kind, text: str, strength: str | None = None) -> str:
    cls = f"hl k-{kind}" + (f" s-{strength}" if strength else "")
    return f'<span class="{cls}">{escape(text)}</span>'


def _count(items: Sequence[object]) -> str:
    return str(len(items))


def entity_tables(record: Record, prefix: str) -> str:
    people = [
        (
            f"{prefix}person-{n + 1}",
            [
                _swatch(Kind.person, str(p.get("name", ""))),
                escape(str(p.get("role") or "")),
                escape(", ".join(map(str, p.get("aliases") or []))),
                _count(p.get("mentions") or []),
            ],
        )
        for n, p in enumerate(record.get("people") or [])
    ]
    places = []
    for n, p in enumerate(record.get("places") or []):
        gid = p.get("geonames_id")
        link = (
            f'<a href="{escape(GEONAMES_URL.format(int(gid)))}" rel="noopener noreferrer">{int(gid)}</a>'
            if isinstance(gid, int)
            else ""
        )
        coords = coordinates(p, 4) if _coords(p) is not None else ""
        places.append(
            (
                f"{prefix}place-{n + 1}",
                [
                    _swatch(Kind.place, str(p.get("name", ""))),
                    escape(str(p.get("kind") or "")),
                    escape(str(p.get("country_code") or "")),
                    coords,
                    link,
                    _count(p.get("mentions") or []),
                ],
            )
        )
    orgs = [
        (
            f"{prefix}org-{n + 1}",
            [
                _swatch(Kind.org, str(o.get("name", ""))),
                escape(", ".join(map(str, o.get("aliases") or []))),
                _count(o.get("mentions") or []),
            ],
        )
        for n, o in enumerate(record.get("organizations") or [])
    ]
    text = str(record.get("text") or "")
    commitments = []
    for n, c in enumerate(record.get("commitments") or []):
        strength = str(c.get("strength") or "")
        trigger, rest = what_parts(text, c)  # "won't" | "raise prices (negated) (if …)"
        commitments.append(
            (
                f"{prefix}trigger-{n + 1}",
                [
                    _swatch(Kind.trigger, strength, strength),
                    escape(who(c)),
                    escape(trigger),
                    escape(rest.strip()),
                    escape(when(c)),
                    escape(per(c)),
                ],
            )
        )
    return "".join(
        [
            _table("People", ("Name", "Role", "Also called", "Mentions"), people),
            _table(
                "Places",
                ("Name", "Kind", "Country", "Lat, lon", "GeoNames", "Mentions"),
                places,
            ),
            _table("Organizations", ("Name", "Also called", "Mentions"), orgs),
            _table(
                "Commitments", ("Strength", "Who", "Trigger", "What", "When", "Per"), commitments
            ),
        ]
    )


def _removed(record: Record) -> str:
    removed = record.get("removed") or []
    repairs = record.get("repairs") or []
    parts = []
    if removed:
        rows = "".join(
            f"<tr><td>{escape(str(r.get('reason', '')))}</td><td>{escape(str(r.get('text', '')))}</td></tr>"
            for r in removed
        )
        parts.append(
            f'<details class="removed"><summary>Removed: {escape(removal_summary(removed))}'
            "</summary>"
            '<table><thead><tr><th scope="col">Why</th><th scope="col">Text</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></details>"
        )
    if repairs:
        rows = "".join(
            f"<tr><td>{escape(str(r.get('kind', '')))}</td><td>{escape(str(r.get('before', '')))}</td>"
            f"<td>{escape(str(r.get('after', '')))}</td></tr>"
            for r in repairs
        )
        parts.append(
            f'<details class="removed"><summary>Repaired: {len(repairs)} '
            f"{'change' if len(repairs) == 1 else 'changes'}</summary>"
            '<table><thead><tr><th scope="col">What</th><th scope="col">Before</th>'
            f'<th scope="col">After</th></tr></thead><tbody>{rows}</tbody></table></details>'
        )
    return "".join(parts)


# ---------------------------------------------------------------- page


def _meta(record: Record) -> str:
    source = str(record.get("source") or "")
    shown = (
        f'<a href="{escape(source)}" rel="noopener noreferrer">{escape(source)}</a>'
        if re.match(r"https?://", source, re.I)
        else escape(source)
    )
    rows = [("Source", shown)]
    for label, key in (("Published", "published"), ("Publisher", "publisher")):
        if record.get(key):
            rows.append((label, escape(str(record[key]))))
    if record.get("authors"):
        rows.append(("Authors", escape(", ".join(map(str, record["authors"])))))
    for label, key in (("Language", "language"), ("Model", "model")):
        if record.get(key):
            rows.append((label, escape(str(record[key]))))
    if record.get("tags"):
        rows.append(("Tags", escape(", ".join(map(str, record["tags"])))))
    return '<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def is_analysis(record: Record) -> bool:
    return "people" in record


def article_section(record: Record, anchor: str, level: int = 2) -> str:
    """One article: title, metadata, highlighted text, map, tables, what was removed."""
    h = f"h{level}"
    if record.get("error") is not None and "text" not in record:
        return (
            f'<section class="article failed" id="{escape(anchor)}">'
            f"<{h}>{escape(str(record.get('source') or ''))}</{h}>"
            f'<p class="error">Not read: {escape(str(record["error"]))}</p></section>'
        )
    text = str(record.get("text") or "")
    kept, crossing = nest(highlights(record, f"{anchor}-"))
    lang = str(record.get("language") or "")
    lang_attr = (
        f' lang="{escape(lang)}"' if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*", lang) else ""
    )
    parts = [
        f'<section class="article" id="{escape(anchor)}"{lang_attr}>',
        f"<{h}>{escape(str(record.get('title') or UNTITLED))}</{h}>",
        _meta(record),
    ]
    warnings = record.get("warnings") or []
    if warnings:
        parts.append(
            '<ul class="warnings">'
            + "".join(f"<li>{escape(str(w))}</li>" for w in warnings)
            + "</ul>"
        )
    if crossing:
        parts.append(
            f'<p class="note">{len(crossing)} '
            + (
                "mention overlaps another and is not highlighted.</p>"
                if len(crossing) == 1
                else "mentions overlap others and are not highlighted.</p>"
            )
        )
    parts.append(f'<div class="text">{marked_text(text, kept)}</div>')
    if is_analysis(record):
        parts.append("<h3>Map</h3>")
        parts.append(map_svg(record.get("places") or [], "Places named in the article"))
        parts.append(entity_tables(record, f"{anchor}-"))
    parts.append(_removed(record))
    parts.append("</section>")
    return "".join(parts)


def _legend(analyzed: bool) -> str:
    if not analyzed:
        return ""
    items = [_swatch(kind, label) for kind, label in LEGEND]
    items += [_swatch(Kind.trigger, f"{s} trigger", s) for s in Strength]
    return '<p class="legend">' + " ".join(items) + "</p>"


def _index(records: Sequence[Record]) -> str:
    rows = []
    for n, r in enumerate(records):
        title = r.get("title") or r.get("source") or UNTITLED
        if r.get("error") is not None and "text" not in r:
            counts = "not read"
        elif is_analysis(r):
            counts = " · ".join(
                plural(len(r.get(key) or []), one, many)
                for key, one, many in (
                    ("people", "person", "people"),
                    ("places", "place", None),
                    ("organizations", "organization", None),
                    ("commitments", "commitment", None),
                )
            )
        else:
            counts = f"{len(str(r.get('text') or '')):,} characters"
        rows.append(
            f'<li><a href="#a{n + 1}">{escape(str(title))}</a> '
            f'<span class="src">{escape(str(r.get("source") or ""))}</span> '
            f'<span class="counts">{escape(counts)}</span></li>'
        )
    places: dict[tuple[object, ...], Record] = {}
    for r in records:
        for p in r.get("places") or []:
            places.setdefault((p.get("geonames_id"), p.get("name")), p)
    corpus_map = (
        "<h2>Map</h2>" + map_svg(list(places.values()), "Places named in the articles")
        if any(is_analysis(r) for r in records)
        else ""
    )
    return f'<nav class="index"><h2>Articles</h2><ol>{"".join(rows)}</ol>{corpus_map}</nav>'


CSS = """
:root{color-scheme:light;--person:#cfe4ff;--place:#cdf2cd;--org:#f1d9f7;
--commitment:#c2410c;--intention:#ea8a1a;--consideration:#f5c26b;--line:#d9d9d9}
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;padding:1rem 1.5rem 3rem;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:#1b1b1b;background:#fff}
header h1{font-size:1.6rem;margin:.5rem 0 .25rem}
.generated,.src,.counts,.none,.note{color:#5a5a5a;font-size:.9rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 1rem}
nav.index ol{padding-left:1.5rem}
nav.index li{margin:.2rem 0}
section.article{border-top:2px solid #1b1b1b;margin-top:2rem;padding-top:.5rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.9rem;margin:.5rem 0}
dl.meta dt{color:#5a5a5a}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"Times New Roman",serif;
font-size:1.05rem;line-height:1.65;margin:1rem 0}
mark.hl,span.hl{color:inherit;border-radius:.2rem;padding:0 .1rem}
.k-person{background:var(--person)}
.k-place{background:var(--place)}
.k-org{background:var(--org)}
.k-trigger{background:none;border-bottom:3px solid var(--commitment);font-weight:600}
.k-trigger.s-intention{border-bottom-color:var(--intention)}
.k-trigger.s-consideration{border-bottom-color:var(--consideration)}
mark.hl mark.hl{padding:0}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.25rem 0 1rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
tr:target{outline:2px solid var(--commitment)}
svg.map{display:block;background:#eef5fb;width:100%;height:auto;max-height:28rem;border:1px solid var(--line)}
svg.defs{position:absolute}
.land path{fill:#e3e0d8;stroke:#9c988f;stroke-width:.6px;vector-effect:non-scaling-stroke}
.dot circle{fill:#c2410c;stroke:#fff;stroke-width:1px;vector-effect:non-scaling-stroke}
.dot text{fill:#1b1b1b;stroke:#fff;stroke-width:2px;paint-order:stroke;
vector-effect:non-scaling-stroke;font-family:system-ui,sans-serif}
details.removed{margin:.5rem 0}
details.removed summary{cursor:pointer;color:#5a5a5a}
.warnings{color:#8a4b00}
.error{color:#a40000}
@media print{
body{max-width:none;padding:0;font-size:10pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
section.article{break-before:page;border-top:none}
nav.index+section.article,header+section.article{break-before:auto}
tr,.dot,svg.map{break-inside:avoid}
h2,h3{break-after:avoid}
svg.map{max-height:12cm}
a{color:inherit;text-decoration:none}
details.removed{display:none}
}
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def render_page(records: Iterable[Record], *, title: str | None = None) -> str:
    """The whole page: one article, or an index and one section per article."""
    records = list(records)
    analyzed = any(is_analysis(r) for r in records)
    if title is None:
        if len(records) == 1:
            title = str(records[0].get("title") or records[0].get("source") or "newsdesk")
        else:
            title = f"{len(records)} articles"
    single = len(records) == 1
    heading = "" if single else f"<h1>{escape(title)}</h1>"
    body = [
        f'<header>{heading}<p class="generated">newsdesk {escape(__version__)}'
        f" · {'brief' if analyzed else 'cleaned article'}"
        f"{'' if single else f' · {len(records)} articles'}</p>{_legend(analyzed)}</header>"
    ]
    if analyzed:
        body.append(_world_defs())
    if not single:
        body.append(_index(records))
    body += [article_section(r, f"a{n + 1}", 1 if single else 2) for n, r in enumerate(records)]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(_csp())}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="newsdesk {escape(__version__)}">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
