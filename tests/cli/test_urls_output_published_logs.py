"""Session 14, a users' review of the CLI and the library: each finding, fixed and held.

1. Dask's INFO lines ("Start Nanny at …") reached the CLI's handler, under -q too;
2. an <h1> holding an inline SVG gave the page's title with the SVG's <title> and <desc>;
   MathML annotations (a formula's TeX source) were read as body text;
3. a script-only page's error line did not name the input;
4. `ftp://…` and `http://` were reported as missing files;
5. an -o naming a directory, or a file in a missing directory, exited 1: now a usage error;
6. `Brief.at_least("commitment")` raised AttributeError; `PathAsTextError.source` was None;
7. `--published DATE` gives the inputs' date (relative times resolve against it).
"""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk import cli
from newsdesk.cli.status import ExitCode, exit_codes_help
from newsdesk.cliui import Say, setup_logging
from newsdesk.errors import EmptyInputError, OptionError
from newsdesk.labels import Strength
from newsdesk.read.fetch import url_problem
from newsdesk.read.html import read_page
from newsdesk.run.executors import DASK_LOGGERS, quiet_dask
from newsdesk.run.items import Item
from newsdesk.run.work import failed

NEWSDESK = str(Path(sys.executable).with_name("newsdesk"))
runner = CliRunner()

# Written for these tests: a plan with a relative day ("this Thursday").
PLAN = "The ferry company will open a second route this Thursday, its owner said.\n"
PARAGRAPHS = (
    "<p>The ferry company met on Monday evening and agreed to open a second route before the "
    "summer season begins, its owner told reporters at the quay.</p>"
    "<p>Crews will be trained over the winter, and the new boats are due in the spring, "
    "according to the plan the board approved without a vote against it.</p>"
)


def _invoke(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(cli.app, args, input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- 1. Dask's logs


@pytest.fixture
def root_logging() -> Iterator[None]:
    """The root logger's handlers and level, given back after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("root_logging")
@pytest.mark.parametrize(
    ("quiet", "verbose", "shown"),
    [
        (False, False, ["dask warns"]),
        (False, True, ["dask warns", "newsdesk says"]),
        (True, False, []),
    ],
)
def test_dask_lines_below_warning_never_reach_stderr(
    quiet: bool, verbose: bool, shown: list[str]
) -> None:
    stderr = io.StringIO()
    setup_logging(Say(stderr, quiet=quiet), quiet=quiet, verbose=verbose)
    dask_log = logging.getLogger("distributed.scheduler")
    logging.getLogger("distributed").setLevel(logging.INFO)  # as Dask sets it when imported
    try:
        dask_log.info("Scheduler at: tcp://127.0.0.1:1")
        dask_log.warning("dask warns")
        logging.getLogger("newsdesk").info("newsdesk says")
    finally:
        logging.getLogger("distributed").setLevel(logging.NOTSET)
    assert [line.removeprefix("newsdesk: ") for line in stderr.getvalue().splitlines()] == shown


def test_a_run_on_dask_holds_its_loggers_at_warning_and_gives_them_back() -> None:
    root = logging.getLogger()
    root_level, root_handlers = root.level, list(root.handlers)
    dask_log = logging.getLogger("distributed")
    dask_log.setLevel(logging.INFO)
    quieter = logging.getLogger("tornado")
    quieter.setLevel(logging.CRITICAL)  # a level above WARNING is left as it is
    try:
        with quiet_dask():
            assert dask_log.level == logging.WARNING
            assert not logging.getLogger("distributed.nanny").isEnabledFor(logging.INFO)
            assert quieter.level == logging.CRITICAL
            assert (root.level, root.handlers) == (root_level, root_handlers)
        assert dask_log.level == logging.INFO and quieter.level == logging.CRITICAL
    finally:
        for name in DASK_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)


@pytest.mark.slow
def test_quiet_on_a_local_dask_cluster_prints_nothing_on_stderr(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    args = ["analyze", "--dask-scheduler", "local:1", "--no-clean", "-f", "jsonl", str(plan)]
    done = subprocess.run(
        [NEWSDESK, *args, "-q"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout)["source"].endswith("plan.txt")


# ---------------------------------------------------------------- 2. text a browser never shows

SVG_LOGO = (
    '<svg width="24" height="24"><title>Artboard</title><desc>Created with a drawing app.</desc>'
    '<path d="M0 0h24v24H0z"/></svg>'
)


def test_an_h1_with_an_inline_svg_gives_its_visible_text_as_the_title() -> None:
    page = (
        f'<html><body><h1><a href="/">{SVG_LOGO} Quayside Forum</a></h1>{PARAGRAPHS}</body></html>'
    )
    assert read_page(page).meta.title == "Quayside Forum"
    article = newsdesk.clean(page)
    assert article.title == "Quayside Forum"
    assert "Artboard" not in article.text and "drawing app" not in article.text


def test_an_svg_title_is_not_the_pages_title() -> None:
    page = f"<html><body><div>{SVG_LOGO}</div>{PARAGRAPHS}</body></html>"
    assert read_page(page).meta.title is None
    titled = (
        f"<html><head></head><body>{SVG_LOGO}<title>Ferry news</title>{PARAGRAPHS}</body></html>"
    )
    assert read_page(titled).meta.title == "Ferry news"


def test_an_author_link_with_an_icon_gives_the_name_alone() -> None:
    page = (
        f'<html><body><a rel="author" href="/a">{SVG_LOGO}Mara Ellwood</a>{PARAGRAPHS}'
        "</body></html>"
    )
    assert read_page(page).meta.authors == ("Mara Ellwood",)


def test_a_mathml_annotation_is_not_body_text_but_its_formula_is() -> None:
    formula = (
        "<math><semantics><mi>q</mi><annotation encoding='application/x-tex'>\\kappa_{tex}"
        "</annotation><annotation-xml encoding='MathML-Content'><ci>contentform</ci>"
        "</annotation-xml></semantics></math>"
    )
    page = (
        f"<html><body>{PARAGRAPHS}<p>The load on each mooring, {formula}, was checked twice by "
        "the harbour engineers before the board approved the second route.</p></body></html>"
    )
    text = "\n".join(block.text for block in read_page(page).blocks)
    assert "mooring, q, was checked" in text
    assert "kappa" not in text and "contentform" not in text


# ---------------------------------------------------------------- 3. errors name their input


def test_a_script_only_page_in_a_batch_names_itself(tmp_path: Path) -> None:
    scripted = tmp_path / "scripted.html"
    scripted.write_text("<html><body><script>var shown = 1;</script></body></html>")
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    code, stdout, stderr = _invoke(["clean", str(scripted), str(plan), "-f", "jsonl"])
    assert code == ExitCode.FAILED
    (line,) = [line for line in stderr.splitlines() if "shows no text" in line]
    assert line.startswith(f"newsdesk: error: {scripted}: the page shows no text")
    records = [json.loads(r) for r in stdout.splitlines()]
    assert records[0]["error"].startswith(f"{scripted}: ") and "error" not in records[1]


def test_the_library_error_of_a_script_only_page_carries_its_source() -> None:
    with pytest.raises(EmptyInputError) as caught:
        newsdesk.clean("<html><body><script>var shown = 1;</script></body></html>", name="p7")
    assert caught.value.source == "p7"
    assert str(caught.value).startswith("p7: the page shows no text")


def test_an_error_record_always_names_its_input() -> None:
    item = Item(0, "feed.jsonl:4")
    outcome = failed(item, EmptyInputError("nothing here"))
    assert outcome.failure is not None
    assert outcome.failure.message == "feed.jsonl:4: nothing here"
    already = failed(item, EmptyInputError("feed.jsonl:4: nothing here"))
    assert already.failure is not None and already.failure.message.count("feed.jsonl:4") == 1
    assert isinstance(outcome.exception, EmptyInputError)
    assert outcome.exception.source == "feed.jsonl:4"


# ---------------------------------------------------------------- 4. URLs that cannot be fetched


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("ftp://example.com/x", "the URL scheme 'ftp' is not supported"),
        ("file:///srv/page.html", "for a local file, give its path"),
        ("http://", "not a valid http URL"),
        ("https:///news", "not a valid https URL"),
        ("http://example.com:70000/a", "not a valid URL"),
        ("http://[::1/a", "not a valid URL"),
    ],
)
def test_a_url_that_cannot_be_fetched_says_why(tmp_path: Path, name: str, said: str) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    code, stdout, stderr = _invoke(["clean", name, str(plan), "-f", "jsonl"])
    assert code == ExitCode.FAILED  # as a missing file: its record, and the run goes on
    assert f"newsdesk: error: {name}: " in stderr and said in stderr
    assert "no such file" not in stderr
    refused, kept = (json.loads(r) for r in stdout.splitlines())
    assert refused["source"] == name and refused["kind"] == "FetchError"
    assert "error" not in kept


@pytest.mark.parametrize(
    "name", ["notes.txt", "dir/http.txt", "C://notes.txt", "https://example.com/a?b=1"]
)
def test_paths_and_good_urls_have_no_url_problem(name: str) -> None:
    assert url_problem(name) is None


# ---------------------------------------------------------------- 5. a bad -o: exit 2


@pytest.mark.parametrize("where", ["a directory", "a missing directory"])
def test_a_bad_output_is_a_usage_error_before_any_input_is_read(tmp_path: Path, where: str) -> None:
    out = tmp_path if where == "a directory" else tmp_path / "missing" / "out.json"
    missing_input = tmp_path / "never-read.txt"
    code, stdout, stderr = _invoke(["clean", str(missing_input), "-o", str(out)])
    assert code == ExitCode.USAGE == 2
    assert stdout == ""
    assert stderr.count("newsdesk: error:") == 1 and f"-o {out}" in stderr
    assert "never-read" not in stderr  # the input was not read (its error would say so)


def test_help_says_a_bad_output_is_a_usage_error() -> None:
    usage = exit_codes_help(loads_model=False).split("2 usage error", 1)[1].split("130 ", 1)[0]
    assert "an -o that names an input, a directory or a file in a missing directory" in usage
    code, stdout, _ = _invoke(["clean", "--help"])
    assert code == 0 and "a file in a missing directory" in " ".join(stdout.split())


# ---------------------------------------------------------------- 6. the library


@pytest.fixture(scope="module")
def planned() -> newsdesk.Brief:
    brief = newsdesk.analyze(PLAN, clean=False)
    assert brief.commitments, "the test's sentence should hold a commitment"
    return brief


def test_at_least_takes_a_strengths_value(planned: newsdesk.Brief) -> None:
    for strength in Strength:
        assert planned.at_least(strength.value) == planned.at_least(strength)
    assert planned.at_least("consideration") == planned.commitments


def test_at_least_refuses_an_unknown_strength_with_the_typed_error(
    planned: newsdesk.Brief,
) -> None:
    with pytest.raises(OptionError, match="Strength must be one of commitment"):
        planned.at_least("firm")


def test_a_path_given_as_text_carries_it_as_source(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PLAN, encoding="utf-8")
    with pytest.raises(newsdesk.PathAsTextError) as caught:
        newsdesk.clean(str(page))
    assert caught.value.source == str(page)


# ---------------------------------------------------------------- 7. --published


def _times(stdout: str) -> list[str | None]:
    records = [json.loads(line) for line in stdout.splitlines()]
    return [c["time"]["value"] for r in records for c in r["commitments"]]


def test_published_resolves_relative_times_of_a_plain_text_input(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    args = ["analyze", str(plan), "--no-clean", "-f", "jsonl"]
    code, undated, _ = _invoke(args)
    assert code == 0 and _times(undated) == [None]
    code, dated, stderr = _invoke([*args, "--published", "2024-02-26"])  # a Monday
    assert code == 0, stderr
    assert _times(dated) == ["2024-02-29"]
    assert json.loads(dated)["published"] == "2024-02-26"


def test_published_dates_the_records_of_a_batch_that_state_none(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "own", "text": PLAN, "published": "2024-03-04"}, {"id": "none", "text": PLAN}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, stdout, stderr = _invoke(
        ["clean", str(feed), "--input-format", "jsonl", "-f", "jsonl", "--published", "2024-02-26"]
    )
    assert code == 0, stderr
    dates = {r["id"]: r["published"] for r in map(json.loads, stdout.splitlines())}
    assert dates == {"own": "2024-03-04", "none": "2024-02-26"}


@pytest.mark.parametrize("value", ["2024-02-30", "next week", "26/02/2024", ""])
def test_a_published_value_that_is_no_date_is_a_usage_error(tmp_path: Path, value: str) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    code, stdout, stderr = _invoke(["clean", str(plan), "--published", value])
    assert code == ExitCode.USAGE
    assert stdout == "" and stderr.count("\n") == 1
    assert "ISO 8601 date" in stderr and "--published" in stderr


# ---------------------------------------------------------------- the code review of session 14


def test_an_existing_file_named_like_a_url_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("http:notes.txt").write_text(PLAN, encoding="utf-8")
    code, stdout, stderr = _invoke(["clean", "http:notes.txt", "-f", "jsonl"])
    assert code == 0, stderr
    record = json.loads(stdout)
    assert record["source"] == "http:notes.txt" and "second route" in record["text"]
    assert url_problem("http:notes.txt") is not None  # missing, it would be a bad URL


def test_a_url_with_a_blank_says_so_not_that_it_lacks_a_host() -> None:
    why = url_problem("https://example.com/my story.html")
    assert why is not None and "blank" in why and "%20" in why
    assert "host" not in why


def _feed(tmp_path: Path) -> Path:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": PLAN, "published": "last week"}) + "\n", encoding="utf-8")
    return feed


def test_a_records_bad_date_names_the_flag_only_when_it_is_given(tmp_path: Path) -> None:
    args = ["clean", str(_feed(tmp_path)), "--input-format", "jsonl", "-f", "jsonl"]
    code, _, stderr = _invoke(args)
    assert code == 0 and "'published' 'last week'" in stderr
    assert "--published" not in stderr and "the page's own date" in stderr
    code, stdout, stderr = _invoke([*args, "--published", "2024-02-26"])
    assert code == 0 and json.loads(stdout)["published"] == "2024-02-26"
    assert "the page's own date" not in stderr
    assert "the date of the `published` option, 2024-02-26 (--published)" in stderr


def test_an_output_to_resume_that_cannot_be_read_is_a_failure_not_a_usage_error(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    code, _, stderr = _invoke(
        ["clean", str(plan), "-f", "jsonl", "--resume", "-o", "/proc/self/mem"]
    )
    assert code == ExitCode.FAILED == 1
    assert stderr.count("newsdesk: error:") == 1 and "cannot read" in stderr


def test_the_cli_filters_the_loggers_the_engine_names(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdesk.cliui import ForeignFilter
    from newsdesk.run import executors

    monkeypatch.setattr(executors, "DASK_LOGGERS", ("acme_cluster",))
    filtered = ForeignFilter(quiet=False)
    chatter = logging.LogRecord("acme_cluster.nanny", logging.INFO, "", 0, "started", None, None)
    ours = logging.LogRecord("newsdesk", logging.INFO, "", 0, "read", None, None)
    assert not filtered.filter(chatter) and filtered.filter(ours)
