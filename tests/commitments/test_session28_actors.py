"""Session 28 (issue 11, actors): sentences written for these tests, none from a bench page.

- "it" after a speaker the model alone tags as a person: the people stage did not take the
  name, so it is a body that speaks of itself ('Tallora announced it will combine with
  Edvane'), not a person whose "it" is the organisation last named (the heading's 'Skills
  Era')."""

from __future__ import annotations

import pytest

from commitment_helpers import actors_of

TALLORA = (
    "Learning platforms are merging.\n\nTallora and Edvane own the Skills Era\n\n"
    "Tallora announced it will combine with Edvane in a move that reshapes the market.\n"
)


def test_it_after_a_name_the_people_stage_did_not_take_is_that_body() -> None:
    assert actors_of(TALLORA, "will") == ["Tallora"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # near shapes that keep their actor: a listed person's "it" is the body they speak for
        (
            "Northwind Energy spokesman Tom Astley said it would close two plants.",
            "would",
            ["Northwind Energy"],
        ),
        (
            "Tom Astley, a spokesman for Northwind Energy, said it would close two plants.",
            "would",
            ["Northwind Energy"],
        ),
        (
            "Harbor Valve Systems said on Monday that sales fell. Dana Pryce, its chief "
            "executive, said it would cut 200 jobs.",
            "would",
            ["Harbor Valve Systems"],
        ),
        # a place the model tags a person speaks of itself (session 20)
        ("Sydney says it intends to draft him.", "intends", ["Sydney"]),
    ],
)
def test_it_after_a_listed_person_is_their_body(text: str, trigger: str, actors: list[str]) -> None:
    assert actors_of(text, trigger) == actors
