"""Issue 13 §4: --resume cuts the output at its first line that is not a whole record,
reports it, and keys inputs so that no record is lost or doubled."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from harness import GOOD, check, invoke, jsonl

TEXTS = [f"{GOOD} Number {n} of the series." for n in range(5)]


@pytest.fixture
def src(tmp_path: Path) -> Path:
    return jsonl(tmp_path / "in.jsonl", [{"id": f"n{n}", "text": t} for n, t in enumerate(TEXTS)])


def _args(src: Path, out: Path) -> list[str]:
    return ["clean", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)]


def _full(src: Path, out: Path) -> list[bytes]:
    check(invoke(_args(src, out)), 0, records=0)
    return out.read_bytes().splitlines(keepends=True)


def _resume(src: Path, out: Path) -> list[dict[str, object]]:
    run = invoke([*_args(src, out), "--resume"])
    check(run, 0, records=0)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"\xff\xfe not utf-8 \xc3\n", id="undecodable"),
        pytest.param(b"garbage, not JSON\n", id="garbage"),
        pytest.param(b"\x00\x00\x00\x00\n", id="nul-bytes"),
        pytest.param(b'["a list", "not a record"]\n', id="not-a-record"),
        pytest.param(b'{"source": "half', id="half-line"),
        pytest.param(b"\n", id="blank-line"),
    ],
)
def test_resume_cuts_at_the_first_bad_line(src: Path, tmp_path: Path, damage: bytes) -> None:
    out = tmp_path / "out.jsonl"
    whole = _full(src, out)
    out.write_bytes(
        b"".join(whole[:2]) + damage + (b"".join(whole[3:]) if damage.endswith(b"\n") else b"")
    )
    run = invoke([*_args(src, out), "--resume"])
    check(run, 0, records=0)
    assert "line 3 is not a whole record" in run.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [f"n{n}" for n in range(5)]


def test_resume_of_a_finished_run_does_nothing(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = _full(src, out)
    _resume(src, out)
    assert out.read_bytes().splitlines(keepends=True) == whole


def test_resume_with_no_output_yet_runs_everything(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.jsonl"
    assert [r["id"] for r in _resume(src, out)] == [f"n{n}" for n in range(5)]


def test_duplicate_ids_both_kept(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": 7, "text": TEXTS[0]}) + "\n" + json.dumps({"id": "7", "text": TEXTS[1]}) + "\n"
        + json.dumps({"id": "7", "text": TEXTS[2]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    whole = _full(src, out)
    assert len(whole) == 3
    out.write_bytes(whole[0])
    records = _resume(src, out)
    assert [r["text"] for r in records] == TEXTS[:3]


def test_the_same_file_twice_gets_two_records_and_resumes(tmp_path: Path) -> None:
    one = tmp_path / "a.txt"
    one.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["clean", str(one), str(one), "-f", "jsonl", "-o", str(out)]
    check(invoke(args), 0, records=0)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    first = out.read_text(encoding="utf-8").splitlines()[0]
    out.write_text(first + "\n", encoding="utf-8")
    check(invoke([*args, "--resume"]), 0, records=0)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_a_directory_spelled_otherwise_is_not_done_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, text in enumerate(TEXTS):
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    check(invoke(["clean", "corpus", "-f", "jsonl", "-o", str(out)]), 0, records=0)
    before = out.read_bytes()
    check(
        invoke(
            ["clean", str(corpus.resolve()) + os.sep, "-f", "jsonl", "-o", str(out), "--resume"]
        ),
        0,
        records=0,
    )
    assert out.read_bytes() == before


def test_resume_keeps_error_records_and_counts_them_as_failed(tmp_path: Path) -> None:
    # review 11, finding 3: a kept failure is not a success (exit 1) and is named
    src = tmp_path / "in.jsonl"
    src.write_text("{broken\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    check(invoke(_args(src, out)), 1, records=0, errors=1)
    before = out.read_bytes()
    run = invoke([*_args(src, out), "--resume"])
    check(run, 1, records=0, errors=0)
    assert "1 input failed in an earlier run, not tried again" in run.stderr
    assert out.read_bytes() == before


def _analysis_line(source: str, model: str) -> str:
    return json.dumps({"source": source, "text": GOOD, "model": model, "people": []}) + "\n"


@pytest.mark.parametrize("command", ["analyze", "analyze --model other_pipeline", "clean"])
def test_resume_refuses_a_file_another_command_wrote(
    src: Path, tmp_path: Path, command: str
) -> None:
    # review 11, finding 3: `analyze --resume` over `clean` records took every input for done
    out = tmp_path / "out.jsonl"
    if command == "analyze":
        _full(src, out)  # clean records
    else:  # analysis records (of the default pipeline), written as analyze writes them
        from newsdesk.analysis.nlp import model_name

        out.write_text(_analysis_line(f"{src}:1", model_name()), encoding="utf-8")
    before = out.read_bytes()
    name, *flags = command.split()
    args = [name, *flags, str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)]
    run = invoke([*args, "--resume"])
    check(run, 2, records=0, errors=1)
    assert run.stderr.startswith("newsdesk: error: --resume: -o ")
    assert "line 1 is a record of `newsdesk" in run.stderr
    assert out.read_bytes() == before


def test_resume_takes_error_records_of_either_command(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    failure = {"source": f"{src}:1", "error": "x", "kind": "InputError"}
    out.write_text(json.dumps(failure) + "\n", encoding="utf-8")
    run = invoke([*_args(src, out), "--resume"])
    check(run, 1, records=0)  # the kept failure counts
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(TEXTS)


def test_resume_from_another_directory_says_nothing_matched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a file written before session 12 (no `resume_key`): its relative sources are resolved
    # from where the resumed run starts: from elsewhere none match, and newsdesk says so
    # instead of silently doing everything again
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, text in enumerate(TEXTS[:2]):
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    check(invoke(["clean", "corpus", "-f", "jsonl", "-o", str(out)]), 0, records=0)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for record in lines:
        del record["resume_key"]
    out.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "corpus").mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    run = invoke(["clean", str(corpus), "-f", "jsonl", "-o", str(out), "--resume"])
    check(run, 0, records=0)
    assert "none of its 2 records is one of these inputs" in run.stderr
    quiet = invoke(["clean", str(corpus), "-f", "jsonl", "-o", str(out), "--resume"])
    assert "none of its" not in quiet.stderr  # now they match: nothing said, nothing done


def test_resume_needs_json_lines(src: Path, tmp_path: Path) -> None:
    run = invoke(
        [
            "clean",
            str(src),
            "--input-format",
            "jsonl",
            "-f",
            "json",
            "-o",
            str(tmp_path / "o"),
            "--resume",
        ]
    )
    check(run, 2, records=0)
    assert "--resume needs --format jsonl" in run.stderr
