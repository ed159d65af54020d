"""Session 18, issue 12: a name the model tagged a person whole across a line break
('Ken\\nGreen'). Sentences written for these tests; the model's labels are set on the Doc
(`only_tagged_doc`), so each test exercises the rule, not what the small model tags."""

from __future__ import annotations

from newsdesk.analysis import entities
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
