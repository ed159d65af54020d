"""Session 10's hostile inputs, each a small page or dump written for it: what comes out (one
record, shown and never obeyed; JSON exact). Their time and memory: `bench/hostile.py`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from harness import GOOD, RAW_CONTROL_RE, check, invoke, on_terminal, page

from newsdesk.read.page import MAX_BLOCKS

BIDI_TITLE = "Mayor \u202etsal eht\u202c speaks \u2066again\u2069"
BODY = (
    "Mayor Anna Kowalski said on Monday that the city will rebuild the \u202eNorth\u202c "
    "Bridge by 2027, she told reporters in Berlin."
)


def _bidi_page(tmp_path: Path, name: str = "bidi.html") -> Path:
    path = tmp_path / name
    path.write_text(
        page(f"<h1>{BIDI_TITLE}</h1><p>{BODY}</p><p>{GOOD}</p>", f"<title>{BIDI_TITLE}</title>"),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich", "csv", "tsv", "html"])
def test_bidi_controls_in_a_title_and_body_never_reach_the_output_raw(
    tmp_path: Path, fmt: str
) -> None:
    run = invoke(["clean", str(_bidi_page(tmp_path)), "-f", fmt])
    assert run.code == 0, run.stderr
    assert not RAW_CONTROL_RE.search(run.stdout), fmt
    assert "\\u202e" in run.stdout  # shown, escaped


def test_bidi_controls_in_the_rich_table_of_several_inputs(tmp_path: Path) -> None:
    names = [str(_bidi_page(tmp_path, f"{n}.html")) for n in range(2)]
    run = on_terminal(["clean", *names])  # auto: rich on a terminal, a table for several
    assert run.code == 0, run.stderr
    assert "\x1b[" in run.stdout  # newsdesk's own styles, and none from the data
    assert "\u202e" not in run.stdout and "\u2066" not in run.stdout and "\\u202e" in run.stdout


def test_json_keeps_the_bidi_data_exact(tmp_path: Path) -> None:
    record = json.loads(invoke(["clean", str(_bidi_page(tmp_path)), "-f", "json"]).stdout)
    assert record["title"] == BIDI_TITLE
    assert "\u202eNorth\u202c" in record["text"]


def test_a_nul_and_joiners_inside_names_in_a_table(tmp_path: Path) -> None:
    # (two NULs in 13 KB are stray, wherever they are: removed, reported, never in the data;
    # session 14: docs/cleaning.md)
    src = tmp_path / "names.txt"
    src.write_text(
        (GOOD + "\n\n")
        * 80
        + "Council leader Peter Ma\x00rsh and Mayor Anna Kow\u200dalski met on Monday in Leeds, "
        "and Ma\x00rsh said the council will fund the new quay.\n",
        encoding="utf-8",
    )
    for fmt in ("csv", "tsv", "text", "markdown"):
        table = ["--table", "people"] if fmt in ("csv", "tsv") else []
        run = invoke(["analyze", str(src), "--no-clean", "-f", fmt, *table])
        assert run.code == 0 and not RAW_CONTROL_RE.search(run.stdout), fmt
    record = json.loads(invoke(["analyze", str(src), "--no-clean", "-f", "json"]).stdout)
    assert "\x00" not in json.dumps(record, ensure_ascii=False)
    assert "Marsh" in record["text"] and "Kow\u200dalski" in record["text"]
    assert [r["kind"] for r in record["repairs"]].count("stray NUL") == 2
    assert record["people"]  # (the names are read)


def test_base_refresh_and_javascript_links_are_never_live_in_the_html_output(
    tmp_path: Path,
) -> None:
    head = (
        "<base href='http://e.vil/'><meta http-equiv='refresh' content='0;url=http://e.vil/'>"
        "<title>Harbour</title>"
    )
    body = (
        f"<p>{GOOD} <a href='javascript:alert(1)'>Read the plan</a> and "
        "<a href='http://e.vil/x' onclick='alert(2)'>the map</a>.</p>"
        "<p>&lt;script&gt;alert(3)&lt;/script&gt; was written in the article itself.</p>"
    )
    path = tmp_path / "p.html"
    path.write_text(page(body, head), encoding="utf-8")
    run = invoke(["clean", str(path), "-f", "html"])
    assert run.code == 0, run.stderr
    out = run.stdout.lower()
    assert not re.search(r"<base\b|http-equiv=[\"']?refresh|<script|<a [^>]*e\.vil", out)
    assert "javascript:" not in out and "onclick" not in out
    assert "read the plan" in out and "&lt;script&gt;" in out


def test_a_dump_of_one_long_line_without_spaces(tmp_path: Path) -> None:
    src = tmp_path / "line.txt"
    src.write_text(f"{GOOD}\n\n" + "x" * 5_000_000 + f"\n\n{GOOD}\n", encoding="utf-8")
    (record,) = check(invoke(["clean", str(src), "-f", "jsonl"]), 0, records=1)
    assert "harbour board" in str(record["text"])


@pytest.mark.parametrize("closed", [True, False])
def test_fifty_thousand_nested_inline_tags(tmp_path: Path, closed: bool) -> None:
    n = 50_000
    path = tmp_path / "nested.html"
    path.write_text(
        page(f"<p>{GOOD}</p><p>" + "<b>" * n + GOOD + ("</b>" * n if closed else "") + "</p>")
    )
    (record,) = check(invoke(["clean", str(path), "-f", "jsonl"]), 0, records=1)
    assert str(record["text"]).count("harbour board") == 2


def test_a_title_of_a_megabyte(tmp_path: Path) -> None:
    path = tmp_path / "title.html"
    path.write_text(
        "<html><head><title>" + "Harbour " * 130_000 + "</title></head><body>"
        f"<p>{GOOD}</p><p>{GOOD}</p></body></html>"
    )
    (record,) = check(invoke(["clean", str(path), "-f", "jsonl"]), 0, records=1)
    assert str(record["title"]).startswith("Harbour Harbour") and "harbour board" in str(
        record["text"]
    )


@pytest.mark.parametrize(
    ("content", "what"),
    [("a\n" * (MAX_BLOCKS + 1), "lines"), ("a\r" * (MAX_BLOCKS + 1), "lines")],
    ids=["newlines", "carriage-returns"],
)
def test_a_dump_of_more_lines_than_any_article_is_refused_at_once(
    tmp_path: Path, content: str, what: str
) -> None:
    names = []
    for n, text in enumerate([GOOD, content, GOOD]):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        names.append(str(path))
    found = check(invoke(["clean", *names, "-f", "jsonl"]), 1, records=3, errors=1)
    assert found[1]["kind"] == "InputTooLargeError" and what in str(found[1]["error"])
    assert "harbour board" in str(found[0]["text"]) and "harbour board" in str(found[2]["text"])


def test_a_page_of_more_paragraphs_than_any_article_is_refused() -> None:
    import newsdesk

    with pytest.raises(newsdesk.InputTooLargeError, match="paragraphs"):
        newsdesk.clean("<html><body>" + "<p>a</p>" * (MAX_BLOCKS + 1), input_format="html")


def test_the_block_cap_admits_the_input_limit_of_ordinary_lines() -> None:
    # (lines of 77 characters and a line break, or 80-character paragraphs between blank
    # lines, filling the 20 MiB input limit: each within the cap, as page.py says)
    from newsdesk.read import MAX_BYTES

    assert MAX_BYTES // len("x" * 77 + "\n") <= MAX_BLOCKS
    assert MAX_BYTES // len("x" * 80 + "\n\n") <= MAX_BLOCKS
    assert MAX_BYTES // len("<p>" + "x" * 80 + "</p>") <= MAX_BLOCKS


def test_a_hard_wrapped_dump_is_counted_by_its_lines() -> None:
    import newsdesk

    wrapped = ("a b\nc d\n\n") * (MAX_BLOCKS // 2 + 1)  # (fewer paragraphs than the cap)
    with pytest.raises(newsdesk.InputTooLargeError, match="lines"):
        newsdesk.clean(wrapped, input_format="text")
