"""Round 12 of issue 12 (session 12): people the model never tags as persons. Sentences written
for these tests; the model's labels are set on the Doc (`only_tagged_doc`: a word not given a
label is untagged), so each test exercises the rule, not what the small model tags in one short
text."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p.role for p in people}


# Class: no entity at all, a full name alone (results lines, prose the model misreads).


def test_an_untagged_given_name_and_surname_alone_are_a_person() -> None:
    text = "Leading scores after the first round:\nMarcus Fennimore ( Scotland ) 66 68\n"
    assert "Marcus Fennimore" in _people(text, {"Scotland": "GPE"})
    prose = "Critics still ask who the Marcus Fennimore of modern opera might be."
    assert "Marcus Fennimore" in _people(prose, {})


def test_a_hyphenated_given_name_is_kept_whole() -> None:
    text = "The jury prize went to Ana-Lucia Okabe for her first feature, shot in a week."
    assert "Ana-Lucia Okabe" in _people(text, {})


def test_an_untagged_name_among_capitalised_words_or_of_firm_words_is_no_person() -> None:
    # a longer proper name (a heading, an institution) or a firm's word: not a person
    assert _people("Tickets for the Marcus Fennimore Memorial Concert sold out.", {}) == {}
    assert _people("The deal was advised by Marcus Partners last spring.", {}) == {}
    # a name the gazetteer knows opens it: 'Hong Kong Standard', a newspaper
    assert _people("Readers of the Hong Kong Standard were told the news.", {}) == {}


# Class: no entity at all, a name that speaks ('"...," Schiff asked').


def test_an_untagged_surname_that_speaks_is_a_person() -> None:
    text = '"Is that the whole story?" Kowalczyk asked the panel on Tuesday.'
    assert "Kowalczyk" in _people(text, {})


def test_an_untagged_name_after_a_title_that_speaks_is_a_person() -> None:
    text = "In the clip, Dr Annelise Brannock suggests that students get tested twice."
    people = _people(text, {})
    assert "Annelise Brannock" in people


def test_a_firm_or_an_english_word_that_speaks_is_no_person() -> None:
    # no known given name or surname: a news agency's or a firm's name
    assert _people('"Prices will rise," Tanjug said on Monday.', {}) == {}
    # an English word ('Pattern' writes) is no name, whatever verb follows
    assert _people("Pattern writes that the library is fast.", {}) == {}
    # firms announce and report: no verb of saying
    assert _people("Kowalczyk announced the results on Monday.", {}) == {}


# Class: a full name the model typed as an organisation or a product.


def test_a_full_name_typed_a_firm_standing_alone_is_a_person() -> None:
    text = "The chef recalled a long lunch he once shared with Marcus Fennimore in Lyon."
    assert "Marcus Fennimore" in _people(text, {"Marcus Fennimore": "ORG", "Lyon": "GPE"})


def test_a_firm_typed_name_with_a_firm_word_or_a_model_code_stays_a_firm() -> None:
    text = "Shares of Marcus Holdings rose after the report."
    assert _people(text, {"Marcus Holdings": "ORG"}) == {}
    # a place the model saw stays a place for this rule (the gazetteer misses small ones)
    assert _people("We stayed near Marcus Fennimore for a week.", {"Marcus Fennimore": "GPE"}) == {}
    # a model's code is no word of a name, tagged or not
    assert _people("The new Marcus EV6 charges in twenty minutes.", {}) == {}


def test_a_quoted_untagged_name_is_a_title_not_a_person() -> None:
    text = "Prune the early roses such as ‘Marcus Fennimore’ lightly after they flower."
    assert _people(text, {}) == {}
