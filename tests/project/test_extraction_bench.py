"""bench/extraction.py ends with a one-line message, never a traceback, when what it is asked
to reuse or read is not there (`--reuse-trafilatura` after no run or a partial one)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benches import BENCH_DIR, load_bench


def _page(pid: str) -> object:
    cd = load_bench("extraction").cd
    return cd.LabelledPage("readability", pid, "example.org", "The quay reopened on Monday.")


def _exit_message(excinfo: pytest.ExceptionInfo[SystemExit]) -> str:
    message = str(excinfo.value.code)
    assert "\n" not in message, message
    return message


def test_reused_texts_of_a_full_run_are_read(tmp_path: Path) -> None:
    saved = tmp_path / "readability-html-trafilatura.json"
    saved.write_text(json.dumps({"a": {"articleBody": "Quay text"}, "b": {"articleBody": ""}}))
    texts = load_bench("extraction").reused_texts(saved, [_page("a"), _page("b")])
    assert texts == {"a": "Quay text", "b": ""}


def test_a_missing_file_of_an_earlier_run_is_one_line(tmp_path: Path) -> None:
    saved = tmp_path / "readability-html-trafilatura.json"
    with pytest.raises(SystemExit) as excinfo:
        load_bench("extraction").reused_texts(saved, [_page("a")])
    message = _exit_message(excinfo)
    assert str(saved) in message and "without --reuse-trafilatura" in message


def test_a_file_of_a_partial_run_is_refused_before_any_page_is_cleaned(tmp_path: Path) -> None:
    saved = tmp_path / "readability-html-trafilatura.json"
    saved.write_text(json.dumps({"a": {"articleBody": "Quay text"}}))
    with pytest.raises(SystemExit) as excinfo:
        load_bench("extraction").reused_texts(saved, [_page("a"), _page("b")])
    assert "lacks 1 of 2 pages (e.g. b)" in _exit_message(excinfo)


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"a": "no body"}', '{"a": {}}'])
def test_a_file_that_is_no_bench_output_is_one_line(tmp_path: Path, content: str) -> None:
    saved = tmp_path / "readability-html-trafilatura.json"
    saved.write_text(content)
    with pytest.raises(SystemExit) as excinfo:
        load_bench("extraction").reused_texts(saved, [_page("a")])
    assert "is not a bench output" in _exit_message(excinfo)


def test_the_script_ends_with_one_line_when_nothing_is_there_to_reuse(tmp_path: Path) -> None:
    # a bench of one labelled page whose id no earlier run can have written
    (tmp_path / "score.py").write_text("")
    (tmp_path / "snippets.py").write_text("")
    (tmp_path / "readability").mkdir()
    (tmp_path / "readability" / "ground-truth.json").write_text(
        json.dumps({"never-run-page-0": {"url": "https://example.org/a", "articleBody": "x"}})
    )
    args = ["--shipped", "--reuse-trafilatura", "--mode", "html", "--sets", "readability"]
    done = subprocess.run(
        [sys.executable, str(BENCH_DIR / "extraction.py"), "--bench-dir", str(tmp_path), *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
