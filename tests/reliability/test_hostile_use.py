"""Session 12, the CLI run as a hostile user would: what the probes found, each fixed.

- `… | head -1`: the reader closing stdout cost "newsdesk: error: cannot write to stdout:
  Broken pipe" and exit 1; now the run stops quietly with 141 (128 + SIGPIPE, as `cat`);
- a locale that is not UTF-8 (`LC_ALL=C` with Python's UTF-8 mode off): the first article
  with a non-ASCII character failed the whole run on stdout; now data goes out in UTF-8;
- a JSON Lines `-o` file inside the folder the run reads: the next run (and `--resume`) was
  refused, the file being one of the inputs; now an earlier run's records there are not an
  input (a real article named as `-o` is still refused)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.cli.status import ExitCode

NEWSDESK = str(Path(sys.executable).with_name("newsdesk"))
STORY = (
    "The council of Plzeň will reopen the old bridge in May, the mayor’s office said on "
    "Friday. Repairs to the deck, closed since the floods, cost less than planned."
)
runner = CliRunner()


def _corpus(root: Path, count: int) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for n in range(count):
        (corpus / f"{n:03d}.txt").write_text(f"{STORY} Item {n}.", encoding="utf-8")
    return corpus


@pytest.mark.slow
def test_a_reader_that_stops_reading_ends_the_run_quietly(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 120)  # more than a pipe's buffer holds
    # `| head -1`, by hand: read one line, then close the pipe
    pipe = subprocess.Popen(
        [NEWSDESK, "clean", str(corpus), "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert pipe.stdout is not None and pipe.stderr is not None
    first = pipe.stdout.readline()
    pipe.stdout.close()
    err = pipe.stderr.read().decode()
    code = pipe.wait(timeout=120)
    assert json.loads(first)["source"].endswith("000.txt")
    assert code == ExitCode.READER_GONE == 141
    assert err == ""


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_a_locale_that_is_not_utf8_loses_nothing(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "plzen.txt"
    source.write_text(STORY, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO"))}
    environ.update(LC_ALL="C", LANG="C", PYTHONUTF8="0")
    done = subprocess.run(
        [NEWSDESK, "clean", str(source), "-f", fmt],
        capture_output=True,
        env=environ,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    text = done.stdout.decode("utf-8")  # UTF-8, whatever the locale
    assert "Plzeň" in text and "mayor’s" in text
    if fmt == "json":
        assert "Plzeň" in json.loads(text)["text"]


def _invoke(args: list[str]) -> tuple[int, str]:
    result = runner.invoke(cli.app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr


def test_json_lines_output_inside_the_folder_read_can_be_run_again_and_resumed(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path, 3)
    out = corpus / "briefs.jsonl"
    args = ["clean", str(corpus), "-f", "jsonl", "-o", str(out)]
    assert _invoke(args) == (0, "")
    first = out.read_bytes()
    assert first.count(b"\n") == 3  # the output is not read as an input ...
    code, stderr = _invoke([*args, "--resume", "-v"])
    assert code == 0, stderr
    assert "resumed: 3 inputs already" in stderr  # ... nor by --resume, which now works
    assert out.read_bytes() == first
    assert _invoke(args)[0] == 0  # and run again, it is written again
    assert out.read_bytes().count(b"\n") == 3
    # an article of the folder named as -o is still refused, whatever the format
    code, stderr = _invoke(["clean", str(corpus), "-f", "jsonl", "-o", str(corpus / "001.txt")])
    assert code == 2 and "is one of the inputs" in stderr
    # as is another format's document written there (it would be read as an article)
    document = corpus / "briefs.json"
    assert _invoke(["clean", str(corpus), "-f", "json", "-o", str(document)])[0] == 0
    code, stderr = _invoke(["clean", str(corpus), "-f", "json", "-o", str(document)])
    assert code == 2 and "is one of the inputs" in stderr


def test_a_glob_that_is_not_a_pattern_is_a_usage_error(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 1)
    code, stderr = _invoke(["clean", str(corpus), "--glob", "[z-a]*.txt"])
    assert code == ExitCode.USAGE
    assert "not a valid pattern" in stderr and "--glob" in stderr
    assert "internal error" not in stderr


def test_an_output_under_a_file_says_so(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 1)
    article = corpus / "000.txt"
    code, stderr = _invoke(["clean", str(article), "-o", str(article / "out.json")])
    assert code == ExitCode.USAGE  # a bad -o is a usage error (session 14)
    assert f"{article} is not a directory" in stderr
    code, stderr = _invoke(["clean", str(article), "-o", str(tmp_path / "nowhere" / "o.json")])
    assert code == ExitCode.USAGE
    assert "no such directory" in stderr


def test_resume_onto_a_device_appends(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 1)
    code, stderr = _invoke(["clean", str(corpus), "-f", "jsonl", "-o", os.devnull, "--resume"])
    assert code == 0, stderr  # was "cannot write (Invalid argument)": /dev/null cannot be cut


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_resume_onto_a_named_pipe_does_not_hang(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 2)
    fifo = tmp_path / "briefs.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        done = subprocess.run(
            [NEWSDESK, "clean", str(corpus), "-f", "jsonl", "-o", str(fifo), "--resume"],
            capture_output=True,
            timeout=60,  # the old code read the pipe to resume from it, waiting for a writer
            check=False,
        )
        got, _ = reader.communicate(timeout=30)
    finally:
        reader.kill()
    assert done.returncode == 0, done.stderr.decode()
    assert [json.loads(line)["source"] for line in got.splitlines()] == [
        str(corpus / "000.txt"),
        str(corpus / "001.txt"),
    ]


def test_a_packed_json_lines_file_is_one_error_not_one_per_line(tmp_path: Path) -> None:
    import gzip

    lines = "".join(json.dumps({"id": n, "text": f"{STORY} {n}"}) + "\n" for n in range(40))
    packed = tmp_path / "feed.jsonl.gz"
    packed.write_bytes(gzip.compress(lines.encode("utf-8")))
    result = runner.invoke(
        cli.app, ["clean", str(packed), "--input-format", "jsonl", "-f", "jsonl"]
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == ExitCode.FAILED
    assert len(records) == 1  # the old code: "not a JSON object" per piece of gzip bytes
    assert records[0]["kind"] == "BinaryInputError"
    assert "a gzip archive, not JSON Lines" in records[0]["error"]
    assert f"zcat {packed}" in result.stderr


def test_the_url_list_is_never_overwritten_by_the_output(tmp_path: Path) -> None:
    listed = tmp_path / "urls.txt"
    listed.write_text("http://127.0.0.1:9/story\n", encoding="utf-8")
    code, stderr = _invoke(["clean", "--urls", str(listed), "-f", "jsonl", "-o", str(listed)])
    assert code == ExitCode.USAGE and "is one of the inputs" in stderr
    assert listed.read_text(encoding="utf-8") == "http://127.0.0.1:9/story\n"  # was the output
