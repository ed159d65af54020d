"""Review 13c, finding 3: a process warms up (reads, cleans and, for an analysis, analyses a
short text) before the first input's time limit in every executor, not only in pool workers.
Sentences written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsdesk.run import executors, work
from newsdesk.run.items import Item
from newsdesk.run.options import Options

STORY = (
    "Harbour board backs new quay\n\n"
    "The harbour board of Oban said on Tuesday it will open the new quay next spring.\n\n"
    "Fishermen welcomed the plan, which the board will pay for from its own reserves.\n"
)


def test_in_process_warms_up_before_the_first_input_where_a_limit_applies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(executors, "warm_up", lambda options: calls.append("warm-up"))

    def chunk(items: list[Item], options: Options) -> list[work.Outcome]:
        calls.append("chunk")
        return []

    monkeypatch.setattr(executors, "process_chunk", chunk)
    groups = [[Item(0, "a", content=STORY)], [Item(1, "b", content=STORY)]]
    list(executors.in_process(iter(groups), Options(timeout=5.0)))
    assert calls == ["warm-up", "chunk", "chunk"]
    calls.clear()
    list(executors.in_process(iter(groups), Options()))
    assert calls == ["chunk", "chunk"]  # no limit: nothing to warm up for


# The first input's analysis in a fresh process, where a time limit applies, against the
# second's (the same text): warm, both take a few hundredths of a second; cold, the first
# paid for the analysis data (~0.45 s, review 13c). Generous bounds for a loaded machine.
FIRST = """
import json, sys
from newsdesk.run import Collect, Item, Options, run
text = sys.stdin.read()
sink = Collect()
options = Options(timeout=30.0, workers=1)
run([Item(0, "a", content=text), Item(1, "b", content=text)], options, sink)
print(json.dumps([o.seconds.get("analysis", -1.0) for o in sink.outcomes]))
"""


def test_the_first_analysis_in_a_process_pays_for_no_loading() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST],
        input=STORY,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    first, second = json.loads(done.stdout.strip().splitlines()[-1])
    assert second >= 0.0
    assert first < max(0.2, 3 * second), (first, second)
