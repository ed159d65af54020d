"""Batch mode: directories, JSON Lines, worker processes, resume, limits, Dask."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import batch
from newsdesk.cli import app

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


def test_directory_with_a_bad_file_in_worker_processes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for n, text in enumerate(ARTICLES[:3]):
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
    (corpus / "sub" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (corpus / "notes.md").write_text("not taken: the glob wants .txt", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "analyze",
            str(corpus),
            "--glob",
            "*.txt",
            "-f",
            "jsonl",
            "--no-clean",
            "--workers",
            "2",
            "--batch-size",
            "1",
        ],
    )
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
    assert records[1]["commitments"][0]["strength"] == "commitment"  # type: ignore[index]
    assert "broken.txt" in result.stderr


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
    records = _records(out.read_text(encoding="utf-8"))
    assert sorted(r["id"] for r in records) == [f"n{n}" for n in range(5)]
    assert out.read_text(encoding="utf-8").splitlines() == whole


def test_resume_needs_an_output_file(example: Path) -> None:
    result = runner.invoke(app, ["clean", str(example), "--resume", "-f", "jsonl"])
    assert result.exit_code == 2
    assert "--resume needs --output" in result.stderr


def test_time_limit_gives_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdesk.cleaning

    real = newsdesk.cleaning.clean_document

    def slow(doc, clean=True):  # type: ignore[no-untyped-def]
        if "slow" in doc.content:
            time.sleep(2)
        return real(doc, clean=clean)

    monkeypatch.setattr(newsdesk.cleaning, "clean_document", slow)
    items = [
        batch.Item(0, "a", content="A slow article about the harbour."),
        batch.Item(1, "b", content=ARTICLES[0]),
    ]
    started = time.perf_counter()
    outcomes = list(batch.run(items, batch.Job(analyse=False, timeout=0.2)))
    assert time.perf_counter() - started < 1.5
    assert outcomes[0].error == "a: took longer than the 0.2 s limit"
    assert outcomes[1].result is not None and outcomes[1].error is None


def test_size_limit_gives_an_error_record() -> None:
    items = [
        batch.Item(0, "long", content=" ".join(ARTICLES)),
        batch.Item(1, "short", content=ARTICLES[0]),
    ]
    outcomes = list(batch.run(items, batch.Job(clean=False, max_chars=200)))
    assert outcomes[0].record()["error"].startswith("long: ")  # type: ignore[union-attr]
    assert "200-character limit" in str(outcomes[0].error)
    assert outcomes[1].result is not None


def test_dask_local_cluster_gives_the_same_records_as_local_mode() -> None:
    distributed = pytest.importorskip("distributed")
    items = [batch.Item(n, f"doc{n}", content=t) for n, t in enumerate(ARTICLES)]
    job = batch.Job(clean=False)
    local = [o.record() for o in batch.run(items, job, batch_size=2)]
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = [o.record() for o in batch.run(items, job, batch_size=2, dask_scheduler=client)]
    assert remote == local
    assert len(local) == 5 and all("error" not in r for r in local)


def test_outputs_without_commitments_skip_their_work() -> None:
    items = [batch.Item(0, "a", content=ARTICLES[1])]
    full = next(iter(batch.run(items, batch.Job(clean=False))))
    places_only = next(iter(batch.run(items, batch.Job(clean=False, commitments=False))))
    assert full.result is not None and places_only.result is not None
    assert len(full.result.commitments) == 1  # type: ignore[union-attr]
    assert places_only.result.commitments == []  # type: ignore[union-attr]
    assert [p.name for p in places_only.result.places] == [p.name for p in full.result.places]  # type: ignore[union-attr]
