"""Session 30 (ppl2): people the model left untagged or typed something else, recovered from
the parse's evidence, on sentences written for these tests (none from a bench page), with the
near shapes that must not change.

- A one-word name that 'he' or 'she' refers back to, untagged or typed a firm, a place, a
  product or a work, is a person (`missed.coreferred_names`): the subject of its clause, not
  its sentence's first word, with the pronoun a subject after it in its sentence or the next
  before any other person, and no person before it in its sentence.
- A noun of a person right before a dash or a colon before a name is a person's evidence for
  a name that opens with a given name that is an English word too ('my favourite actor -
  Heath Rowan'; `name_reading.person_noun_before_mark`).
- A list of people makes a person-shaped name the model typed a building or a product a
  person, as it did a name typed a firm or a place (`detect._LISTED_LABELS`)."""

from __future__ import annotations

import pytest

from newsdesk.analysis import entities
from newsdesk.analysis.entities.people.missed import coreferred_names
from newsdesk.analysis.entities.spans import DocView
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> set[str]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}


# 1. A one-word name 'he' or 'she' refers back to


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # untagged
        ("Before Marovek was a famous singer, she sang in small bars across the county.", {}),
        # typed a firm
        (
            "Before Marovek was a famous singer, she sang in small bars across the county.",
            {"Marovek": "ORG"},
        ),
        # typed a place, the pronoun in the next sentence
        (
            "In the spring Marovek left the farm for good. Later he opened a bakery by the river.",
            {"Marovek": "GPE"},
        ),
    ],
)
def test_a_one_word_name_a_pronoun_refers_back_to_is_a_person(
    text: str, tags: dict[str, str]
) -> None:
    assert "Marovek" in _people(text, tags)


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # no 'he' or 'she' after it
        ("Before Marovek was a famous band, the bars of the county were quiet.", {}),
        # a person named before it in its sentence: the pronoun may be hers
        (
            "Ann Lee said that Marovek was closing, and she left the county.",
            {"Ann Lee": "PERSON"},
        ),
        # another person between it and the pronoun
        (
            "In the spring Marovek hired Ann Lee, and she ran the bakery.",
            {"Ann Lee": "PERSON", "Marovek": "ORG"},
        ),
        # its sentence's first word: any word is capitalised there
        ("Marovek was a famous band, and she sang with it.", {}),
    ],
)
def test_a_name_the_pronoun_may_not_stand_for_stays_out(text: str, tags: dict[str, str]) -> None:
    assert "Marovek" not in _people(text, tags)


def test_a_plural_or_a_determiner_before_the_word_is_no_name() -> None:
    doc = only_tagged_doc(
        "After the Velmonts arrived, he left. When the Marovek was sold, she cried.", {}
    )
    assert coreferred_names(doc, DocView.of(doc), []) == []


# 2. A noun of a person before a dash or a colon


@pytest.mark.parametrize(
    "text",
    [
        '"I owe it all to my favorite actor - Heath Rowan," the singer said on Sunday.',
        "The prize went to one writer: Hope Calder, whose novel sold well.",
    ],
)
def test_a_person_noun_before_a_dash_or_colon_introduces_a_person(text: str) -> None:
    names = _people(text, {})
    assert "Heath Rowan" in names or "Hope Calder" in names


@pytest.mark.parametrize(
    "text",
    [
        # a noun of a place, not of a person
        '"I owe it all to my favorite street - Heath Rowan," the singer said on Sunday.',
        # no dash or colon between: a modifier, not an introduction
        "The museum opened a new wing: Heath Rowan Hall is its name.",
    ],
)
def test_no_person_noun_before_the_mark_no_person(text: str) -> None:
    assert not ({"Heath Rowan", "Heath Rowan Hall"} & _people(text, {}))


# 3. A list of people makes a name typed a building or a product a person


@pytest.mark.parametrize("label", ["FAC", "PRODUCT"])
def test_a_name_typed_a_building_or_a_product_among_people_is_a_person(label: str) -> None:
    text = "The report was written by Sara Vell, Megan Carey, Annie Dorr and Susanna Loeb."
    tags = {
        "Sara Vell": label,
        "Megan Carey": "PERSON",
        "Annie Dorr": "PERSON",
        "Susanna Loeb": "PERSON",
    }
    assert "Sara Vell" in _people(text, tags)


def test_a_building_among_buildings_stays_a_building() -> None:
    text = "The council sold Tilda Hall, Rowan House and Kew Tower last year."
    tags = {"Tilda Hall": "FAC", "Rowan House": "FAC", "Kew Tower": "FAC"}
    assert not ({"Tilda Hall", "Rowan House", "Kew Tower"} & _people(text, tags))
