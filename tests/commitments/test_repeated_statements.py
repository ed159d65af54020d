"""Session 14: one record per statement (docs/commitments.md, "One record per action"). A
sentence repeated word for word later in the article (a quoted post of a forum thread, a pull
quote printed again) gives its records once, at its first occurrence; different sentences, even
with the same trigger and actor, each give theirs. Sentences written for these tests; names
invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.analysis.commitments.repeats import statement_key

THREAD = (
    "Posted by kettle_fan on Monday.\n\n"
    "I am considering selling my old kettles. They still work.\n\n"
    "Reply from tea_lover:\n\n"
    "Quote:\n"
    "I am considering selling my old kettles.\n\n"
    "Why would you? Keep them.\n\n"
    "Reply from brewer:\n\n"
    "I am considering selling my old kettles.\n\n"
    "Same here."
)


def test_a_post_quoted_twice_gives_one_record_at_its_first_occurrence() -> None:
    recs = [r for r in found(THREAD) if r.action == "selling my old kettles"]
    assert len(recs) == 1, [(r.trigger, r.start) for r in recs]
    first = THREAD.index("I am considering")
    assert recs[0].start == first
    assert THREAD[recs[0].trigger_start : recs[0].trigger_end] == "am considering"
    assert recs[0].trigger_start > first


def test_a_quote_repeated_with_other_quotation_marks_and_spacing_is_one_statement() -> None:
    text = (
        "Mara Quell, the mayor of Dunmore, spoke on Friday. "
        "“We will reopen the library in May,” she said.\n\n"
        "Residents were pleased.\n\n"
        '"We will reopen the library   in May," she said.'
    )
    recs = [r for r in found(text) if r.trigger == "will"]
    assert len(recs) == 1, [(r.trigger, r.start) for r in recs]
    assert recs[0].start == text.index("“We will")


def test_two_sentences_with_the_same_trigger_and_actor_give_two_records() -> None:
    text = (
        "The Dunmore council will rebuild the bridge next year. Work starts soon. "
        "The Dunmore council will repave the square next year."
    )
    actions = sorted(r.action for r in found(text) if r.trigger == "will")
    assert actions == ["rebuild the bridge next year", "repave the square next year"]


def test_a_sentence_that_differs_by_one_word_is_another_statement() -> None:
    text = (
        "The Dunmore council will rebuild the bridge next year. Residents cheered. "
        "The Dunmore council will rebuild the bridge this year."
    )
    assert len([r for r in found(text) if r.trigger == "will"]) == 2


def test_the_statement_key_sets_aside_spacing_and_quotation_marks_only() -> None:
    assert statement_key("“We won’t  go,” he said.") == statement_key('"We won\'t go," he said.')
    assert statement_key("'We will go.'") == statement_key("We will go.")
    assert statement_key("We will go.") != statement_key("We will go!")
    assert statement_key("We will go.") != statement_key("we will go.")  # word for word


def test_a_list_under_a_lead_in_quoted_again_gives_its_items_once() -> None:
    lead = "The Dunmore council will:\n- build two schools\n- hire more nurses\n\n"
    text = lead + "Residents approved.\n\nReply from tea_lover:\n\n" + lead + "Good."
    actions = [r.action for r in found(text) if r.trigger == "will"]
    assert actions == ["", "build two schools", "hire more nurses"]
    assert all(r.start < len(lead) for r in found(text))
