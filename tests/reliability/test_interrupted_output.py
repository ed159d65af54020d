"""Review 11, finding 2: an interrupted run never leaves a truncated or unparsable file
where a whole document was promised. A document written with -o (JSON, HTML, a table, a
report) goes to a file beside it that takes its place only when the run ends, so an
interrupt leaves the old file as it was; JSON Lines keeps whole records; on stdout the
document is ended on what was written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from harness import GOOD, invoke

import newsdesk.cleaner

OLD = "the previous run's whole document\n"


@pytest.fixture
def stop_at_third(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the input saying STOP is cleaned (this process: -w 1)."""
    real = newsdesk.cleaner.clean_page

    def interrupted(page, clean=True):  # type: ignore[no-untyped-def]
        if "STOP" in page.text:
            raise KeyboardInterrupt
        return real(page, clean=clean)

    monkeypatch.setattr(newsdesk.cleaner, "clean_page", interrupted)


def _corpus(tmp_path: Path) -> list[str]:
    names = []
    for n, text in enumerate([GOOD, GOOD, "STOP " + GOOD, GOOD]):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"{text} Number {n}.", encoding="utf-8")
        names.append(str(path))
    return names


def _left(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part"))


@pytest.mark.usefixtures("stop_at_third")
@pytest.mark.parametrize("fmt", ["json", "html", "csv", "tsv", "markdown", "text"])
def test_an_interrupted_document_leaves_the_old_file_as_it_was(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"brief.{fmt}"
    out.write_text(OLD, encoding="utf-8")
    os.chmod(out, 0o640)
    run = invoke(
        ["clean", *_corpus(tmp_path), "-w", "1", "--batch-size", "1", "-f", fmt, "-o", str(out)]
    )
    assert run.code == 130, run.stderr
    assert run.stderr.strip().splitlines()[-1] == "newsdesk: error: interrupted"
    assert out.read_text(encoding="utf-8") == OLD
    assert _left(tmp_path) == []


def test_a_finished_document_replaces_the_file_keeping_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    out.write_text(OLD, encoding="utf-8")
    os.chmod(out, 0o640)
    names = [n for n in _corpus(tmp_path) if "2.txt" not in n]
    run = invoke(["clean", *names, "-w", "1", "--batch-size", "1", "-f", "json", "-o", str(out)])
    assert run.code == 0, run.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 3
    assert out.stat().st_mode & 0o777 == 0o640
    assert _left(tmp_path) == []


def test_a_document_through_a_link_replaces_the_file_not_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text(OLD, encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    names = [n for n in _corpus(tmp_path) if "2.txt" not in n]
    assert invoke(["clean", *names, "-f", "json", "-o", str(link)]).code == 0
    assert link.is_symlink()
    assert len(json.loads(real.read_text(encoding="utf-8"))) == 3


@pytest.mark.usefixtures("stop_at_third")
def test_an_interrupted_json_lines_file_keeps_the_whole_records_done(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run = invoke(
        ["clean", *_corpus(tmp_path), "-w", "1", "--batch-size", "1", "-f", "jsonl", "-o", str(out)]
    )
    assert run.code == 130
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(str(r["source"])).name for r in records] == ["0.txt", "1.txt"]


@pytest.mark.usefixtures("stop_at_third")
@pytest.mark.parametrize("fmt", ["json", "html"])
def test_an_interrupted_document_on_stdout_is_ended_on_what_was_written(
    tmp_path: Path, fmt: str
) -> None:
    run = invoke(["clean", *_corpus(tmp_path), "-w", "1", "--batch-size", "1", "-f", fmt])
    assert run.code == 130
    if fmt == "json":
        assert len(json.loads(run.stdout)) == 2
    else:
        assert run.stdout.rstrip().endswith("</html>")
        assert run.stdout.count("Number 0.") >= 1 and "Number 3." not in run.stdout
