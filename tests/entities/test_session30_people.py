"""Session 30 (people): three small improvements to person extraction, each on sentences written
for these tests (none from a bench page), with the near shapes that must not change.

- The product filter's article rule ('a Picasso', 'the Ford Mustang') spares a full name of a
  known given name and a known surname, no title among its words ('a Damien Hirst painting').
- 'who' right after a name, the relative clause the parse attaches to it, is a person's
  evidence, and makes a person-shaped full name the model typed an organisation a person.
- An in-text citation's authors in brackets ('(Dietrichson, Bøg, Filges, Klint Jørgensen,
  2017)') are people: a group of two names or more ending at a year, ')' or ';', one of them
  tagged a person."""

from __future__ import annotations

import pytest

from entity_helpers import people_tagged
from newsdesk.analysis import entities
from newsdesk.analysis.entities.people.citations import bracket_authors
from tagging import only_tagged_doc

# 1. A full name after an article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The gallery sold a Damien Hirst painting for four million dollars on Friday.",
            "Damien Hirst",
        ),
        ("He found a Norman Rockwell sketch in the attic of the farmhouse.", "Norman Rockwell"),
    ],
)
def test_a_known_full_name_after_an_article_is_a_person(text: str, name: str) -> None:
    assert name in people_tagged(text, {name: "PERSON"})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one word after an article: a work or a product
        ("The museum bought a Picasso at the auction last week.", "Picasso"),
        # a make and a model: no given name first
        ("He drove the Ford Mustang to the coast on Sunday.", "Ford Mustang"),
        # a title among the words: a ship's or a product's name
        ("She bought the Queen Mary model in the harbour shop.", "Queen Mary"),
    ],
)
def test_a_product_after_an_article_stays_dropped(text: str, name: str) -> None:
    assert name not in people_tagged(text, {name: "PERSON"})


# 2. 'who' after a name


@pytest.mark.parametrize(
    "text",
    [
        "The judges praised Honest Tamba, who baked the bread for the fair.",
        "The judges praised Honest Tamba who baked the bread for the fair.",
    ],
)
def test_who_after_a_name_is_a_persons_evidence(text: str) -> None:
    # English words, no known given name: nothing else shows a person
    assert people_tagged(text, {"Honest Tamba": "PERSON"}) == {"Honest Tamba"}


def test_which_after_a_name_is_no_persons_evidence() -> None:
    text = "The judges praised Honest Tamba, which baked the bread for the fair."
    assert people_tagged(text, {"Honest Tamba": "PERSON"}) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Teodor Vrabie, who runs the bakery on the corner, opened early on Monday.",
        "The award went to Teodor Vrabie, who runs the bakery on the corner.",
    ],
)
def test_who_makes_a_full_name_typed_a_firm_a_person(text: str) -> None:
    assert people_tagged(text, {"Teodor Vrabie": "ORG"}) == {"Teodor Vrabie"}


@pytest.mark.parametrize(
    "text",
    [
        # 'which': a firm's relative pronoun
        "Teodor Vrabie, which runs the bakery on the corner, opened early on Monday.",
        # a firm's cue beside it vetoes, whatever follows
        "The bakery chain Teodor Vrabie, who some call the best, opened early on Monday.",
    ],
)
def test_a_full_name_typed_a_firm_without_who_stays_a_firm(text: str) -> None:
    assert people_tagged(text, {"Teodor Vrabie": "ORG"}) == set()


# 3. In-text citations in brackets


def test_in_text_citation_authors_are_people() -> None:
    text = (
        "Tutoring helps pupils who fall behind (Dietrichson, Bøg, Filges, Klint Jørgensen, 2017)."
    )
    people = people_tagged(text, {"Dietrichson": "PERSON"})
    assert {"Dietrichson", "Bøg", "Filges", "Klint Jørgensen"} <= people


def test_citation_groups_split_at_a_semicolon() -> None:
    text = "Reading gains fade by age ten (Halvorsen and Okoro; Marwick, 2019), the review found."
    people = people_tagged(text, {"Halvorsen": "PERSON"})
    # a group of one name is left to the other rules
    assert {"Halvorsen", "Okoro"} <= people


def test_a_citation_closed_by_its_bracket() -> None:
    text = "The survey was repeated in the spring (Marlowe & Ashdown) with the same questions."
    doc = only_tagged_doc(text, {"Marlowe": "PERSON"})
    people = {p.name for p in entities.extract(doc)[0]}
    assert {"Marlowe", "Ashdown"} <= people


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # no name of the group is a person to the model: places, firms
        ("Exports rose in both countries (Brazil, Chile, 2019) last year.", {"Brazil": "GPE"}),
        ("The firms (Acme, Globex) cut their prices last year.", {"Acme": "ORG", "Globex": "ORG"}),
    ],
)
def test_a_bracket_of_no_person_lists_no_authors(text: str, tags: dict[str, str]) -> None:
    doc = only_tagged_doc(text, tags)
    opens = [t.i for t in doc if t.text == "("]
    assert opens
    assert bracket_authors(doc, opens[0]) == []


def test_a_single_name_in_brackets_lists_no_authors() -> None:
    text = "Reading gains fade by age ten (Halvorsen, 2019), the review found."
    doc = only_tagged_doc(text, {"Halvorsen": "PERSON"})
    opens = [t.i for t in doc if t.text == "("]
    assert bracket_authors(doc, opens[0]) == []


def test_a_bracket_of_other_names_of_a_place_lists_no_authors() -> None:
    # 'Hike' is no surname and an English word: a trail's other name, not two authors
    text = "We rode the Ridge Line Trail (Heights Hike and Bike Trail) on Sunday."
    doc = only_tagged_doc(text, {"Heights Hike": "PERSON"})
    opens = [t.i for t in doc if t.text == "("]
    assert bracket_authors(doc, opens[0]) == []
