"""Issue 13 §7: data is shown, never obeyed: no escape sequence, bidi control or Rich markup
from an article reaches a terminal or a document; JSON keeps the data exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from harness import GOOD, RAW_CONTROL_RE, check, invoke, on_terminal, page

CLEAR = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;pwned\x07"
LINK = "\x1b]8;;http://e.vil\x1b\\click\x1b]8;;\x1b\\"
NASTY = f"Bad {CLEAR} text {TITLE} with {LINK} and \x07\x7f\x85 and \u202eevil"


def _page(
    tmp_path: Path, *, title: str = "Title", publisher: str = "Pub", body: str = GOOD
) -> Path:
    head = f"<title>{title}</title><meta property='og:site_name' content='{publisher}'>"
    path = tmp_path / "p.html"
    path.write_text(page(f"<article><h1>{title}</h1><p>{body}</p><p>{GOOD}</p></article>", head))
    return path


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich"])
def test_escape_sequences_in_the_text_are_shown_not_obeyed(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"{GOOD}\n\n" * 6 + NASTY, encoding="utf-8")
    run = invoke(["clean", str(src), "-f", fmt])
    check(run, 0, fmt=fmt)
    assert "\\x1b" in run.stdout and "\\u202e" in run.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich"])
def test_escape_sequences_in_metadata(tmp_path: Path, fmt: str) -> None:
    nasty = "T\x1b[31mred\x1b]0;x\x07"
    run = invoke(["clean", str(_page(tmp_path, publisher=nasty)), "-f", fmt])
    check(run, 0, fmt=fmt)
    assert "\x1b" not in run.stdout


def test_a_colour_terminal_gets_only_newsdesks_own_styles(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"{GOOD}\n\n" * 6 + NASTY, encoding="utf-8")
    run = on_terminal(["analyze", str(src), "--no-clean"])  # auto: rich on a terminal
    assert run.code == 0
    assert "\x1b[" in run.stdout  # styled ...
    assert CLEAR not in run.stdout and "\x1b]" not in run.stdout and "\x07" not in run.stdout
    assert "\u202e" not in run.stdout


@pytest.mark.parametrize(
    "markup", ["[blink]x[/blink]", "[link=javascript:alert(1)]y[/link]", "[/]", "[bold red]z"]
)
def test_rich_markup_in_data_is_shown_literally(tmp_path: Path, markup: str) -> None:
    run = on_terminal(["clean", str(_page(tmp_path, publisher=markup))], color=False)
    check(run, 0, fmt="rich")
    assert markup in run.stdout


def test_rich_markup_in_a_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("[bold red]x.txt").write_text(GOOD, encoding="utf-8")
    run = invoke(["clean", "[bold red]x.txt", "-f", "rich"])
    check(run, 0, fmt="rich")
    assert "[bold red]x.txt" in run.stdout


@pytest.mark.parametrize(
    "name", ["evil\nnewsdesk: error: forged.txt", "esc\x1b[31m.txt", "bidi\u202e.txt"]
)
def test_file_names_on_stderr_are_one_escaped_line(tmp_path: Path, name: str) -> None:
    run = invoke(["clean", str(tmp_path / name), "-f", "jsonl"])
    found = check(run, 1, records=1, errors=1)
    assert len(run.stderr.splitlines()) == 1
    assert found[0]["source"] == str(tmp_path / name)  # JSON: exact


def test_json_keeps_the_data_exact(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"{GOOD}\n\n" * 6 + NASTY, encoding="utf-8")
    run = invoke(["clean", str(src), "-f", "json"])
    record = json.loads(run.stdout)
    assert CLEAR in record["text"] and "\u202e" in record["text"]


@pytest.mark.parametrize(
    "html",
    [
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![](http://track.er/pixel.gif)",
        "<script>alert(1)</script>",
        "\\[escaped\\](javascript:x)",
    ],
)
def test_markdown_never_passes_html_links_or_images(tmp_path: Path, html: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"{GOOD}\n\nSee {html} here, in the middle of a sentence about the harbour.")
    run = invoke(["clean", str(src), "--no-clean" if False else "-f", "markdown"])
    check(run, 0, fmt="markdown")
    body = run.stdout
    assert "<img" not in body.replace("\\<img", "")
    assert "<script" not in body.replace("\\<script", "")
    assert "](" not in body.replace("\\](", "")


def test_markdown_table_cells_cannot_break_the_table() -> None:
    text = "Mayor Anna Pipe|Line said the city will build a bridge over the river next year."
    run = invoke(["analyze", "-", "--no-clean", "-f", "markdown"], text)
    check(run, 0, fmt="markdown")
    for row in (r for r in run.stdout.splitlines() if r.startswith("| ") and "Pipe" in r):
        assert row.count(" | ") + 2 == row.count("|") - row.count("\\|")


def test_a_stray_nul_past_the_binary_sniff_is_removed_and_reported(tmp_path: Path) -> None:
    # (session 14: a NUL never reaches a record; one in 9 KB is stray, wherever it stands)
    src = tmp_path / "a.txt"
    src.write_text((GOOD + "\n\n") * 60 + "A NUL \x00here, deep in the article text.")
    text = invoke(["clean", str(src), "-f", "text"])
    check(text, 0, fmt="text")
    assert "A NUL here, deep" in text.stdout
    record = json.loads(invoke(["clean", str(src), "-f", "json"]).stdout)
    assert "\x00" not in record["text"] and "A NUL here, deep" in record["text"]
    assert [r["kind"] for r in record["repairs"]] == ["stray NUL"]


def test_text_output_has_no_raw_controls_whatever_the_input(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(GOOD + "".join(chr(c) for c in range(1, 32) if c not in (10,)) + " end.")
    run = invoke(["clean", str(src), "-f", "text"])
    assert not RAW_CONTROL_RE.search(run.stdout)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "text"])
def test_direction_marks_are_kept_and_reordering_controls_escaped(tmp_path: Path, fmt: str) -> None:
    # (a title with RLMs around a Persian name, as Persian news writes it, LRMs around a
    # year; an override (RLO), an isolate (RLI) and an ESC beside them)
    marks = "Council \u200f\u00ab\u0627\u06cc\u0631\u0646\u0627\u00bb\u200f budget \u200e2027\u200e"
    src = tmp_path / "a.txt"
    more = "The quay will open in June next year, the board said in a statement."
    src.write_text(
        f"{marks} \u202eevil \u2067x\u2069 \x1b[2J\n\n{GOOD}\n\n{more}\n", encoding="utf-8"
    )
    run = invoke(["clean", str(src), "-f", fmt])
    check(run, 0, fmt=fmt)
    assert marks in run.stdout
    assert "\\u202e" in run.stdout and "\\u2067" in run.stdout and "\\x1b" in run.stdout
    assert not RAW_CONTROL_RE.search(run.stdout)
