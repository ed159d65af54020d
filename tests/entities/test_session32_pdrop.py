"""Session 32 (pdrop): one-word names the lone-word filter dropped although the text shows a
person, on sentences written for these tests (none from a bench page), with the near shapes
that must not change.

- A one-word name the parse coordinates with a person the filter keeps (a full name opening
  with a known given name, or a name with a role) or with a pronoun of one person ('himself or
  Kestrin') is a person (`grouping.coordinated_with_person`); two lone words coordinated with
  each other keep neither."""

from __future__ import annotations

import pytest

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> set[str]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}


# 1. A lone word coordinated with a person


@pytest.mark.parametrize(
    ("text", "tags", "name"),
    [
        # with a pronoun of one person
        (
            "Then the keeper will cast the charm on either himself or Kestrin, so as to save the hut.",
            {"Kestrin": "PERSON"},
            "Kestrin",
        ),
        # with a full name that opens with a known given name
        (
            "Dana Whitfield and Orrin ran the workshop together last week.",
            {"Dana Whitfield": "PERSON", "Orrin": "PERSON"},
            "Orrin",
        ),
    ],
)
def test_a_lone_word_coordinated_with_a_person_is_a_person(
    text: str, tags: dict[str, str], name: str
) -> None:
    assert name in _people(text, tags)


@pytest.mark.parametrize(
    ("text", "tags", "name"),
    [
        # two lone words keep neither
        (
            "The library builds on Quillix or Brandor without any changes.",
            {"Quillix": "PERSON", "Brandor": "PERSON"},
            "Brandor",
        ),
        # a full name of no known given name (a product the model took for a person)
        (
            "The laptop streams games from Zentra Cloud Arcade and Vornik at no cost.",
            {"Zentra Cloud Arcade": "PERSON", "Vornik": "PERSON"},
            "Vornik",
        ),
    ],
)
def test_a_lone_word_beside_no_person_stays_dropped(
    text: str, tags: dict[str, str], name: str
) -> None:
    assert name not in _people(text, tags)
