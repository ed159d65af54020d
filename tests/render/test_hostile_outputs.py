"""Session 14: the hostile catalogue of the outputs. Nothing from an article is interpreted by
a terminal, Rich, a browser, a Markdown renderer, a spreadsheet or a JSON/CSV/TSV consumer
(docs/output.md, "Escaping"): each hostile string below is put in every text field of one
brief (title, authors, body, names, commitments, removed blocks, warnings, the source), and
every output format is checked against the same brief made of plain letters laid out the same
way (its "twin"): the same structure, and the data shown as data.

The Markdown is rendered for real (markdown-it-py, CommonMark with GFM's tables and
strikethrough), and hypothesis searches hostile strings for a Markdown escape. A few cases run
the CLI in a process of its own under a terminal or stream that is not UTF-8."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import newsdesk
from newsdesk.errors import BinaryInputError
from newsdesk.labels import InputFormat, PlaceKind, RepairKind, Strength
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Commitment,
    Mention,
    Organization,
    Person,
    Place,
    Removed,
    Repair,
    TimeExpression,
)
from newsdesk.read import STRAY_NUL_CHARS
from newsdesk.render import Emitter, Format, Layout, Terminal
from newsdesk.render.sanitize import block, line, markdown, markdown_line
from newsdesk.render.tables import Table

# What a terminal would obey: C0 but newline and tab, DEL, C1, the reordering bidi controls.
RAW_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# ... and what JSON must escape besides (a line splitter's separators)
JSON_UNSAFE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
OWN_STYLE_RE = re.compile(r"\x1b\[[0-9;]*m")  # the rich report's own colours

HOSTILE = {
    "emphasis": "*Jane* met _Joe_ and __Ann__ and **Bo** in Leeds",
    "code": "run `rm -rf /` or ``x`` now",
    "strikethrough": "~~Paris~~ and ~Rome~ fell",
    "table-row": "| a | b |",
    "table": "| a | b |\n| --- | --- |\n| c | d |",
    "heading": "# Breaking news ##",
    "setext": "Title line\n===\nOther\n---",
    "quote": "> quoted line",
    "lists": "- one\n+ two\n* three\n1. four\n2) five",
    "rules": "---\n***\n___\n- - -",
    "hard-breaks": "two spaces  \nbackslash\\\nend",
    "entities": "&amp; &#65; &copy; &nbsp; &#x1b;",
    "html": "<b>bold</b> <img src=x onerror=alert(1)> <!-- hidden --> <script>x</script>",
    "links": "[click](javascript:alert(1)) ![i](http://t.test/p.gif) [ref] [^1]",
    "reference": "[ref]: http://evil.example/\n[^1]: note",
    "autolinks": "<http://evil.example> www.evil.example http://evil.example/a mailto:a@b.test",
    "bare-domains": "see evil.example or a@b.test, or //evil.example today",
    "indented": "    indented code\n\tand a tab",
    "fences": "```\ncode\n```\n~~~\nmore\n~~~",
    "math-and-more": "$x^2$ costs $5-$10, H~2~O, 2^10^, {attr}, ==mark==, :fire:",
    "backslashes": "\\*not\\* \\\\ \\x1b \\",
    "escape-sequences": "red \x1b[31mRED\x1b[0m, \x1b]8;;http://e.vil\x1b\\link\x1b]8;;\x1b\\ "
    "and \x1b]0;title\x07 and \x9b2J",
    "controls": "nul \x00 bel \x07 bs \x08 vt \x0b ff \x0c cr \r del \x7f c1 \x85\x9b\x9f",
    "bidi": "\u202eevil\u202c \u2066iso\u2069 \u2067rli\u2069 \u202a\u202b\u202d",
    "separators": "one\u2028two\u2029three\x1cfour\x1dfive\x1esix",
    "rich-markup": "[bold red]x[/] [link=javascript:alert(1)]y[/link] [/]",
    "formulas": '=HYPERLINK("http://e.vil","x") +1 -2 @SUM(A1)',
    "csv-quotes": 'a "quoted", value\twith a tab',
}
LEAD = "The harbour board met on Monday."
CLOSE = "The council will fund the new quay next year."


def _twin(text: str) -> str:
    """The plain twin of `text`: letters where it has characters, its blank space kept."""
    return re.sub(r"\S", "x", text)


def _brief(h: str) -> Brief:
    """A brief whose every text field is `h` (names and mentions at `h` in the body)."""
    body = f"{LEAD}\n\n{h}\n\n{CLOSE}"
    start = len(LEAD) + 2
    at = [Mention(h, start, start + len(h))]
    will = body.index(" will ") + 1
    close = body.index(CLOSE)
    article = Article(
        source=h,
        title=h,
        published="2030-11-02",
        authors=[h],
        publisher=h,
        language="en",
        tags=[h],
        text=body,
        input_format=InputFormat.text,
        removed=[Removed(h, h)],
        repairs=[Repair(RepairKind.stray_whitespace, h, h, 0)],
    )
    commitment = Commitment(
        actors=[h],
        actor_text=h,
        trigger="will",
        action=h,
        strength=Strength.commitment,
        negated=False,
        conditional=h,
        time=TimeExpression(h, h),
        attribution=Attribution(h, "reported"),
        sentence=CLOSE,
        start=close,
        end=close + len(CLOSE),
        confidence=0.9,
        trigger_start=will,
        trigger_end=will + 4,
        action_start=will + 5,
        action_end=close + len(CLOSE) - 1,
        trigger_parts=[Mention("will", will, will + 4)],
    )
    return Brief(
        article=article,
        model="test",
        people=[Person(h, [h], h, at)],
        places=[Place(h, PlaceKind.city, "GB", 53.8, -1.55, 2644688, at, h)],
        organizations=[Organization(h, [h], at)],
        commitments=[commitment],
        warnings=[h],
        id=h,
    )


def _emit(brief: Brief, fmt: Format, table: Table = Table.articles) -> str:
    terminal = Terminal(tty=True, color=True, width=400) if fmt is Format.rich else Terminal()
    emit = Emitter(fmt, terminal, Layout(table=table))
    return emit(brief) + emit.close()


def _tags(page: str) -> list[str]:
    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.found.append(tag)

    parser = Tags()
    parser.feed(page)
    return parser.found


def _plain(text: str) -> str:
    return " ".join(text.split())


MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# The same, with each escaped character a token of its own: a text token holding a URL or a
# domain is what a linkifier (GFM's autolinks, markdown-it's linkify) would turn into a link.
MD_TOKENS = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
LINKABLE_RE = re.compile(r"www\.\w|[A-Za-z]:\S|@|\w\.[^\W\d_]")


def _linkable_text(source: str) -> list[str]:
    return [
        child.content
        for token in MD_TOKENS.parse(source)
        if token.type == "inline"
        for child in token.children or []
        if child.type == "text" and LINKABLE_RE.search(child.content)
    ]


def _rendered_text(page: str) -> str:
    return _plain(html.unescape(re.sub(r"<[^>]+>", " ", page)))


# ----------------------------------------------------------------- every format, every string

TERMINAL_FORMATS = [Format.rich, Format.text, Format.markdown, Format.body, Format.html]


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("fmt", TERMINAL_FORMATS, ids=str)
def test_terminal_and_document_formats_show_the_data_never_obey_it(name: str, fmt: Format) -> None:
    h = HOSTILE[name]
    out = _emit(_brief(h), fmt)
    twin = _emit(_brief(_twin(h)), fmt)
    shown = OWN_STYLE_RE.sub("", out) if fmt is Format.rich else out
    assert not RAW_CONTROL_RE.search(shown), repr(RAW_CONTROL_RE.findall(shown))
    if fmt is Format.rich:
        assert "\x1b]" not in out  # no hyperlink, no window title
        if name == "rich-markup":
            assert "[bold red]x[/]" in shown and "[link=javascript:alert(1)]y[/link]" in shown
    elif fmt in (Format.text, Format.body):
        assert out.count("\n") == twin.count("\n")  # no line forged
    elif fmt is Format.html:
        assert _tags(out) == _tags(twin)  # not one element from the data


@pytest.mark.parametrize("name", HOSTILE)
def test_markdown_renders_the_data_as_its_own_characters(name: str) -> None:
    h = HOSTILE[name]
    source = _emit(_brief(h), Format.markdown)
    page = MD.render(source)
    twin = MD.render(_emit(_brief(_twin(h)), Format.markdown))
    # the report's structure (headings, lists, tables, its own bold) and nothing else: no
    # <em>, <code>, <del>, <a>, <img>, <blockquote>, <hr>, raw HTML from the data
    assert _tags(page) == _tags(twin)
    title = re.search(r"<h1>(.*?)</h1>", page, re.S)
    assert title is not None and _plain(html.unescape(title.group(1))) == _plain(line(h))
    assert _plain(block(h)) in _rendered_text(page)
    assert _linkable_text(source) == []


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("fmt", [Format.json, Format.jsonl, Format.geojson], ids=str)
def test_json_keeps_the_data_exact_and_escapes_what_a_terminal_or_splitter_obeys(
    name: str, fmt: Format
) -> None:
    h = HOSTILE[name]
    out = _emit(_brief(h), fmt)
    assert not JSON_UNSAFE_RE.search(out.replace("\n", ""))
    if fmt is Format.jsonl:
        assert len(out.splitlines()) == 1  # str.splitlines: every Unicode line break
    data = json.loads(out)
    if fmt is Format.geojson:
        (feature,) = data["features"]
        assert feature["properties"]["name"] == h and feature["properties"]["source"] == h
    else:
        assert data["title"] == h and data["text"].count(h) >= 1
        assert data["people"][0]["name"] == h and data["warnings"] == [h]


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("table", list(Table), ids=str)
@pytest.mark.parametrize("fmt", [Format.csv, Format.tsv], ids=str)
def test_table_cells_hold_the_data_in_their_columns(name: str, table: Table, fmt: Format) -> None:
    out = _emit(_brief(HOSTILE[name]), fmt, table)
    assert not RAW_CONTROL_RE.search(out)
    if fmt is Format.csv:
        rows = list(csv.reader(io.StringIO(out)))
    else:
        rows = [row.split("\t") for row in out.splitlines()]
    assert len(rows) == 2 and len(rows[1]) == len(rows[0])  # the header and one row, whole
    for cell in rows[1]:  # a spreadsheet never evaluates a cell (a number may start with "-")
        assert not cell.startswith(("=", "+", "@")), cell


# ----------------------------------------------------------------- Markdown, searched


def _parts() -> st.SearchStrategy[str]:
    pieces = [
        *"*_`~[]()<>!#&|-+=.:;@$^{}\\/ \t\nax0",
        "\n\n",
        "    ",
        "  \n",
        "www.",
        "http://",
        "e.test",
        "a@b.c",
        "&amp;",
        "&#65;",
        "<b>",
        "1.",
        "2)",
        "---",
        "===",
        "```",
        "\x1b",
        "\u202e",
    ]
    return st.lists(st.sampled_from(pieces), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_parts())
def test_markdown_block_text_renders_as_plain_paragraphs(text: str) -> None:
    source = markdown(text)
    page = MD.render(source)
    assert set(_tags(page)) <= {"p"}, (source, page)
    assert _rendered_text(page) == _plain(block(text)), (source, page)
    assert _linkable_text(source) == []


FRAMES = {
    "heading": ("# {}", ["h1"]),
    "list item": ("- {}", ["ul", "li"]),
    "bold key": ("- **Key:** {}", ["ul", "li", "strong"]),
    "quote": ("> **Warning:** {}", ["blockquote", "p", "strong"]),
    "table cell": (
        "| A | B |\n| --- | --- |\n| {} | z |",
        ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"],
    ),
}


@settings(max_examples=150, deadline=None)
@given(_parts(), st.sampled_from(sorted(FRAMES)))
def test_markdown_one_line_fields_stay_in_their_frame(text: str, frame: str) -> None:
    shape, tags = FRAMES[frame]
    source = shape.format(markdown_line(text))
    page = MD.render(source)
    assert _tags(page) == tags, (source, page)
    assert _plain(line(text)) in _rendered_text(page), (source, page)
    assert _linkable_text(source) == []


# ----------------------------------------------------------------- NUL, wherever it stands

ARTICLE = "The harbour board will dredge the eastern channel next spring, its chair said on Monday."


def _long_text(nul_at: float) -> str:
    text = "\n\n".join([ARTICLE] * 120)  # about 11 KB
    cut = int(len(text) * nul_at)
    return text[:cut] + "\x00" + text[cut:]


@pytest.mark.parametrize("nul_at", [0.01, 0.5, 0.99], ids=["early", "middle", "late"])
@pytest.mark.parametrize("kind", ["str", "bytes"])
def test_a_stray_nul_is_removed_and_reported_wherever_it_stands(nul_at: float, kind: str) -> None:
    text = _long_text(nul_at)
    article = newsdesk.clean(text if kind == "str" else text.encode("utf-8"))
    assert "\x00" not in article.text and ARTICLE in article.text
    assert [r.kind for r in article.repairs] == [RepairKind.stray_nul]


@pytest.mark.parametrize("where", ["start", "end"])
def test_nuls_more_than_stray_are_binary_wherever_they_stand(where: str) -> None:
    text = "\n\n".join([ARTICLE] * 120)
    padding = "\x00" * (len(text) // STRAY_NUL_CHARS + 2)
    data = (padding + text if where == "start" else text + padding).encode("utf-8")
    with pytest.raises(BinaryInputError, match=r"NUL bytes, the first at byte"):
        newsdesk.clean(data)


def test_a_nul_in_a_short_input_is_binary_and_the_message_says_where() -> None:
    with pytest.raises(BinaryInputError, match=r"a NUL byte at byte 7\b"):
        newsdesk.clean(b"Harbour\x00 works")
    with pytest.raises(BinaryInputError, match=r"a NUL character at character 7\b"):
        newsdesk.clean("Harbour\x00 works")


# ----------------------------------------------------------------- terminals not in UTF-8

NEWSDESK = str(Path(sys.executable).with_name("newsdesk"))
ASCII_LOCALE = {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
ZURICH = (
    "Ferry crossings resume in Zürich\n\n"
    "The ferry company in Zürich said on Monday that every crossing would resume by the "
    "weekend, said Ana Dvořák, its chief executive.\n"
)


def _on_a_terminal(args: list[str], environ: dict[str, str]) -> tuple[int, bytes, bytes]:
    """The CLI in its own process with stdout a pseudo-terminal: exit code, stdout, stderr."""
    import pty

    try:
        main, secondary = pty.openpty()
    except OSError as exc:  # pragma: no cover (a sandbox without pseudo-terminals)
        pytest.skip(f"no pseudo-terminal: {exc}")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON"))}
    proc = subprocess.Popen(
        [NEWSDESK, *args],
        stdout=secondary,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env={**env, "COLUMNS": "100", **environ},
    )
    os.close(secondary)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # (the terminal is gone with the process: EIO)
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


@pytest.fixture(scope="module")
def zurich(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("enc") / "zurich.txt"
    path.write_text(ZURICH, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "environ", [{"PYTHONIOENCODING": "ascii"}, ASCII_LOCALE], ids=["ioencoding", "C-locale"]
)
def test_a_terminal_not_in_utf8_gets_ascii_boxes_and_escaped_letters(
    zurich: str, environ: dict[str, str]
) -> None:
    code, out, err = _on_a_terminal(["clean", zurich, "-f", "rich"], environ)
    assert code == 0 and b"Traceback" not in err, err
    shown = out.decode("ascii")  # nothing the terminal cannot show
    assert "+----" in shown and "| " in shown  # rich's ASCII box, not "\u256d\u2500"
    assert "\\u25" not in shown and "\\u2500" not in shown
    assert "Z\\xfcrich" in shown and "Dvo\\u0159\\xe1k" in shown  # the letters, escaped
    assert _widest(shown) <= 100  # laid out after escaping: no line wider than the terminal


def _widest(shown: str) -> int:
    return max(len(OWN_STYLE_RE.sub("", row)) for row in shown.replace("\r", "").split("\n"))


def test_a_text_report_on_a_latin1_terminal(zurich: str) -> None:
    code, out, err = _on_a_terminal(
        ["clean", zurich, "-f", "text"], {"PYTHONIOENCODING": "latin-1"}
    )
    assert code == 0 and b"Traceback" not in err, err
    shown = out.decode("latin-1")
    assert "Zürich" in shown and "Dvo\\u0159ák" in shown


@pytest.mark.parametrize("fmt", ["json", "markdown", "text"])
def test_piped_output_under_an_ascii_locale_is_utf8_data(zurich: str, fmt: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON"))}
    done = subprocess.run(
        [NEWSDESK, "clean", zurich, "-f", fmt],
        capture_output=True,
        env={**env, **ASCII_LOCALE},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    out = done.stdout.decode("utf-8")
    assert "Dvořák" in (json.loads(out)["text"] if fmt == "json" else out)


@pytest.mark.parametrize("encoding", ["UTF8", "utf_8", "cp65001", "UTF-8"])
def test_every_name_of_utf8_is_a_utf8_terminal(encoding: str) -> None:
    from newsdesk.render.rich import render

    shown = render(_brief("Zürich Dvořák"), Terminal(tty=True, width=100, encoding=encoding))
    assert "Zürich" in shown and "Dvořák" in shown  # the letters as they are, not escaped
    assert "\u2500" in shown and "+----" not in shown  # rich's own box, not its ASCII one
