"""Session 27 (issues 11 and 12, known wrong output): sentences written for these tests, none
from a bench page.

- A promise verb whose complement clause has a place as its subject: the place undertakes only
  through one who holds an office (session 25's 'President Joe Biden … Biden vowed the United
  States will …'); one named with none promises what the place will do, and the undertaking is
  the one who promises ('Trump promised Mexico will pay for the wall').
- A wire dateline before a firm: the sentence start the dateline component sets on the word
  after the dateline made the small parser end that sentence after its first word ('OSLO, Feb
  12 - Nordvik | ASA said …'), so the record had no actor."""

from __future__ import annotations

import pytest

from commitment_helpers import actors_of, found


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        ("Trump promised Mexico will pay for the wall.", "promised", ["Trump"]),
        ("Ann Lee, a farmer, promised Canada will double its aid.", "promised", ["Ann Lee"]),
        # near shapes that keep their actor
        ("Mexico promised it will pay for the new border fence.", "promised", ["Mexico"]),
        (
            "Prime Minister Ruth Okafor visited the port. Okafor promised that Canada will "
            "double its aid to the region.",
            "promised",
            ["Canada"],
        ),
        ("Mayor Tom Astley pledged to rebuild the bridge by June.", "pledged", ["Tom Astley"]),
        # a firm's office is no office of the country: the one who promises is the actor
        (
            "Harlow Motors CEO Dana Pryce spoke on Monday. Pryce promised that Canada will get "
            "two new plants.",
            "promised",
            ["Dana Pryce"],
        ),
    ],
)
def test_a_place_in_the_promised_clause(text: str, trigger: str, actors: list[str]) -> None:
    assert actors_of(text, trigger) == actors


def test_the_one_who_promises_what_a_place_will_do_is_no_source() -> None:
    (rec,) = [r for r in found("Trump promised Mexico will pay for the wall.")]
    assert rec.actors == ["Trump"]
    assert rec.attribution is None or rec.attribution.text != "Trump"


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "OSLO, Feb 12 - Nordvik ASA said it agreed to buy a Swedish ferry operator for "
            "$200 million.",
            "agreed",
            ["Nordvik ASA"],
        ),
        (
            "BERGEN, Norway, March 3 - Fjordline AS said it will cut 200 jobs at its yard.",
            "will",
            ["Fjordline AS"],
        ),
        # near shape: a firm of three words was whole before
        (
            "OSLO, Feb 12 - Nordvik Shipping ASA said on Monday it agreed to buy a rival.",
            "agreed",
            ["Nordvik Shipping ASA"],
        ),
    ],
)
def test_a_firm_after_a_dateline_keeps_its_name(text: str, trigger: str, actors: list[str]) -> None:
    assert actors_of(text, trigger) == actors
