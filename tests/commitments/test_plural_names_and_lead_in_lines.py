"""Session 18's actor class and its two pieces of shared code: a name whose last word is a
plural the article also writes in lower case ("Lumen Threads" beside "some threads") is a name,
not a capitalised common noun; the one walk up the lines above a token to a lead-in ending with
a colon (`mentions.colon_line_above`, shared by `lead_in_speaker` and
`lists.under_speech_lead_in`); a trigger's time read for its own Doc and date (`timex.time_of`).
Sentences written for these tests; names invented."""

from __future__ import annotations

from datetime import date

from commitment_helpers import actors_of, found
from newsdesk.analysis.commitments import actors
from newsdesk.analysis.commitments.mentions import colon_line_above
from newsdesk.analysis.commitments.timex import time_of
from newsdesk.analysis.commitments.triggers import find_triggers
from newsdesk.analysis.nlp import load_model, model_name

# -- a name ending in a plural that the article writes in lower case elsewhere ---------------


def test_a_name_ending_in_a_plural_is_a_name() -> None:
    text = (
        "Readers asked about sizes. Lumen Threads will tailor every order for free. Some threads"
        " are recycled."
    )
    assert actors_of(text, "will") == ["Lumen Threads"]


def test_a_capitalised_plural_alone_is_still_a_common_noun() -> None:
    nlp = load_model(model_name())
    doc = nlp("Readers asked about sizes.\nAttendees will get a badge. Some attendees left early.")
    head = next(t for t in doc if t.text == "Attendees")
    assert actors._common_plural(head)


# -- the lines above a token, up to a lead-in ending with a colon ------------------------------

LINES = "Intro.\nThe mayor also said:\nfirst point\n\nsecond point\nthird point"


def test_a_run_of_items_ends_at_a_blank_line() -> None:
    at = LINES.index("third")
    assert colon_line_above(LINES, at, 8, blank_ends=True) is None
    at = LINES.index("first")
    lead = LINES.index("The mayor")
    assert colon_line_above(LINES, at, 8, blank_ends=True) == ((lead, lead + 20), [])


def test_a_lead_in_passes_over_blank_lines_within_its_reach() -> None:
    at = LINES.index("third")
    lead = LINES.index("The mayor")
    found_line = colon_line_above(LINES, at, 8, blank_ends=False)
    assert found_line is not None
    (start, end), between = found_line
    assert LINES[start:end] == "The mayor also said:" and start == lead
    assert [LINES[a:b] for a, b in between] == ["second point", "first point"]
    # three non-empty lines up: out of a reach of two
    assert colon_line_above(LINES, at, 2, blank_ends=False) is None


# -- a trigger's time, read for its own Doc and date -----------------------------------------------------


def test_the_time_of_a_trigger_is_read_for_its_own_doc_and_date() -> None:
    nlp = load_model(model_name())
    text = "Castell Bank will open a branch on Friday."
    first, second = nlp(text), nlp(text)
    trig_a = find_triggers(next(iter(first.sents)))[0]
    trig_b = find_triggers(next(iter(second.sents)))[0]
    a = time_of(first, trig_a, date(2024, 5, 1))
    assert a is not None and a.value == "2024-05-03"
    b = time_of(second, trig_b, date(2024, 6, 4))  # another Doc, another date
    assert b is not None and b.value == "2024-06-07"


def test_a_record_keeps_its_time() -> None:
    recs = found("Castell Bank will open a branch next year.")
    assert [r.time.text if r.time else None for r in recs] == ["next year"]
