"""Session 12, batch runs: an interrupted pool run writes every finished chunk (in input
order, with gaps; a real run with a stuck input is in tests/reliability/test_interrupts.py),
and `--resume` matches inputs by their real absolute path, written in each JSON Lines record
(`resume_key`), from any directory; older files, without it, still resume from the directory
they were written from."""

from __future__ import annotations

import json
from concurrent.futures import Future
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.run.executors import finished
from newsdesk.run.items import Item
from newsdesk.run.sink import KEY_FIELD, with_key
from newsdesk.run.work import Outcome

STORY = (
    "The ferry company will add a second evening crossing from June, its manager said on "
    "Tuesday. Tickets for the new sailing go on sale next week at the harbour office."
)
runner = CliRunner()


def _invoke(args: list[str]) -> tuple[int, str]:
    result = runner.invoke(cli.app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _chunk(n: int) -> list[Outcome]:
    return [Outcome(Item(n, f"d{n}", content=STORY))]


def test_an_interrupt_gives_every_finished_chunk_in_input_order() -> None:
    futures: list[Future[list[Outcome]]] = [Future() for _ in range(5)]
    futures[0].set_result(_chunk(0))
    futures[2].set_result(_chunk(2))  # done after one still running (1): written too
    futures[3].set_exception(RuntimeError("the pool was stopped"))
    futures[4].set_result(_chunk(4))
    pending = [([Item(n, f"d{n}", content=STORY)], f) for n, f in enumerate(futures)]
    assert [o.item.index for chunk in finished(pending) for o in chunk] == [0, 2, 4]
    cancelled: Future[list[Outcome]] = Future()
    cancelled.cancel()
    assert list(finished([([], cancelled)])) == []


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for n in range(3):
        (corpus / f"{n}.txt").write_text(f"{STORY} Number {n}.", encoding="utf-8")
    return corpus


def test_resume_from_another_directory_with_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "desk")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path / "desk")
    code, _ = _invoke(["clean", "corpus", "-f", "jsonl", "-o", str(out)])
    assert code == 0
    records = _records(out)
    assert [r["source"] for r in records] == [f"corpus/{n}.txt" for n in range(3)]
    assert [r[KEY_FIELD] for r in records] == [str(corpus.resolve() / f"{n}.txt") for n in range(3)]
    before = out.read_bytes()
    (corpus / "3.txt").write_text(f"{STORY} Number 3.", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere" / "deeper"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    code, stderr = _invoke(
        ["clean", "../../desk/corpus", "-f", "jsonl", "-o", str(out), "--resume"]
    )
    assert code == 0, stderr
    assert "none of its" not in stderr
    after = out.read_bytes()
    assert after.startswith(before)
    added = [json.loads(line) for line in after[len(before) :].splitlines()]
    assert [r["source"] for r in added] == ["../../desk/corpus/3.txt"]


def test_a_file_without_resume_keys_still_resumes_from_its_own_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    assert _invoke(["clean", "corpus", "-f", "jsonl", "-o", str(out)])[0] == 0
    old = []  # as an older newsdesk wrote it: relative sources, no resume key
    for record in _records(out):
        del record[KEY_FIELD]
        old.append(json.dumps(record, ensure_ascii=False) + "\n")
    out.write_text("".join(old), encoding="utf-8")
    code, stderr = _invoke(["clean", "corpus", "-f", "jsonl", "-o", str(out), "--resume", "-v"])
    assert code == 0, stderr
    assert "resumed: 3 inputs already" in stderr
    assert out.read_text(encoding="utf-8") == "".join(old)
    # from elsewhere they cannot match, and the warning says why
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path / "other")
    code, stderr = _invoke(["clean", "../corpus", "-f", "jsonl", "-o", str(out), "--resume"])
    assert code == 0
    assert "none of its 3 records is one of these inputs" in stderr
    assert "without a `resume_key`" in stderr


def test_json_lines_input_records_are_keyed_by_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": n, "text": f"{STORY} {n}"}) + "\n" for n in range(2)),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    args = ["clean", "feed.jsonl", "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)]
    assert _invoke(args)[0] == 0
    assert [r[KEY_FIELD] for r in _records(out)] == [f"{feed.resolve()}:{n}" for n in (1, 2)]
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    args[1] = "../feed.jsonl"
    code, stderr = _invoke([*args, "--resume", "-v"])
    assert code == 0 and "resumed: 2 inputs already" in stderr


def test_a_url_or_stdin_is_its_own_key() -> None:
    line = json.dumps({"source": "<stdin>", "title": None}) + "\n"
    keyed = json.loads(with_key(line, "<stdin>"))
    assert keyed == {"source": "<stdin>", "title": None, KEY_FIELD: "<stdin>"}
    # a key that needs escaping stays valid JSON
    odd = 'dir/"quoted"\\name.txt'
    assert json.loads(with_key(line, odd))[KEY_FIELD] == odd


def test_only_a_source_that_is_not_its_own_key_gets_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    real = str(corpus.resolve() / "0.txt")
    assert _invoke(["clean", real, "corpus/1.txt", "-f", "jsonl", "-o", str(out)])[0] == 0
    first, second = _records(out)
    assert KEY_FIELD not in first  # a real absolute path is its own key
    assert second[KEY_FIELD] == str(corpus.resolve() / "1.txt")
    # stdout is not resumed: its records are as they always were
    result = runner.invoke(cli.app, ["clean", "corpus/1.txt", "-f", "jsonl"])
    assert KEY_FIELD not in json.loads(result.stdout)


def test_resume_never_cuts_a_file_that_newsdesk_did_not_write(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    report = tmp_path / "report.json"
    assert _invoke(["clean", str(corpus), "-f", "json", "-o", str(report)])[0] == 0
    before = report.read_bytes()
    # a JSON report given to --resume by mistake was cut at its line 1 to nothing and
    # overwritten: now refused, the file as it was
    code, stderr = _invoke(["clean", str(corpus), "-f", "jsonl", "-o", str(report), "--resume"])
    assert code == 2
    assert "line 1 is not a newsdesk JSON Lines record" in stderr
    assert report.read_bytes() == before
    # a run killed within its first record left a partial line: that is still cut and redone
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b'{"source": "corpus/0.t')
    code, stderr = _invoke(["clean", str(corpus), "-f", "jsonl", "-o", str(partial), "--resume"])
    assert code == 0, stderr
    assert "line 1 is not a whole record" in stderr
    assert len(_records(partial)) == 3


class _Task:
    """A Dask future's surface: the task of `group`, done at once unless `stuck`."""

    def __init__(self, group: list[Item], stuck: bool) -> None:
        self.group = group
        self.stuck = stuck

    def done(self) -> bool:
        return not self.stuck

    def result(self) -> list[Outcome]:
        if self.stuck:
            raise KeyboardInterrupt  # Ctrl-C while the run waits for this task
        return [Outcome(item) for item in self.group]


class _Client:
    def __init__(self, stuck: int) -> None:
        self.stuck = stuck
        self.cancelled: list[_Task] = []

    def scheduler_info(self) -> dict[str, object]:
        return {"workers": {"tcp://one": {}}}

    def submit(self, fn: object, group: list[Item], options: object, pure: bool) -> _Task:
        return _Task(group, stuck=group[0].index == self.stuck)

    def cancel(self, futures: list[_Task]) -> None:
        self.cancelled += futures


def test_an_interrupted_dask_run_gives_every_finished_task_in_order() -> None:
    from newsdesk.run.executors import on_client
    from newsdesk.run.options import Options

    groups = [[Item(n, f"d{n}", content=STORY)] for n in range(5)]
    client = _Client(stuck=1)
    given: list[int] = []
    with pytest.raises(KeyboardInterrupt):
        for chunk in on_client(iter(groups), Options(), client):  # type: ignore[arg-type]
            given += [outcome.item.index for outcome in chunk]
    # one worker: two tasks in flight; the run waited on task 1 when interrupted, task 2 had
    # finished (the old code dropped it), tasks 3 and 4 were never submitted
    assert given == [0, 2]
    assert [task.group[0].index for task in client.cancelled] == [2]
