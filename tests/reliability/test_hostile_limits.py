"""Session 13, the CLI run as a hostile user would: what the probes found, each fixed.

- `--timeout inf` (or 1e308) failed every input ("failed unexpectedly (OverflowError:
  timestamp out of range for platform time_t)"), as did `--fifo-wait inf` on a named pipe:
  now a usage error up front (exit 2; the library: `OptionError`);
- `-o -` wrote a file named "-"; now it is stdout;
- under `PYTHONUNBUFFERED=1` a reader gone mid-document (`| head -c 10`) ended 0, not 141;
- a URL httpx cannot parse failed "unexpectedly"; a JSON Lines file with a BOM lost its first
  record; a file name not in UTF-8 under the C locale failed the whole run.
Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import OptionError, cli
from newsdesk.run import Options

STORY = (
    "The ferry company will add a second boat to the island route in June, its director "
    "said on Tuesday. Tickets for the summer go on sale next week. "
)
runner = CliRunner()


@pytest.mark.parametrize("flag", ["--timeout", "--fifo-wait"])
@pytest.mark.parametrize("value", ["inf", "1e308", "604801"])
def test_a_limit_too_long_to_time_is_a_usage_error(tmp_path: Path, flag: str, value: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(STORY, encoding="utf-8")
    result = runner.invoke(cli.app, ["clean", str(article), "-f", "jsonl", flag, value])
    assert result.exit_code == 2, result.stdout
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("newsdesk: error: the `") and f"({flag})" in line
    assert "OverflowError" not in line


def test_a_week_is_still_a_limit(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(STORY, encoding="utf-8")
    result = runner.invoke(
        cli.app, ["clean", str(article), "-f", "jsonl", "--timeout", "604800", "--fifo-wait", "0"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == STORY.strip()


@pytest.mark.parametrize("field", ["timeout", "fifo_wait"])
def test_the_library_refuses_them_as_options(field: str) -> None:
    with pytest.raises(OptionError, match=f"`{field}`"):
        Options(**{field: float("inf")})  # type: ignore[arg-type]


def test_output_dash_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # before: `-o -` wrote a file named "-" in the current directory, and nothing on stdout
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(STORY, encoding="utf-8")
    result = runner.invoke(cli.app, ["clean", str(article), "-f", "jsonl", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == STORY.strip()
    assert not (tmp_path / "-").exists()
    # stdout is never resumed: as without -o
    resumed = runner.invoke(cli.app, ["clean", str(article), "-f", "jsonl", "-o", "-", "--resume"])
    assert resumed.exit_code == 2 and "--resume needs --output FILE" in resumed.stderr
    # a file named "-" is still reachable, by a path that says so
    named = runner.invoke(
        cli.app, ["clean", str(article), "-f", "jsonl", "-o", str(tmp_path / "-")]
    )
    assert named.exit_code == 0 and named.stdout == ""
    assert json.loads((tmp_path / "-").read_text(encoding="utf-8"))["source"] == str(article)


@pytest.mark.slow
@pytest.mark.parametrize("unbuffered", ["1", None])
def test_a_reader_gone_mid_document_is_141_in_unbuffered_mode(
    tmp_path: Path, unbuffered: str | None
) -> None:
    # PYTHONUNBUFFERED=1 (containers set it) left sys.stdout on the raw file: the HTML
    # report's one big write went out in part when `head -c 10` left, the rest was lost
    # without an error, and the run ended 0
    import os
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(300):
        (corpus / f"{n:03d}.txt").write_text(f"{STORY} Item {n}.", encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        environ["PYTHONUNBUFFERED"] = unbuffered
    newsdesk = str(Path(sys.executable).with_name("newsdesk"))
    proc = subprocess.Popen(
        [newsdesk, "clean", str(corpus), "-f", "html", "-w", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environ,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10) == b"<!DOCTYPE "
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141, err
    assert err == b""
    # and read to its end, the whole page comes
    whole = subprocess.run(
        [newsdesk, "clean", str(corpus), "-f", "html", "-w", "1"],
        capture_output=True,
        env=environ,
        timeout=120,
        check=True,
    )
    assert whole.stdout.rstrip().endswith(b"</html>") and len(whole.stdout) > 65536


@pytest.mark.parametrize("url", ["http://[::1", "http://[zz]/"])
def test_a_url_httpx_cannot_parse_is_a_fetch_error(url: str) -> None:
    # before: "failed unexpectedly (InvalidURL: Invalid port: ':1')", kind InvalidURL
    from newsdesk.read.fetch import FetchError, fetch

    with pytest.raises(FetchError, match="not a valid URL"):
        fetch(url)
    result = runner.invoke(cli.app, ["clean", url, "-f", "jsonl"])
    assert result.exit_code == 1
    record = json.loads(result.stdout)
    assert record["kind"] == "FetchError" and "not a valid URL" in record["error"]


def test_a_json_lines_file_with_a_byte_order_mark_keeps_its_first_record(tmp_path: Path) -> None:
    # Notepad and PowerShell's `Out-File -Encoding utf8` start the file with a BOM: the first
    # record was "not a JSON object (Unexpected UTF-8 BOM (decode using utf-8-sig))"
    lines = [json.dumps({"id": n, "text": f"{STORY}Note {n}."}) for n in range(2)]
    data = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(data)
    for args, stdin in (([str(feed)], None), (["-"], data)):
        result = runner.invoke(
            cli.app, ["clean", *args, "--input-format", "jsonl", "-f", "jsonl"], input=stdin
        )
        assert result.exit_code == 0, result.stderr
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["id"] for r in records] == ["0", "1"]


@pytest.mark.parametrize(
    ("record", "said"),
    [
        ({"id": "a", "text": 5}, "'text' is a number, not a string of text"),
        ({"id": "a", "html": ["<p>x</p>"]}, "'html' is an array, not a string of text"),
        ({"id": "a", "body": "words"}, "no 'text' or 'html' field"),
        ({"id": "a", "html": " "}, "an empty 'html' field and no 'text' field"),
    ],
)
def test_a_record_without_usable_text_says_what_it_has(
    tmp_path: Path, record: dict[str, object], said: str
) -> None:
    # before: "no 'text' or 'html' field" for a text field that was a number
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["clean", str(feed), "--input-format", "jsonl", "-f", "jsonl"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"] == f"{feed}:1: {said}"


@pytest.mark.slow
def test_a_file_name_not_in_utf8_under_the_c_locale(tmp_path: Path) -> None:
    # before: "internal error (UnicodeEncodeError: 'ascii' codec can't encode …)" and no
    # record at all: the resume key was made from the shown name (U+FFFD for the bad bytes)
    import os
    import subprocess
    import sys

    folder = tmp_path / "folder"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/\xff caf\xe9.txt", "wb") as fh:
        fh.write(STORY.encode("utf-8"))
    environ = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0"}
    newsdesk = str(Path(sys.executable).with_name("newsdesk"))
    out = tmp_path / "out.jsonl"
    for extra in ([], ["--resume"]):
        done = subprocess.run(
            [newsdesk, "clean", str(folder), "-f", "jsonl", "-o", str(out), *extra],
            capture_output=True,
            env=environ,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == b""
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["text"] == STORY.strip() and "\ufffd caf\ufffd.txt" in record["source"]
