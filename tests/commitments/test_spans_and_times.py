"""Session 12: the fields of a record (docs/history/commitments.md, "Session 12: spans and times"): the
action span, its quotation marks, the time, a contracted trigger, an unresolved "I" and a
discourse marker taken for a speech frame. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.model import Commitment


def one(text: str, trigger: str) -> Commitment:
    """The one record of `text` whose trigger starts with `trigger`."""
    recs = [r for r in found(text) if r.trigger.startswith(trigger)]
    assert len(recs) == 1, [(r.trigger, r.action) for r in found(text)]
    return recs[0]


# -- F4: a date that modifies a noun is no deadline ------------------------------------------


def test_a_year_naming_a_plan_is_not_when() -> None:
    rec = one("The mayor of Dunmore will present the 2026 plan next Thursday.", "will")
    assert rec.time is not None
    assert rec.time.text == "next Thursday"


def test_a_weekday_naming_an_edition_is_not_when() -> None:
    rec = one(
        "Harlow Media said it is planning to end Saturday publication of the Courier "
        "by the end of next year.",
        "is planning",
    )
    assert rec.time is not None
    assert "Saturday" not in rec.time.text
    assert "next year" in rec.time.text


def test_a_plain_date_of_the_action_is_kept() -> None:
    rec = one("Karna Foods will open its new plant in March 2027.", "will")
    assert rec.time is not None
    assert rec.time.value == "2027-03"


# -- F7: a quotation opened inside the action is part of it ---------------------------------


# -- session 28: the day a clause was said is not when its action is due ---------------------


def test_the_day_it_was_said_is_not_when() -> None:
    # the parser hangs "on Monday" on "introduce"; it sits between "said" and the clause's
    # subject, so it dates the saying and "next week" dates the action
    rec = one(
        "Senator Ada Roe said on Monday she will introduce a bill next week to fund bridges.",
        "will",
    )
    assert rec.time is not None
    assert rec.time.text == "next week"


def test_the_day_it_was_said_alone_gives_no_time() -> None:
    rec = one("Senator Ada Roe said on Monday she will introduce a bill.", "will")
    assert rec.time is None


@pytest.mark.parametrize(
    "text",
    [
        "On Monday she will introduce a bill.",
        "Senator Ada Roe said that on Monday she will introduce a bill.",
    ],
)
def test_a_date_opening_the_clause_itself_is_when(text: str) -> None:
    rec = one(text, "will")
    assert rec.time is not None
    assert rec.time.text == "Monday"


def test_scare_quotes_inside_the_action_are_kept() -> None:
    rec = one(
        'The Tolvern ministry will publish a "full and frank" report on the fire next week.',
        "will",
    )
    assert rec.action.startswith('publish a "full and frank" report on the fire')


def test_curly_scare_quotes_inside_the_action_are_kept() -> None:
    rec = one(
        "Brightpost pledged to take \u201cdecisive corrective action\u201d against such schemes.",
        "pledged",
    )
    assert rec.action == "take \u201cdecisive corrective action\u201d against such schemes"


def test_the_end_of_a_quotation_still_ends_the_action() -> None:
    text = "\u201cWe will cut the fares,\u201d the Ostra Rail chief said, \u201cand soon.\u201d"
    rec = one(text, "will")
    assert rec.action == "cut the fares"


# -- F8: the action starts after the trigger -------------------------------------------------


def test_a_relative_pronoun_before_the_trigger_is_not_the_action() -> None:
    rec = one("It is a deal which Corvel Bank hopes to announce later today.", "hope")
    assert rec.action == "announce later today"
    assert rec.action_start >= rec.trigger_end


# -- F13: a contracted trigger; an unresolved "I" ---------------------------------------------


@pytest.mark.parametrize("clitic", ["\u2019re", "'re"])
def test_a_contracted_be_is_left_out_of_the_trigger(clitic: str) -> None:
    text = f"\u201cWe{clitic} going to start with a smaller shop,\u201d Dana Pirelli said."
    rec = one(text, "going")
    assert rec.trigger == "going to"
    assert text[rec.trigger_start : rec.trigger_end] == "going to"


def test_a_spelled_out_be_stays_in_the_trigger() -> None:
    rec = one("Dana Pirelli is going to open a smaller shop in the spring.", "is going")
    assert rec.trigger == "is going to"


def test_an_unresolved_i_is_neither_actor_nor_source() -> None:
    rec = one("The weather was mild. I said I will write to the council about the bins.", "will")
    assert rec.actors == []
    assert rec.attribution is None or rec.attribution.text.lower() not in ("i", "we")


def test_a_named_speaker_is_still_the_source() -> None:
    rec = one("Mara Quill said her firm will open an office in Tallin.", "will")
    assert rec.attribution is not None
    assert rec.attribution.text == "Mara Quill"


# -- a discourse marker is no speech frame ----------------------------------------------------


@pytest.mark.parametrize("marker", ["That said,", "Having said that,"])
def test_that_said_is_no_speech_frame(marker: str) -> None:
    rec = one(f"{marker} Corvel Bank will open two branches in Leeds next spring.", "will")
    assert rec.attribution is None


def test_a_real_speech_verb_beside_a_marker_still_counts() -> None:
    rec = one("That said, Corvel Bank will open two branches, Ivo Brandt said.", "will")
    assert rec.attribution is not None
    assert rec.attribution.text == "Ivo Brandt"


# -- the offsets of every record of written sentences ----------------------------------------

SENTENCES = [
    "The central government would not certainly would not sit on its hands, Lam Wei said.",
    "The council will review the \u201clow traffic\u201d scheme by the end of June.",
    "Orrin Steel is considering a sale of its Welsh mill.",
    "\u201cWe\u2019ll make it crystal clear again,\u201d Farah Idris said on Monday.",
    "She\u2019s planning to teach the class herself next term, Tom Birch said.",
    "Parliament agreed to hold a vote before the summer recess.",
    "If elected, we will abolish the toll on the old bridge in 2028.",
    'The union pledged to fight the "unfair" cuts "until the end."',
]


@pytest.mark.parametrize("text", SENTENCES)
def test_offsets_are_valid_and_the_action_follows_the_trigger(text: str) -> None:
    recs = found(text)
    assert recs, text
    for rec in recs:
        assert text[rec.trigger_start : rec.trigger_end].strip()
        assert rec.action_start >= rec.trigger_start
        if rec.action:
            assert text[rec.action_start : rec.action_end].strip()
            assert rec.action_start >= rec.trigger_end


def test_a_noun_first_frame_keeps_its_noun_before_the_trigger() -> None:
    """'The measures being considered …': what is weighed is the noun before the trigger, the
    one frame whose action precedes it; its span is whole and apart from the trigger's."""
    text = "The measures being considered by the board include a hiring freeze."
    rec = one(text, "being considered")
    assert text[rec.action_start : rec.action_end] == "The measures"
    assert rec.action_end <= rec.trigger_start


# -- session 16: a run of spaces before the action ---------------------------------------------


def test_the_action_starts_at_its_first_word_after_a_double_space() -> None:
    """spaCy keeps the second space of "to  reopen" as a token of its own; the action's span
    starts at the word, so the highlighted characters are the action's own."""
    import newsdesk

    text = "Mayor Ann Keller pledged to  reopen the Dunmore pool by 2027."
    brief = newsdesk.analyze(text, clean=False)
    recs = [c for c in brief.commitments if c.trigger.startswith("pledged")]
    assert len(recs) == 1
    rec = recs[0]
    assert text[rec.action_start : rec.action_end].startswith("reopen")
    assert rec.action.startswith("reopen")
