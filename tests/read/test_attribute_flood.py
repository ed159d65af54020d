"""The attribute flood (`read/html.py`: `MAX_ATTRIBUTES`, `_FLOOD_RE`, `_CappedTree`).

libxml2's tree builder is quadratic in one tag's attribute count (300,000 attributes: 183 s);
a tag past the cap is built from libxml2's events with its attributes capped. What comes out
is checked here; the time it takes is measured by `bench/hostile.py` (flood-* cases).
"""

from __future__ import annotations

import re

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import newsdesk
from newsdesk.read import html_parse as reader

FIRST = "The council voted on Tuesday to close the old bridge to lorries from next month."
SECOND = "Cyclists and buses will still cross it, the transport officer told the meeting."
OVER = reader.MAX_ATTRIBUTES + 50


def _attrs(n: int, value: str = "") -> str:
    return " ".join(f"data-n{i}{value}" for i in range(n))


def _page(middle: str) -> str:
    return (
        "<html><head><title>Bridge</title></head><body>"
        f"<p>{FIRST}</p>{middle}<p>{SECOND}</p></body></html>"
    )


def _text(page: str) -> str:
    return newsdesk.clean(page, input_format="html").text


@pytest.mark.parametrize(
    "flood",
    [
        f"<div {_attrs(OVER)}>Traffic lights go up at both ends.</div>",
        "<div " + _attrs(OVER, '=">"') + ">Traffic lights go up at both ends.</div>",
        f"<div {_attrs(OVER, '=1')}/>Traffic lights go up at both ends.",
        "<div " + _attrs(OVER, '="a"') + ">Traffic lights go up at both ends.</div>",
        "<div " + "".join(f'data-n{i}="a"' for i in range(OVER)) + ">Traffic lights.</div>",
    ],
    ids=["bare", "quoted-gt", "unquoted", "quoted", "no-separator-after-a-quote"],
)
def test_a_flooded_tag_reads_as_the_same_page_as_a_plain_parse(flood: str) -> None:
    page = _page(flood)
    capped = reader._parse(page)
    plain = lxml.html.document_fromstring(
        page.encode(), parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    )
    flooded = [el for el in plain.iter() if len(el.attrib) > reader.MAX_ATTRIBUTES]
    assert len(flooded) == 1  # the page does hold a flood as libxml2 reads it
    assert max(len(el.attrib) for el in capped.iter()) == reader.MAX_ATTRIBUTES
    assert capped.text_content() == plain.text_content()
    assert [el.tag for el in capped.iter()] == [el.tag for el in plain.iter()]
    assert FIRST in _text(page) and SECOND in _text(page)


def test_the_attributes_the_reader_reads_survive_past_the_cap() -> None:
    # (a hidden inline element is dropped from its paragraph: its `hidden` stands past the cap)
    page = _page(
        f"<p>Work starts in May <span {_attrs(OVER)} hidden>SUBSCRIBE NOW</span> "
        "and ends in August.</p>"
    )
    text = _text(page)
    assert "Work starts in May and ends in August." in text
    assert "SUBSCRIBE" not in text


def test_a_tag_at_the_cap_is_parsed_as_ever() -> None:
    page = _page(f'<div {_attrs(reader.MAX_ATTRIBUTES - 2)} title="t" alt="a">x</div>')
    root = reader._parse(page)
    div = root.find(".//div")
    assert div is not None and len(div.attrib) == reader.MAX_ATTRIBUTES
    assert div.get("title") == "t" and div.get("alt") == "a"


@pytest.mark.parametrize(
    "middle",
    [
        f"<script>var card = '<div {_attrs(OVER)}>';</script>",
        f"<!-- <div {_attrs(OVER)}> -->",
        f"<textarea><div {_attrs(OVER)}></textarea>",
    ],
    ids=["script", "comment", "textarea"],
)
def test_a_flood_that_is_no_tag_changes_nothing(middle: str) -> None:
    """The trigger matches script or comment text; libxml2's own reading decides, so the
    page is parsed as ever (the script stays a script, nothing after it is lost)."""
    page = _page(middle)
    assert reader._FLOOD_RE.search(page.encode()) is not None
    assert not reader._flooded(page.encode())
    text = _text(page)
    assert FIRST in text and SECOND in text and "data-n" not in text


def test_floods_over_many_tags_each_capped() -> None:
    middle = "".join(f"<div {_attrs(OVER)}><p>Lane {k} closes.</p></div>" for k in range(20))
    root = reader._parse(_page(middle))
    divs = root.findall(".//div")
    assert len(divs) == 20 and all(len(d.attrib) == reader.MAX_ATTRIBUTES for d in divs)
    assert "Lane 19 closes." in _text(_page(middle))


def test_names_lxml_refuses_are_dropped_not_fatal() -> None:
    page = _page(f'<div {_attrs(OVER)} a<b=1 c"d=2><p>Lorries detour via the ring road.</p></div>')
    assert "Lorries detour via the ring road." in _text(page)


# ---------------------------------------------------------------- the trigger never misses

_SMALL = 12  # the same pattern as _FLOOD_RE, with a small count, against libxml2's reading
_SMALL_RE = re.compile(rb"<[A-Za-z][^\t\n\f\r />]*+(?:%s){%d}" % (reader._ATTRIBUTE, _SMALL + 1))
_PIECES = ["a", "b", " ", "/", "=", '"', "'", ">", "<", "\n", "\t", 'x=">"', "y='>'", "z=1", "&"]


class _Most:
    def __init__(self) -> None:
        self.most = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.most = max(self.most, len(attrib))

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> int:
        return self.most


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=60),
    st.integers(min_value=0, max_value=_SMALL + 4),
    st.booleans(),
)
def test_the_trigger_finds_every_tag_libxml2_reads_over_the_count(
    junk: list[str], names: int, junk_first: bool
) -> None:
    plain = " ".join(f"n{i}" for i in range(names))
    inner = "".join(junk) + " " + plain if junk_first else plain + " " + "".join(junk)
    page = f"<html><body><p>x</p><div {inner}>text</div></body></html>".encode()
    most = etree.fromstring(page, etree.HTMLParser(target=_Most()))  # type: ignore[arg-type]
    if most > _SMALL:
        assert _SMALL_RE.search(page) is not None
