"""Session 18, issue 12: a name the model tagged a person whole across a line break
('Ken\\nGreen'). Sentences written for these tests; the model's labels are set on the Doc
(`only_tagged_doc`), so each test exercises the rule, not what the small model tags."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis import entities
from newsdesk.analysis.entities.people import people_spans
from newsdesk.analysis.entities.people.grouping import group_people
from newsdesk.analysis.entities.people.wrapped import wrapped_names
from newsdesk.analysis.entities.spans import DocView, NameSpan, make_span
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, list[str]]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: [m.text for m in p.mentions] for p in people}


# Class: a name wrapped over a line break, its two words one person's.


def test_a_name_wrapped_in_a_results_list_is_one_person_with_both_words() -> None:
    text = "Scores after the first round:\n68 Owen Draycott , Hugh\nTallant , Rory Penhale\n"
    tags = {"Owen Draycott": "PERSON", "Hugh\nTallant": "PERSON", "Rory Penhale": "PERSON"}
    people = _people(text, tags)
    assert people["Hugh Tallant"] == ["Hugh", "Tallant"]
    assert {"Owen Draycott", "Rory Penhale"} <= set(people)


def test_a_wrapped_name_in_running_text_keeps_its_surname() -> None:
    # the longer side used to win alone: here the given name first, so the surname was lost
    text = "The council heard from Alice\nWestbrook-Hale ( treasurer ) before the vote was taken."
    people = _people(text, {"Alice\nWestbrook-Hale": "PERSON"})
    assert people == {"Alice Westbrook-Hale": ["Alice", "Westbrook-Hale"]}


def test_a_full_name_then_a_word_after_the_break_is_no_wrapped_name() -> None:
    # a byline before a dateline in capitals: the town is no surname
    text = "By Marta Quillon\nDUNMORE, Ireland, May 3 - The ferry sailed late."
    people = _people(text, {"Marta Quillon\nDUNMORE": "PERSON"})
    assert set(people) == {"Marta Quillon"}
    # a first word of no known given name before the break stays one word
    text = "Analysts at the meeting said Brightwater\nHoldings would report losses."
    assert "Brightwater Holdings" not in _people(text, {"Brightwater\nHoldings": "PERSON"})


# Class: a byline's name run into the dateline on the next line, the town hyphenated.


def test_a_byline_name_outweighs_a_hyphenated_dateline_after_the_break() -> None:
    # 'KEL-VARA' is three tokens with its hyphen, two words: the name before the break, two
    # words too, wins the tie (it used to lose to the dateline's three tokens)
    text = "By Hanna Orveto\nKEL-VARA, Feb 3 - The mayor of the town resigned on Monday.\n"
    assert "Hanna Orveto" in _people(text, {"Hanna Orveto\nKEL-VARA": "PERSON"})
    # a longer side after the break still wins: a credit line's three words
    text = "Photo by\nNoor Aldana Reyes for the paper. The mayor resigned on Monday."
    people = _people(text, {"by\nNoor Aldana Reyes": "PERSON"})
    assert "Noor Aldana Reyes" in people


# Class: (session 20) the pairs are found once, by `entities.extract`; the people rules use the
# pairs they are given and find none of their own.


_WRAPPED = "The prize went to Hugh\nTallant of the rowing club on Friday."


def _word_spans(doc: Doc, *words: str) -> list[NameSpan]:
    return [make_span(doc, t.i, t.i + 1, "PERSON") for t in doc if t.text in words]


def test_grouping_joins_the_two_words_of_the_pairs_it_is_given() -> None:
    doc = only_tagged_doc(_WRAPPED, {"Hugh\nTallant": "PERSON"})
    pairs = wrapped_names(doc)
    assert [(g.text, s.text) for g, s in pairs] == [("Hugh", "Tallant")]
    spans = _word_spans(doc, "Hugh", "Tallant")
    assert [g.name for g in group_people(doc, spans, pairs)] == ["Hugh Tallant"]
    # given no pairs, it finds none of its own: no person named by the two words
    assert "Hugh Tallant" not in [g.name for g in group_people(doc, spans, [])]


def test_people_spans_bring_back_the_words_of_the_pairs_they_are_given() -> None:
    doc = only_tagged_doc(_WRAPPED, {"Hugh\nTallant": "PERSON"})
    found, _ = people_spans(doc, DocView.of(doc), [], wrapped_names(doc))
    assert [s.text for s in found] == ["Hugh", "Tallant"]
    found, _ = people_spans(doc, DocView.of(doc), [], [])
    assert found == []
