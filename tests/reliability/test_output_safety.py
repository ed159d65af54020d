"""Issue 13 §1 and §9: -o never destroys an input; an output that cannot be written is one
line on stderr, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from harness import GOOD, check, invoke, jsonl, process


@pytest.fixture
def src(tmp_path: Path) -> Path:
    return jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}, {"id": "b", "text": GOOD}])


def test_output_equal_to_the_input_is_refused(src: Path) -> None:
    before = src.read_bytes()
    run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(src)])
    check(run, 2, records=0, errors=1)  # the usage error, in the one error style
    assert "is one of the inputs" in run.stderr
    assert src.read_bytes() == before


def test_output_equal_to_the_input_spelled_otherwise_is_refused(src: Path) -> None:
    before = src.read_bytes()
    other = src.parent / "." / ".." / src.parent.name / src.name
    run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(other)])
    check(run, 2, records=0)
    assert src.read_bytes() == before


def test_output_that_is_a_link_to_the_input_is_refused(src: Path) -> None:
    link = src.parent / "link.jsonl"
    link.symlink_to(src)
    hard = src.parent / "hard.jsonl"
    os.link(src, hard)
    before = src.read_bytes()
    for out in (link, hard):
        run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)])
        check(run, 2, records=0)
    assert src.read_bytes() == before


def test_output_inside_an_input_directory_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    run = invoke(["clean", str(corpus), "-f", "jsonl", "-o", str(corpus / "a.txt")])
    check(run, 2, records=0)
    assert (corpus / "a.txt").read_text(encoding="utf-8") == GOOD


def test_resume_onto_the_input_is_refused_not_a_silent_no_op(src: Path) -> None:
    before = src.read_bytes()
    run = invoke(
        ["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(src), "--resume"]
    )
    check(run, 2, records=0)
    assert src.read_bytes() == before


def test_output_equal_to_the_file_stdin_reads_is_refused(src: Path) -> None:
    before = src.read_bytes()
    run = process(f"{_exe()} clean - --input-format jsonl -f jsonl -o {src} < {src}", shell=True)
    check(run, 2, records=0)
    assert src.read_bytes() == before


def test_output_to_a_read_only_file(tmp_path: Path, src: Path) -> None:
    out = tmp_path / "ro.jsonl"
    out.write_text("")
    out.chmod(0o444)
    if os.access(out, os.W_OK):  # root writes anything: a file the kernel refuses instead
        out = Path("/proc/version")
    run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)])
    check(run, 1, records=0, errors=1)


def test_output_to_a_missing_directory(tmp_path: Path, src: Path) -> None:
    out = tmp_path / "no" / "such" / "out.jsonl"
    run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)])
    check(run, 2, records=0, errors=1)  # a usage error (session 14), as an -o naming an input
    assert "no such directory" in run.stderr


def test_output_to_a_directory(tmp_path: Path, src: Path) -> None:
    run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(tmp_path)])
    check(run, 2, records=0, errors=1)
    assert "is a directory" in run.stderr


def test_output_to_dev_full_with_o(src: Path) -> None:
    run = process(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", "/dev/full"])
    check(run, 1, records=0, errors=1)
    assert "No space left" in run.stderr


def test_stdout_redirected_to_dev_full(src: Path) -> None:
    run = process(f"{_exe()} clean {src} --input-format jsonl -f jsonl > /dev/full", shell=True)
    check(run, 1, records=0)
    assert "No space left" in run.stderr


def test_stdout_closed_by_the_reader(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n in range(30):
        (corpus / f"{n}.txt").write_text(GOOD, encoding="utf-8")
    run = process(f"{_exe()} clean {corpus} -f jsonl -w 1 | head -c 10 > /dev/null", shell=True)
    assert "Traceback" not in run.stderr


def test_closed_stdin_is_one_error_line() -> None:
    run = process(f"{_exe()} clean -f jsonl <&-", shell=True)
    found = check(run, 1, records=1, errors=1)
    assert found[0]["kind"] == "InputError" and "stdin" in str(found[0]["error"])


def test_output_file_named_with_control_characters(tmp_path: Path, src: Path) -> None:
    out = tmp_path / "missing\x1b[31m\ndir" / "out.jsonl"
    run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)])
    check(run, 2, records=0, errors=1)  # a missing directory: a usage error (session 14)
    assert "\\x1b" in run.stderr and "\\x0a" in run.stderr


def test_an_existing_output_survives_a_refused_run(tmp_path: Path, src: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    run = invoke(
        ["analyze", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out),
         "--model", "no_such_pipeline_xyz"]
    )  # fmt: skip
    check(run, 1, records=0, errors=1)
    assert out.read_text(encoding="utf-8") == "precious\n"


def _exe() -> str:
    from harness import NEWSDESK

    return NEWSDESK


def test_a_name_too_long_for_the_system(tmp_path: Path, src: Path) -> None:
    long = str(tmp_path / ("x" * 5000))
    found = check(invoke(["clean", long, str(src), "-f", "jsonl"]), 1, records=2, errors=1)
    assert found[0]["kind"] == "InputError" and "too long" in str(found[0]["error"])
    run = invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", long])
    check(run, 2, records=0, errors=1)  # an -o the system refuses up front: a usage error
    assert "too long" in run.stderr
