"""Issue 13 §6: reading is bounded everywhere (files, devices, stdin, records); a slow input
meets its time limit; nothing hangs."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from harness import GOOD, NEWSDESK, check, invoke, process

from newsdesk.read import MAX_BYTES

# How long a run may take before it is called a hang (seconds): what it guards against is
# endless, and a run takes about a second, so no load reaches it.
HANG = 300
# The quadratic caption's time limit (seconds): long enough that the good input (one short
# paragraph) never meets it however loaded the machine (session 15: 0.5 s could) ...
CAPTION_LIMIT = 5.0
# ... and the bound on the whole run: far below what a quadratic pass over the 300,000
# characters costs (hours), far above what load makes of the limit (never a speed check:
# bench/hostile_speed.py measures the caption pattern's cost).
QUADRATIC_SECONDS = 120


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_are_refused_quickly(device: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    # its own process, with a time limit (HANG): an endless read would run for ever and fail
    # it, however loaded the machine; one that stops at MAX_BYTES takes about a second
    found = check(
        process(["clean", device, str(good), "-f", "jsonl"], timeout=HANG), 1, records=2, errors=1
    )
    assert found[0]["kind"] == "InputTooLargeError" and found[1]["text"] == GOOD


def test_endless_stdin_is_refused() -> None:
    run = process(f"yes | {NEWSDESK} clean - -f jsonl", shell=True, timeout=HANG)
    found = check(run, 1, records=1, errors=1)
    assert found[0]["kind"] == "InputTooLargeError"


def test_a_file_over_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    found = check(invoke(["clean", str(big), "-f", "jsonl"]), 1, records=1, errors=1)
    assert found[0]["kind"] == "InputTooLargeError"


def test_a_json_lines_record_over_the_limit(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "huge", "text": "x" * (MAX_BYTES + 10)}) + "\n")
        fh.write(json.dumps({"id": "ok", "text": GOOD}) + "\n")
    found = check(
        invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl"]),
        1,
        records=2,
        errors=1,
    )
    assert found[0]["kind"] == "InputTooLargeError" and found[1]["text"] == GOOD


def test_an_endless_json_lines_stream_is_read_record_by_record() -> None:
    line = json.dumps({"text": GOOD}) + "\n"
    run = process(["clean", "-", "--input-format", "jsonl", "-f", "jsonl"], (line * 40).encode())
    check(run, 0, records=40)


def test_a_quadratic_caption_meets_its_time_limit(tmp_path: Path) -> None:
    slow = tmp_path / "slow.txt"
    slow.write_text("(photo: x " * 30000, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    started = time.perf_counter()
    run = invoke(["clean", str(slow), str(good), "-f", "jsonl", "--timeout", f"{CAPTION_LIMIT:g}"])
    # ended by the caption's own end or by its limit, long before a quadratic cost would
    assert time.perf_counter() - started < QUADRATIC_SECONDS
    found = check(run, run.code, records=2)
    assert found[1]["text"] == GOOD
    assert run.code == 0 or found[0]["kind"] == "TimeLimitError"


def test_many_tiny_paragraphs_give_one_record(tmp_path: Path) -> None:
    """20,000 one-letter paragraphs: one record, the page's own or its time limit's, never a
    crash or a hang. How the cost grows with such pages is measured by bench/hostile_speed.py
    (a timed assertion here failed on a loaded machine, not on a slower cleaner)."""
    page = tmp_path / "p.html"
    page.write_text("<html><body>" + "<p>a</p>" * 20000 + "</body></html>", encoding="utf-8")
    run = invoke(["clean", str(page), "-f", "jsonl", "--timeout", "10"])
    found = check(run, run.code, records=1)
    assert run.code == 0 or found[0]["kind"] == "TimeLimitError"


def test_max_chars_is_enforced_for_analysis_only() -> None:
    text = GOOD * 3
    cleaned = check(invoke(["clean", "-", "-f", "jsonl"], text), 0, records=1)
    assert cleaned[0]["text"]
    run = invoke(["analyze", "-", "--no-clean", "-f", "jsonl", "--max-chars", "100"], text)
    found = check(run, 1, records=1, errors=1)
    assert found[0]["kind"] == "TextTooLongError"
