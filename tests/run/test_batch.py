"""The engine (`newsdesk.run`): directories, JSON Lines, worker processes and their death,
resume, limits, Dask, worker policy, and the library going the same way as the CLI."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import app
from newsdesk.errors import OptionError, TextTooLongError, TimeLimitError
from newsdesk.labels import NOTHING, Extract, Strength
from newsdesk.run import Collect, Item, Options, run
from newsdesk.run import engine as engine_mod
from newsdesk.run.executors import on_client

runner = CliRunner()

ARTICLES = [
    "The city council will open a new library in the north district next spring, the mayor said.",
    "Farmers in the valley pledged to cut their water use by a fifth during the summer drought.",
    "The company plans to build a second factory near the port, its chief executive said on Monday.",
    "Ministers are considering a tax on sugary drinks to pay for school sports programmes.",
    "Rail workers agreed to return to work after the union accepted the latest pay offer.",
]


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _run(items: list[Item], options: Options) -> Collect:
    sink = Collect()
    run(items, options, sink)
    return sink


# How long a run of a few inputs may take before a case calls it a hang (seconds): runs of
# seconds never meet it however loaded the machine; how long a run takes is the benches'.
HANG = 300.0


def _within(seconds: float, work: Callable[[], Collect]) -> Collect:
    """`work()`, run in a thread watched for `seconds`: a hang fails the case then (the
    thread, a daemon, is left behind) instead of stalling the test run for ever."""
    done: list[Collect] = []
    failed: list[BaseException] = []

    def go() -> None:
        try:
            done.append(work())
        except BaseException as exc:  # raised again in the case's own thread
            failed.append(exc)

    thread = threading.Thread(target=go, name="watched-run", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"the run did not end within {seconds:g} s: a hang")
    if failed:
        raise failed[0]
    return done[0]


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for n, text in enumerate(ARTICLES[:3]):
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
    (corpus / "sub" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (corpus / "notes.md").write_text("not taken: the glob wants .txt", encoding="utf-8")
    return corpus


def test_directory_with_a_bad_file_in_worker_processes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    args = ["clean", str(corpus), "--glob", "*.txt", "-f", "jsonl", "--batch-size", "1"]
    result = runner.invoke(app, [*args, "--workers", "2"])
    assert result.exit_code == 1
    records = _records(result.stdout)
    assert [Path(str(r["source"])).name for r in records] == [
        "0.txt",
        "1.txt",
        "2.txt",
        "broken.txt",
    ]
    assert all("error" not in r for r in records[:3])
    assert records[3]["error"] == f"{corpus / 'sub' / 'broken.txt'}: a PNG image, not HTML or text"
    assert records[3]["kind"] == "BinaryInputError"
    assert "broken.txt" in result.stderr
    # the same records in this process
    alone = runner.invoke(app, [*args, "--workers", "1"])
    assert alone.stdout == result.stdout


@pytest.mark.slow
def test_analysis_in_worker_processes_matches_this_process(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    args = ["analyze", str(corpus), "--glob", "*.txt", "-f", "jsonl", "--no-clean"]
    pooled = runner.invoke(app, [*args, "--workers", "2", "--batch-size", "1"])
    local = runner.invoke(app, [*args, "--workers", "1"])
    assert pooled.exit_code == local.exit_code == 1
    assert pooled.stdout == local.stdout
    assert _records(pooled.stdout)[1]["commitments"][0]["strength"] == "commitment"  # type: ignore[index]


def test_a_worker_killed_mid_chunk_costs_only_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Worker processes start fresh (spawn): a sitecustomize on their path makes reading an
    # input that says KILL-ME kill the worker outright, as the OOM killer would.
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import os, signal\n"
        "import newsdesk.read as r\n"
        "_read = r.read\n"
        "def read(source, **kw):\n"
        "    if isinstance(source, str) and 'KILL-ME' in source:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return _read(source, **kw)\n"
        "r.read = read\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PYTHONPATH", str(hook))
    texts = [*ARTICLES[:3], "KILL-ME " + ARTICLES[3], ARTICLES[4], *ARTICLES[:3]]
    items = [Item(n, f"doc{n}", content=t) for n, t in enumerate(texts)]
    sink = _within(HANG, lambda: _run(items, Options(extract=NOTHING, workers=2, batch_size=1)))
    assert [o.item.source for o in sink.outcomes] == [f"doc{n}" for n in range(len(texts))]
    died = [o for o in sink.outcomes if o.failure is not None]
    assert [(o.item.source, o.failure.kind) for o in died if o.failure] == [
        ("doc3", "WorkerDiedError")
    ]
    assert all(o.brief is not None for o in sink.outcomes if o.item.source != "doc3")


def test_jsonl_round_trip_keeps_ids_and_order(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{n}", "text": t}) for n, t in enumerate(ARTICLES[:3])]
    lines.insert(1, "{not json")
    lines.append(
        json.dumps(
            {
                "id": "h1",
                "html": "<html><body><article><p>" + ARTICLES[3] + "</p></article></body></html>",
            }
        )
    )
    lines.append(json.dumps({"id": "x", "title": "no body"}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(src), "--input-format", "jsonl", "-f", "jsonl"])
    assert result.exit_code == 1
    records = _records(result.stdout)
    assert [r.get("id") for r in records] == ["a0", None, "a1", "a2", "h1", "x"]
    assert records[0]["text"] == ARTICLES[0]
    assert records[1]["source"] == f"{src}:2" and "not a JSON object" in str(records[1]["error"])
    assert records[4]["input_format"] == "html" and records[4]["text"] == ARTICLES[3]
    assert records[5]["error"] == f"{src}:6: no 'text' or 'html' field"
    # the output is itself valid JSON Lines input for another run
    again = runner.invoke(
        app, ["clean", "-", "--input-format", "jsonl", "-f", "jsonl"], input=result.stdout
    )
    assert [r["id"] for r in _records(again.stdout) if "text" in r and r.get("id")][:3] == [
        "a0",
        "a1",
        "a2",
    ]


def test_resume_after_an_interrupted_run_gives_every_record_once(tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "in.jsonl", [{"id": f"n{n}", "text": t} for n, t in enumerate(ARTICLES)]
    )
    out = tmp_path / "out.jsonl"
    full = runner.invoke(
        app, ["analyze", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)]
    )
    assert full.exit_code == 0 and full.stdout == ""
    whole = out.read_text(encoding="utf-8").splitlines()
    # a run killed while writing its third record: two whole lines and half of the third
    out.write_text(whole[0] + "\n" + whole[1] + "\n" + whole[2][:40], encoding="utf-8")
    resumed = runner.invoke(
        app,
        ["analyze", str(src), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out), "--resume"],
    )
    assert resumed.exit_code == 0
    assert "line 3 is not a whole record" in resumed.stderr
    assert out.read_text(encoding="utf-8").splitlines() == whole


def test_resume_needs_an_output_file(example: Path) -> None:
    result = runner.invoke(app, ["clean", str(example), "--resume", "-f", "jsonl"])
    assert result.exit_code == 2
    assert "--resume needs --output" in result.stderr


# The time limit of the two tests below (seconds): long enough that the quick inputs (one
# sentence each) never meet it however loaded the machine, short enough that a test takes
# seconds.
LIMIT = 5.0
# How long the slow input would block if nothing cut it (seconds): far past LIMIT, so a run
# that returns well before it was ended by the limit. The run's time is asserted against
# this, never against the machine's speed (session 15: a 1 s limit with a 2.5 s bound, and a
# 0.2 s limit with a 1.5 s bound, failed on a loaded machine, old code too).
BLOCKED = 600.0


def _blocks(text: str, cut: list[str]) -> None:
    """Block for BLOCKED seconds, noting `text` in `cut` if the time limit ends the wait."""
    try:
        time.sleep(BLOCKED)
    except TimeLimitError:
        cut.append(text)
        raise


def test_time_limit_while_cleaning_gives_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdesk.cleaner

    real = newsdesk.cleaner.clean_page
    cut: list[str] = []

    def slow(page, clean=True):  # type: ignore[no-untyped-def]
        if "slow" in page.text:
            _blocks(page.text, cut)
        return real(page, clean=clean)

    monkeypatch.setattr(newsdesk.cleaner, "clean_page", slow)
    items = [
        Item(0, "a", content="A slow article about the harbour."),
        Item(1, "b", content=ARTICLES[0]),
    ]
    started = time.perf_counter()
    outcomes = _run(items, Options(extract=NOTHING, timeout=LIMIT)).outcomes
    assert time.perf_counter() - started < BLOCKED / 4  # cut, not waited for
    assert cut == ["A slow article about the harbour."]  # cut while cleaning
    assert outcomes[0].failure is not None
    assert outcomes[0].failure.message == f"a: took longer than the {LIMIT:g} s limit"
    assert outcomes[0].failure.kind == "TimeLimitError"
    assert outcomes[1].brief is not None and outcomes[1].failure is None


def test_time_limit_during_analysis_uses_the_same_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdesk.analysis

    real = newsdesk.analysis.brief_from_doc
    cut: list[str] = []

    def slow(article, doc, model, **kw):  # type: ignore[no-untyped-def]
        if "valley" in article.text:
            _blocks(article.text, cut)
        return real(article, doc, model, **kw)

    monkeypatch.setattr(newsdesk.analysis, "brief_from_doc", slow)
    items = [Item(n, f"d{n}", content=t) for n, t in enumerate(ARTICLES[:3])]
    started = time.perf_counter()
    outcomes = _run(items, Options(clean=False, timeout=LIMIT)).outcomes
    assert time.perf_counter() - started < BLOCKED / 4  # cut, not waited for
    assert cut == [ARTICLES[1]]  # cut inside the analysis, the cleaning long done
    assert [o.failure.kind if o.failure else None for o in outcomes] == [
        None,
        "TimeLimitError",
        None,
    ]
    # the same error record as a limit met while cleaning
    assert outcomes[1].failure is not None
    assert outcomes[1].failure.message == f"d1: took longer than the {LIMIT:g} s limit"
    assert outcomes[0].brief is not None and outcomes[0].brief.commitments
    assert outcomes[2].brief is not None and outcomes[2].brief.commitments


def test_a_limit_that_cannot_be_enforced_is_refused() -> None:
    with pytest.raises(OptionError, match="Dask"):
        Options(timeout=1.0, scheduler="local:1")
    import threading

    errors: list[BaseException] = []

    def in_thread() -> None:
        try:
            newsdesk.clean(ARTICLES[0], timeout=1.0)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], OptionError)
    assert "main thread" in str(errors[0])
    cli = runner.invoke(
        app, ["analyze", "-", "--timeout", "1", "--dask-scheduler", "local:1"], input=ARTICLES[0]
    )
    assert cli.exit_code == 2 and "Dask" in cli.stderr


def test_size_limit_is_the_same_for_the_library_and_the_cli() -> None:
    items = [Item(0, "long", content=" ".join(ARTICLES)), Item(1, "short", content=ARTICLES[0])]
    outcomes = _run(items, Options(clean=False, max_chars=200)).outcomes
    assert outcomes[0].failure is not None and outcomes[0].failure.kind == "TextTooLongError"
    assert outcomes[0].failure.message.startswith("long: ")
    assert "200-character limit" in outcomes[0].failure.message
    assert outcomes[1].brief is not None
    with pytest.raises(TextTooLongError, match="200-character limit"):
        newsdesk.analyze(" ".join(ARTICLES), clean=False, max_chars=200)
    cli = runner.invoke(
        app, ["analyze", "-", "--no-clean", "--max-chars", "200"], input=" ".join(ARTICLES)
    )
    assert cli.exit_code == 1 and "200-character limit" in cli.stderr


def test_library_and_cli_give_the_same_record(example: Path) -> None:
    brief = newsdesk.analyze(example, min_strength="intention")
    cli = runner.invoke(app, ["analyze", str(example), "-f", "json", "--min-strength", "intention"])
    assert json.loads(cli.stdout) == json.loads(json.dumps(brief.to_dict()))
    assert {c.strength for c in brief.commitments} <= {"commitment", "intention"}
    # the clean record is the Article's, plus the warnings key every record carries
    assert {**newsdesk.clean(example).to_dict(), "warnings": []} == json.loads(
        runner.invoke(app, ["clean", str(example), "-f", "json"]).stdout
    )


def test_min_strength_keeps_the_firmer_commitments_only() -> None:
    text = (
        "The mayor pledged to rebuild the bridge by June. The council plans to widen the road. "
        "Officials are considering a new tram line."
    )
    every = newsdesk.analyze(text, clean=False).commitments
    for floor in Strength:
        kept = newsdesk.analyze(text, clean=False, min_strength=floor).commitments
        assert kept == [c for c in every if Strength(c.strength).rank <= floor.rank]
    assert {c.strength for c in every} == {"commitment", "intention", "consideration"}


def test_a_single_article_never_starts_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(engine_mod, "in_pool", no_pool)
    piped = runner.invoke(app, ["clean", "-", "-w", "4", "--batch-size", "1"], input=ARTICLES[0])
    assert piped.exit_code == 0, piped.stderr
    # up to POOL_AFTER_BATCHES batches stay in this process, whatever --workers says
    items = [Item(n, f"d{n}", content=t) for n, t in enumerate(ARTICLES[:4])]
    summary = run(items, Options(extract=NOTHING, workers=4, batch_size=2), Collect())
    assert summary.workers == 1 and summary.written == 4


def test_more_than_a_couple_of_batches_spread_to_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[int] = []

    def fake_pool(groups, options, workers):  # type: ignore[no-untyped-def]
        used.append(workers)
        from newsdesk.run.executors import in_process

        return in_process(groups, options)

    monkeypatch.setattr(engine_mod, "in_pool", fake_pool)
    items = [Item(n, f"d{n}", content=t) for n, t in enumerate(ARTICLES)]
    summary = run(items, Options(extract=NOTHING, workers=3, batch_size=2), Collect())
    assert used == [3] and summary.workers == 3 and summary.written == 5


def test_dask_cluster_gives_the_same_records_as_local_mode() -> None:
    distributed = pytest.importorskip("distributed")
    items = [Item(n, f"doc{n}", content=t) for n, t in enumerate(ARTICLES)]
    options = Options(clean=False, batch_size=2)
    local = [o.record.to_dict() for o in _run(items, options).outcomes]
    from newsdesk.run.executors import chunks

    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = [
            o.record.to_dict()
            for group in on_client(chunks(items, 2), options, client)
            for o in group
        ]
    assert remote == local
    assert len(local) == 5 and all("error" not in r for r in local)


@pytest.mark.slow
def test_dask_local_cluster_from_the_cli(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = _jsonl(
        tmp_path / "in.jsonl", [{"id": f"n{n}", "text": t} for n, t in enumerate(ARTICLES)]
    )
    args = ["analyze", str(src), "--input-format", "jsonl", "-f", "jsonl", "--batch-size", "2"]
    on_dask = runner.invoke(app, [*args, "--dask-scheduler", "local:1"])
    here = runner.invoke(app, args)
    assert on_dask.exit_code == 0, on_dask.stderr
    assert on_dask.stdout == here.stdout


def test_outputs_without_commitments_skip_their_work() -> None:
    items = [Item(0, "a", content=ARTICLES[1])]
    full = _run(items, Options(clean=False)).outcomes[0].brief
    places_only = (
        _run(items, Options(clean=False, extract=frozenset({Extract.places}))).outcomes[0].brief
    )
    assert full is not None and places_only is not None
    assert len(full.commitments) == 1
    assert places_only.commitments == [] and places_only.people == []
    assert [p.name for p in places_only.places] == [p.name for p in full.places]


def test_each_outcome_says_where_its_time_went() -> None:
    # what -v sums into "time per stage"
    cleaned = _run([Item(0, "a", content=ARTICLES[0])], Options(extract=NOTHING)).outcomes[0]
    assert set(cleaned.seconds) == {"read+clean"} and cleaned.seconds["read+clean"] >= 0
    analyzed = _run([Item(0, "a", content=ARTICLES[0])], Options()).outcomes[0]
    assert set(analyzed.seconds) == {"read+clean", "parse", "analysis"}
    assert all(v >= 0 for v in analyzed.seconds.values())


def test_verbose_run_reports_time_per_stage() -> None:
    result = CliRunner().invoke(app, ["clean", "-", "-f", "json", "-v"], input=ARTICLES[0])
    assert result.exit_code == 0
    assert "time per stage" in result.output and "read+clean" in result.output


def test_an_input_that_fails_counts_its_time_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # review 11, finding 11: -v's time per stage left out the inputs that failed (a page
    # refused after 22 s of cleaning counted 0 s)
    import newsdesk.cleaner

    def slow_then_broken(page, clean=True):  # type: ignore[no-untyped-def]
        time.sleep(0.2)
        raise ValueError("broken after a while")

    monkeypatch.setattr(newsdesk.cleaner, "clean_page", slow_then_broken)
    outcome = _run([Item(0, "a", content=ARTICLES[0])], Options(extract=NOTHING)).outcomes[0]
    assert outcome.failure is not None
    assert outcome.seconds["read+clean"] >= 0.2
