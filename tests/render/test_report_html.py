"""The HTML report, from hand-made JSON contract records (no model needed)."""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

import lxml.html
import pytest

from contract_records import TEXT, brief, mention
from newsdesk.render import page as report_html
from newsdesk.render.page import Highlight, Kind, frame, nest, render_page, trigger_spans


def lazy_brief(text: str, **extra: Any) -> dict[str, Any]:
    """`brief` for a text without TEXT's names: every list given or empty."""
    empty = {k: [] for k in ("people", "places", "organizations", "commitments")}
    record = brief(**{**empty, **extra})
    record["text"] = text
    return record


def dom(page: str) -> Any:
    return lxml.html.document_fromstring(page)


def marks(page: str, kind: str) -> list[Any]:
    return list(dom(page).xpath(f'//mark[@data-kind="{kind}"]'))


def test_every_mention_is_marked_at_its_offsets() -> None:
    record = brief()
    page = render_page([record])
    for kind, key in (("person", "people"), ("place", "places"), ("org", "organizations")):
        found = marks(page, kind)
        expected = [m["text"] for item in record[key] for m in item["mentions"]]
        assert [m.text_content() for m in found] == expected
    (trigger,) = marks(page, "trigger")
    assert trigger.text_content() == "plans to"
    assert "s-intention" in trigger.get("class")


def test_text_outside_the_marks_is_the_article_unchanged() -> None:
    page = render_page([brief()])
    (body,) = dom(page).xpath('//div[@class="text"]')
    assert body.text_content() == TEXT


def test_hover_shows_the_resolved_entry() -> None:
    page = render_page([brief()])
    (place,) = marks(page, "place")
    assert "city, PT" in place.get("title") and "GeoNames 2267057" in place.get("title")
    person = marks(page, "person")[0]
    assert "Mayor" in person.get("title") and "also: Okafor" in person.get("title")


def test_article_markup_stays_text() -> None:
    payload = '<script>alert(1)</script> <img src=x onerror="alert(2)"> & "quotes"'
    text = "Officials said " + payload + " in Lisbon."
    record = lazy_brief(
        text,
        title="</title><script>alert(3)</script>",
        people=[
            {
                "name": '"><script>alert(4)</script>',
                "aliases": [],
                "role": None,
                "mentions": [],
            }
        ],
        removed=[{"text": "<b onmouseover=alert(5)>x</b>", "reason": "menu"}],
    )
    page = render_page([record])
    tree = dom(page)
    assert not tree.xpath("//script") and not tree.xpath("//img") and not tree.xpath("//b")
    assert not any(k.startswith("on") for el in tree.iter() for k in el.attrib)
    assert payload in tree.xpath('//div[@class="text"]')[0].text_content()
    assert tree.xpath("//title")[0].text_content() == record["title"]


def test_csp_allows_only_the_page_style() -> None:
    page = render_page([brief()])
    tree = dom(page)
    (meta,) = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    policy = meta.get("content")
    assert "default-src 'none'" in policy and "script-src" not in policy
    (style,) = tree.xpath("//style")
    digest = base64.b64encode(hashlib.sha256(style.text.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy
    # nothing is loaded: no src anywhere, links only to GeoNames (on click) or in the page
    assert not tree.xpath("//*[@src]")
    hrefs = [el.get("href") for el in tree.xpath("//*[@href]")]
    assert all(h.startswith(("#", "https://www.geonames.org/")) for h in hrefs)
    assert "https://www.geonames.org/2267057" in hrefs


def test_tables_and_removed_blocks() -> None:
    record = brief()
    tree = dom(render_page([record]))
    rows = {
        h.text_content(): h.getnext()
        for h in tree.xpath("//h3")
        if h.getnext() is not None and h.getnext().tag == "table"
    }
    assert set(rows) == {"People", "Places", "Organizations", "Commitments"}
    commitment = rows["Commitments"].xpath(".//tbody/tr/td")
    assert [c.text_content() for c in commitment[:3]] == ["intention", "Harbour Board", "plans to"]
    assert commitment[-1].text_content() == "Ines Okafor (reported)"
    (details,) = [d for d in tree.xpath("//details") if "Removed" in d.text_content()]
    assert details.get("open") is None  # collapsed
    assert len(details.xpath(".//tbody/tr")) == len(record["removed"])


def test_map_has_one_dot_per_located_place() -> None:
    record = brief()
    record["places"].append(
        {
            "name": "Nowhere Bay",
            "kind": None,
            "country_code": None,
            "latitude": None,
            "longitude": None,
            "geonames_id": None,
            "mentions": [],
        }
    )
    tree = dom(render_page([record]))
    (svg,) = tree.xpath('//svg[@class="map"]')
    circles = svg.xpath(".//circle")
    assert len(circles) == 1
    x, y, w, h = map(float, svg.get("viewbox").split())
    cx, cy = float(circles[0].get("cx")), float(circles[0].get("cy"))
    assert x < cx < x + w and y < cy < y + h
    assert cx == pytest.approx(-9.14 + 180, abs=0.01)
    # the outlines are defined once per page, whatever the number of maps
    assert len(tree.xpath('//g[@id="world"]')) == 1


def test_frame_holds_every_point_at_the_map_ratio() -> None:
    points = [(10.0, 40.0), (200.0, 120.0), (90.0, 60.0)]
    x, y, w, h = frame(points)
    assert w == pytest.approx(h * report_html.MAP_RATIO, rel=0.02)
    for px, py in points:
        assert x <= px <= x + w and y <= py <= y + h
    assert x >= 0 and x + w <= 360 and y >= 0 and y + h <= 180


def test_world_outlines_are_small_and_complete() -> None:
    world = report_html.world()
    assert len(world["countries"]) > 150
    assert {"FRA", "BRA", "JPN"} <= {c["iso_a3"] for c in world["countries"]}
    for c in world["countries"]:
        assert re.fullmatch(r"(M[-\d., ]+Z)+", c["d"]), c["name"]


def test_trigger_offsets_stand_in_for_missing_parts() -> None:
    record = brief()
    c = {k: v for k, v in record["commitments"][0].items() if k != "trigger_parts"}
    start = TEXT.index("hire")
    c2 = {**c, "trigger_start": start, "trigger_end": start + 4}
    assert trigger_spans(TEXT, c2) == [(start, start + 4)]


def _part(text: str, word: str, after: int = 0) -> dict[str, object]:
    start = text.index(word, after)
    return {"text": word, "start": start, "end": start + len(word)}


def test_trigger_parts_are_read_not_searched() -> None:
    """The parts are the record's: a split trigger marks its own words even when the same
    word stands earlier in the sentence; a contraction is marked as written; offsets that do
    not fit the text mark nothing (no search for the words)."""
    text = "The union's commitment is old. They reaffirmed their commitment to peace. Won't."
    second = text.index("commitment", text.index("reaffirmed"))
    split = {
        "trigger": "reaffirmed … commitment",
        "trigger_parts": [_part(text, "reaffirmed"), _part(text, "commitment", second)],
    }
    assert trigger_spans(text, split) == [
        (text.index("reaffirmed"), text.index("reaffirmed") + len("reaffirmed")),
        (second, second + len("commitment")),
    ]
    contracted = {"trigger": "Wo n't", "trigger_parts": [_part(text, "Won't")]}
    assert [text[s:e] for s, e in trigger_spans(text, contracted)] == ["Won't"]
    beyond = {"trigger": "pledged", "trigger_parts": [{"start": len(text), "end": len(text) + 7}]}
    assert trigger_spans(text, beyond) == []
    assert trigger_spans(text, {"trigger": "pledged", "start": 0, "end": len(text)}) == []


def test_a_record_without_parts_marks_its_own_span() -> None:
    """A record written before `trigger_parts`: its trigger_start/trigger_end, as a whole."""
    text = "The council will meet. Later the council will vote on the plan."
    start = text.index("will vote")
    c = {"trigger": "will", "trigger_start": start, "trigger_end": start + 4}
    assert trigger_spans(text, c) == [(start, start + 4)]


def test_nested_spans_are_kept_and_crossing_ones_reported() -> None:
    outer = Highlight(0, 20, Kind.org, "o", "o")
    inner = Highlight(5, 10, Kind.place, "p", "p")
    crossing = Highlight(15, 25, Kind.person, "x", "x")
    kept, dropped = nest([crossing, inner, outer])
    assert kept == [outer, inner] and dropped == [crossing]


def test_crossing_mentions_are_counted_on_the_page() -> None:
    text = "The Lisbon Harbour Board met."
    record = lazy_brief(
        text,
        places=[
            {
                "name": "Lisbon Harbour",
                "kind": None,
                "country_code": None,
                "latitude": None,
                "longitude": None,
                "geonames_id": None,
                "mentions": [mention(text, "Lisbon Harbour")],
            }
        ],
        organizations=[
            {"name": "Harbour Board", "aliases": [], "mentions": [mention(text, "Harbour Board")]}
        ],
    )
    tree = dom(render_page([record]))
    assert len(tree.xpath("//mark")) == 1
    assert "1 mention overlaps another" in tree.xpath('//p[@class="note"]')[0].text_content()


def test_corpus_has_an_index_and_a_section_per_record() -> None:
    second = brief(
        TEXT.replace("Lisbon", "Porto"), "Porto", source="notes/porto.txt", title="Porto too"
    )
    second["places"][0].update(latitude=41.15, longitude=-8.61, geonames_id=2735943)
    failed = {"source": "notes/missing.txt", "error": "notes/missing.txt: no such file"}
    tree = dom(render_page([brief(), second, failed]))
    links = tree.xpath('//nav[@class="index"]//li/a')
    assert [a.get("href") for a in links] == ["#a1", "#a2", "#a3"]
    sections = tree.xpath("//section")
    assert [s.get("id") for s in sections] == ["a1", "a2", "a3"]
    assert "no such file" in sections[2].text_content()
    # the corpus map has both articles' places
    (index_map,) = tree.xpath('//nav[@class="index"]//svg[@class="map"]')
    assert len(index_map.xpath(".//circle")) == 2
    # row ids stay unique across sections
    ids = [el.get("id") for el in tree.iter() if el.get("id")]
    assert len(ids) == len(set(ids))


def test_a_cleaned_article_has_text_and_no_brief() -> None:
    record = {k: v for k, v in brief().items() if k in CLEAN_KEYS}
    tree = dom(render_page([record]))
    assert not tree.xpath("//mark") and not tree.xpath("//svg")
    assert [h.text_content() for h in tree.xpath("//h3")] == []
    assert tree.xpath('//div[@class="text"]')[0].text_content() == TEXT
    assert tree.xpath("//details")


CLEAN_KEYS = {
    "source",
    "title",
    "published",
    "authors",
    "publisher",
    "language",
    "tags",
    "input_format",
    "text",
    "removed",
    "repairs",
}


def test_print_styles_exist() -> None:
    page = render_page([brief()])
    assert "@media print" in page and "print-color-adjust:exact" in page
