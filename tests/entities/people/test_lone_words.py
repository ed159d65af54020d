"""Round 13 of issue 12 (session 13): one-word people the lone-word and place filters drop.
Sentences written for these tests; the model's labels are set on the Doc (`only_tagged_doc`:
a word not given a label is untagged), so each test exercises the rule, not what the small
model tags in one short text."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p.role for p in people}


# Class: a one-word name after a kin noun and its possessor ('his wife Kali').


def test_a_lone_name_after_a_kin_noun_is_a_person() -> None:
    # a guard: the kin noun is the name's role, which keeps it from the lone-word filter
    text = "On the podcast, he and his wife Dorrit explained how they paid off the loan."
    assert "Dorrit" in _people(text, {"Dorrit": "PERSON"})
    # a possessive ending as the possessor
    text = "The column was written with Tomasz's sister Dorrit in mind."
    assert "Dorrit" in _people(text, {"Dorrit": "PERSON", "Tomasz": "PERSON"})


def test_a_lone_name_without_the_kin_noun_is_still_dropped() -> None:
    # the same word met once with nothing to show a person: the lone-word filter drops it
    text = "On the podcast, the hosts explained how Dorrit paid off the loan."
    assert "Dorrit" not in _people(text, {"Dorrit": "PERSON"})
    # the kin noun must stand right before the name, its possessor right before that
    text = "His wife thinks that Dorrit paid off the loan."
    assert "Dorrit" not in _people(text, {"Dorrit": "PERSON"})


def test_a_place_name_after_a_kin_noun_is_a_person_not_the_place() -> None:
    # 'Kali' is a place the gazetteer knows; as somebody's wife it is a person
    text = "He and his wife Kali explained on their podcast how they retired early."
    assert "Kali" in _people(text, {"Kali": "PERSON"})
    # after a preposition of places the same word stays a place
    assert "Kali" not in _people("They flew to Kali for the winter.", {"Kali": "PERSON"})


# Class: a character's one-word name with its actor in brackets ('Ray (Alexander Skarsgård)').


def test_a_character_before_its_actor_is_a_person() -> None:
    text = "The film follows Tavo (Mirek Dalton) through one long night in Lisbon."
    people = _people(text, {"Tavo": "PERSON", "Mirek Dalton": "PERSON", "Lisbon": "GPE"})
    assert "Tavo" in people
    assert "Mirek Dalton" in people


def test_a_name_before_a_firm_or_one_word_in_brackets_is_not_kept_by_it() -> None:
    # the brackets hold a firm, or one word (a code, a firm, a surname met before)
    text = "The shop grew when Tavo (Brightline) took over the orders."
    assert "Tavo" not in _people(text, {"Tavo": "PERSON", "Brightline": "ORG"})
    text = "The shop grew when Tavo (Dalton) took over the orders."
    assert "Tavo" not in _people(text, {"Tavo": "PERSON", "Dalton": "PERSON"})


# Class: a firm's or a band's name the model tags like a person's (precision on non-news pages).


def test_a_name_ending_in_a_plural_noun_is_no_person() -> None:
    text = "The loudest set of the night came from Marrow Sisters Girls, who closed the show."
    assert _people(text, {"Marrow Sisters Girls": "PERSON"}) == {}
    text = "After the warm-up, do ten Hammer Curls with each arm."
    assert _people(text, {"Hammer Curls": "PERSON"}) == {}
    # a first word that is a given name and an English word ('Golden Globes') does not spare it
    text = "The candles come in two scents, Sea Air and Rose Petals, both sold out."
    assert "Rose Petals" not in _people(text, {"Rose Petals": "PERSON"})
    # an irregular plural of the list
    text = "Harbor Children played two new songs on Friday."
    assert _people(text, {"Harbor Children": "PERSON"}) == {}


def test_a_surname_in_s_is_still_a_persons() -> None:
    # 'Woods', 'Williams', 'Brothers' are surnames: no plural noun of things
    text = "Dana Woods said the team would travel on Friday."
    assert "Dana Woods" in _people(text, {"Dana Woods": "PERSON"})
    text = "Nell Williams told reporters she was tired."
    assert "Nell Williams" in _people(text, {"Nell Williams": "PERSON"})
    # a plural noun the surname list lacks, after a known given name
    text = "At the launch, Steve Jobs walked on stage."
    assert "Steve Jobs" in _people(text, {"Steve Jobs": "PERSON"})


def test_a_name_ending_in_a_firms_word_is_no_person() -> None:
    # tagged as a person: the firm rule retypes it
    text = "Last week Sadie Networks said it would hire forty engineers."
    assert _people(text, {"Sadie Networks": "PERSON"}) == {}
    # tagged as a firm: no full name the model mistyped ('Julia Child' typed a firm)
    text = "The show at Sadie Marlow HQ opened on Friday."
    assert _people(text, {"Sadie Marlow HQ": "ORG"}) == {}
