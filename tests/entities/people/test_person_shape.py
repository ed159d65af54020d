"""Session 15 of issue 12: the one reading of a person's name shape that the trade-noun,
employer, role-label and author rules share (`people.person_shape.person_shaped`). Sentences
and names written for these tests; the model's labels are set on the Doc (`only_tagged_doc`), so
each test exercises the rule, not what the small model tags."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsdesk.analysis import entities
from newsdesk.analysis.entities.people.person_shape import person_shaped
from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p.role for p in people}


# Class: one reading of "shaped like a person's name" (session 15).


def _doc(text: str) -> Doc:
    return load_model(DEFAULT_MODEL)(text)


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Carla D. Moss", True),  # a known given name, an initial between
        ("Yukinobu Tatsu", True),  # no known name, but no English word either
        ("Simon Strålberg", True),  # letters beyond ASCII are a name's letters
        ("Crimson Harbor", False),  # English words and no known name
        ("Bloomsbury Publishing", False),  # a firm's word
        ("Anna Marsh Bank", False),  # a firm's word at the end, after a full name
        ("GoPro Hero", False),  # a product's shape
        ("Tatsu", False),  # one word is no full name
    ],
)
def test_person_shaped(text: str, shaped: bool) -> None:
    doc = _doc(text)
    assert person_shaped(doc, 0, len(doc)) is shaped


def test_a_role_label_makes_a_person_only_of_a_person_shaped_name() -> None:
    # the label rule reads the shape person_shaped reads: a firm's word keeps it a firm
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
