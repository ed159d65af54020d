"""Session 15 of issue 12: the one reading of a person's name shape that the trade-noun,
employer, role-label and author rules share (`people.person_shape.person_shaped`). Sentences
and names written for these tests; the model's labels are set on the Doc (`only_tagged_doc`), so
each test exercises the rule, not what the small model tags."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import newsdesk
from newsdesk.analysis import entities
from newsdesk.analysis.entities.people.person_shape import (
    AUTHOR_SHAPE,
    LABEL_SHAPE,
    TRADE_SHAPE,
    NameShape,
    name_word,
    person_shaped,
)
from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p.role for p in people}


# Class: one reading of "shaped like a person's name" (session 15).


def _doc(text: str) -> Doc:
    return load_model(DEFAULT_MODEL)(text)


@pytest.mark.parametrize("shape", [TRADE_SHAPE, LABEL_SHAPE, AUTHOR_SHAPE])
@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Carla D. Moss", True),  # a known given name, an initial between
        ("Simon Strålberg", True),  # letters beyond ASCII are a name's letters
        ("Tatsu", False),  # one word is no full name
        ("Orla Quinn Farrow Beck Nye", False),  # five words are no person's name
        ("Jean-Paul Sartre", False),  # spaCy splits the ASCII hyphen off: no name word
    ],
)
def test_every_shape_reads_the_words_alike(text: str, shaped: bool, shape: NameShape) -> None:
    doc = _doc(text)
    assert person_shaped(doc, 0, len(doc), shape) is shaped


def test_a_hyphen_the_tokenizer_keeps_inside_a_word_is_a_name_word() -> None:
    doc = _doc("Jean\u2011Paul Quenneville")  # a non-breaking hyphen: one token
    assert len(doc) == 2
    assert name_word(doc[0].text)
    assert person_shaped(doc, 0, len(doc), TRADE_SHAPE)
    assert not name_word("Jean-")  # a mark at the end is none inside


# (Session 15 review) each rule's reading, session 14's where it was right
@pytest.mark.parametrize(
    ("text", "trade", "label", "author"),
    [
        # no known name, no English word: a trade noun's or an author's person; a label's
        # only when the article tags the name a person elsewhere (no known name at an end)
        ("Yukinobu Tatsu", True, False, True),
        # a known given name first and an English word after it: an author needs every word a
        # known name or no English word, so a firm or a team named after a town is none
        ("Austin Energy", True, True, False),
        ("Florence Fashion", True, True, False),
        ("Dallas Mavericks", True, True, False),
        # every word a known given name or surname ('Power', 'Harbor' are surnames): a
        # person's shape by its words alone, for the author rule too (session 14's reading)
        ("Georgia Power", True, True, True),
        ("Grace Harbor", True, True, True),
        # English words, no known given name: no person's ('Harbor' a known surname last is
        # a label's evidence only)
        ("Crimson Harbor", False, True, False),
        ("Devolver Digital", False, False, False),
        # a firm's word: the trade rule reads the last word only, the author rule every word,
        # the label rule none
        ("Russell Brand", True, True, False),
        ("Carla Press Moss", True, True, False),
        ("Anna Marsh Bank", False, True, False),
        ("Bloomsbury Publishing", False, False, False),
        # a capital inside a given name: a label's person, a product's shape for the others
        ("JaMarr Chase", False, True, False),
        ("GoPro Hero", False, False, False),
        # two words no English has, neither a known name: a trade noun's or an author's person,
        # not a label's (a firm as often, 'Publisher: Bandai Namco')
        ("Bandai Namco", True, False, True),
    ],
)
def test_each_rule_reads_the_shape_as_session_14_did(
    text: str, trade: bool, label: bool, author: bool
) -> None:
    doc = _doc(text)
    assert person_shaped(doc, 0, len(doc), TRADE_SHAPE) is trade
    assert person_shaped(doc, 0, len(doc), LABEL_SHAPE) is label
    assert person_shaped(doc, 0, len(doc), AUTHOR_SHAPE) is author


def test_a_firm_named_after_a_given_name_owning_a_book_is_no_author() -> None:
    text = (
        "Critics praised Austin Energy's latest book, which the utility will release next spring."
    )
    brief = newsdesk.analyze(text)
    assert "Austin Energy" not in {p.name for p in brief.people}
    # a person's name of no English word owning a novel is an author's
    text = "Critics praised Marisol Quenneville's latest novel, which will be out next spring."
    assert "Marisol Quenneville" in _people(text, {})


def test_a_role_label_keeps_a_name_with_a_firms_word_or_an_inner_capital() -> None:
    text = "Trend two: storage\n\nCEO: Russell Brand\n\nCTO: JaMarr Chase"
    people = _people(text, {"Russell Brand": "ORG", "JaMarr Chase": "ORG"})
    assert people == {"Russell Brand": "CEO", "JaMarr Chase": "CTO"}


def test_a_trade_noun_keeps_its_role_before_a_surname_that_is_a_firms_word() -> None:
    text = "The puzzle game was built by software developer Russell Brand over four years."
    assert _people(text, {"Russell Brand": "ORG"}) == {"Russell Brand": "software developer"}
    # a firm's last word still keeps the name a firm
    text = "The puzzle game was built by software developer Quinn Harbor Bank over four years."
    assert "Quinn Harbor Bank" not in _people(text, {"Quinn Harbor Bank": "ORG"})


def test_a_role_label_makes_a_person_only_of_a_person_shaped_name() -> None:
    # the label rule's shape: a known given name first or a known surname last; 'Harlow
    # Freight Group' has neither
    text = "Trend two: storage\n\nCEO: Marisol Quenneville\n\nPartner: Harlow Freight Group"
    tags = {"Marisol Quenneville": "ORG", "Harlow Freight Group": "ORG"}
    people = _people(text, tags)
    assert people.get("Marisol Quenneville") == "CEO"
    assert "Harlow Freight Group" not in people


def test_a_trade_noun_before_a_full_name_of_accented_letters_makes_a_person() -> None:
    # the shape reads letters beyond ASCII as a name's ('Ørjan Ibáñez', no given name the US list knows), so the trade noun is
    # the person's role and the name the model typed a firm is a person's
    text = "The puzzle game was built by software developer Ørjan Ibáñez over four years."
    assert "Ørjan Ibáñez" in _people(text, {"Ørjan Ibáñez": "ORG"})
    # a firm's word in the name keeps it a firm ('developer Ibáñez Studios')
    text = "The puzzle game was built by software developer Ibáñez Studios over four years."
    assert "Ibáñez Studios" not in _people(text, {"Ibáñez Studios": "ORG"})
