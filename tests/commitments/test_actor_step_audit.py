"""The per-step actor audit (`scripts/audit_commitments.py steps`, session 16): every actor step
is dated by the sample it was written from, so its records on later samples can be told apart;
the trace credits the step that decided a record and leaves the steps as they were. Sentences
written for these tests; names invented."""

from __future__ import annotations

import newsdesk
from benches import load_script
from newsdesk.analysis.commitments import actors


def test_every_actor_step_is_dated_by_a_sample_of_the_bench() -> None:
    audit = load_script("audit_commitments")
    samples = audit.bench.GROUPS["every"]
    steps = {step.__name__ for step in actors.STEPS}
    assert steps <= set(audit.STEP_WRITTEN), steps - set(audit.STEP_WRITTEN)
    assert all(sample in samples for sample in audit.STEP_WRITTEN.values())


def test_a_later_sample_is_one_added_after_the_step() -> None:
    audit = load_script("audit_commitments")
    assert audit._later("_short_name", "thirteenth")
    assert not audit._later("_short_name", "seventh")
    assert not audit._later("_the_party", "thirteenth")  # written last: no later sample


def test_the_trace_credits_the_deciding_step_and_restores_the_steps() -> None:
    audit = load_script("audit_commitments")
    text = (
        "Marta Quill, who chairs the Lowmoor parish council, said she would reopen the village "
        "library in May."
    )
    before = actors.STEPS
    trace = audit.StepTrace()
    with trace:
        records = newsdesk.analyze(text, clean=False).commitments
    assert actors.STEPS is before
    assert [r.actors for r in records] == [["Marta Quill"]]
    labels = [label for calls in trace.calls.values() for _, label in calls]
    assert labels == ["_speaker_of_himself"]


def test_a_step_switched_off_is_left_out_of_the_trace() -> None:
    audit = load_script("audit_commitments")
    text = (
        "Marta Quill, who chairs the Lowmoor parish council, said she would reopen the village "
        "library in May."
    )
    trace = audit.StepTrace(off=("_speaker_of_himself",))
    with trace:
        newsdesk.analyze(text, clean=False)
    labels = [label for calls in trace.calls.values() for _, label in calls]
    assert labels and "_speaker_of_himself" not in labels
