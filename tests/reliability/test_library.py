"""Issue 13 §9 and issue 14: the library raises only typed errors, the same as the CLI's
records, for the same options."""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import GOOD, check, invoke

import newsdesk
from newsdesk import Options
from newsdesk.errors import NewsdeskError


def test_analyze_over_a_million_characters_is_a_typed_error() -> None:
    with pytest.raises(newsdesk.TextTooLongError):
        newsdesk.analyze("word " * 210_000, clean=False)


def test_surrogates_never_raise_unicode_errors() -> None:
    brief = newsdesk.analyze(GOOD + " \udcff\ud83d", clean=False)
    assert brief.article.repairs and "\ufffd" in brief.article.text


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("", newsdesk.EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00", newsdesk.BinaryInputError),
        (Path("/no/such/file.txt"), newsdesk.InputNotFoundError),
        (Path("/dev/zero"), newsdesk.InputTooLargeError),
    ],
)
def test_bad_sources_raise_typed_errors_like_the_cli_records(
    source: str | bytes | Path, error: type[NewsdeskError]
) -> None:
    with pytest.raises(error):
        newsdesk.clean(source)
    if isinstance(source, Path):
        found = check(invoke(["clean", str(source), "-f", "jsonl"]), 1, records=1, errors=1)
        assert found[0]["kind"] == error.__name__


@pytest.mark.parametrize(
    "settings",
    [
        {"batch_size": 0},
        {"max_chars": 0},
        {"workers": 0},
        {"timeout": -1.0},
        {"min_strength": "bogus"},
        {"input_format": "pdf"},
    ],
)
def test_invalid_options_are_typed_errors(settings: dict[str, object]) -> None:
    with pytest.raises(newsdesk.OptionError):
        Options(**settings)  # type: ignore[arg-type]


def test_glob_outside_the_directory_is_a_usage_error(tmp_path: Path) -> None:
    run = invoke(["clean", str(tmp_path), "--glob", "/etc/*", "-f", "jsonl"])
    check(run, 2, records=0)
    assert "--glob" in run.stderr


@pytest.mark.parametrize("flag", [["--workers", "0"], ["--batch-size", "0"], ["--timeout", "0"]])
def test_out_of_range_flags_are_usage_errors(flag: list[str]) -> None:
    run = invoke(["clean", "-", *flag], GOOD)
    assert run.code == 2 and "Traceback" not in run.stderr


def test_an_empty_directory_gets_its_record(tmp_path: Path) -> None:
    found = check(invoke(["clean", str(tmp_path), "-f", "jsonl"]), 1, records=1, errors=1)
    assert "no files matching" in str(found[0]["error"])


def test_a_page_without_visible_text_is_an_error_record_not_silence() -> None:
    run = invoke(
        ["clean", "-", "--input-format", "html", "-f", "jsonl"],
        "<html><body><script>x()</script></body></html>",
    )
    found = check(run, 1, records=1, errors=1)
    assert "error" in found[0] and "shows no text" in run.stderr and "<script>" in run.stderr


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><template><p>" + GOOD + "</p></template></body></html>",
        "<html><body><noscript><p>" + GOOD + "</p></noscript></body></html>",
        "<html><body>\u200b\u200b\u200b</body></html>",
    ],
)
def test_pages_that_may_come_out_empty_are_never_silent(html: str) -> None:
    run = invoke(["clean", "-", "--input-format", "html", "-f", "jsonl"], html)
    if run.code == 0:  # the text was shown
        assert check(run, 0, records=1)[0]["text"]
    else:  # or the page holds none a reader sees, and says so
        found = check(run, 1, records=1, errors=1)
        assert "error" in found[0] and "shows no text" in run.stderr
