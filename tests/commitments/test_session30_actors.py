"""Session 30 (issue 11, actors): sentences written for these tests, none from a bench page.

- A list the parse breaks: "Cloud providers like A, B, and C will …" where the small model makes
  the last member the subject and hangs the plural with its list inside the words before it, or
  makes the plural a second subject of the verb ("Payment firms like A, B, and C have pledged …"):
  every member the listing word names acts, not the last one alone."""

from __future__ import annotations

import pytest

from commitment_helpers import actors_of


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # the plural and its list hang inside the last member's words
        (
            "Cloud providers like Nimbra, Vaultix, and Corvel Cloud will open data centers "
            "in Kenya.",
            "will",
            {"Nimbra", "Vaultix", "Corvel Cloud"},
        ),
        (
            "Cloud providers like Linode, Vultr, and Microsoft Azure will open data centers "
            "in Kenya.",
            "will",
            {"Linode", "Vultr", "Microsoft Azure"},
        ),
        # the plural a second subject of the verb, the last member after "and"
        (
            "Payment firms like Stripe, Adyen, and Square have pledged to cut fees for small "
            "charities.",
            "pledged",
            {"Stripe", "Adyen", "Square"},
        ),
    ],
)
def test_every_member_of_a_broken_list_acts(text: str, trigger: str, actors: set[str]) -> None:
    assert set(actors_of(text, trigger)) == actors


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # a list the parse keeps whole: unchanged
        (
            "Banks including Barclays, HSBC, and Lloyds Banking Group will close branches in "
            "rural towns.",
            "will",
            ["Barclays", "HSBC", "Lloyds Banking Group"],
        ),
        # a listing word in another clause: the subject after "and" acts alone
        (
            "Rivals such as Stripe struggled in May, and Square has pledged to cut fees for "
            "small charities.",
            "pledged",
            ["Square"],
        ),
        (
            "Banks like Barclays lost money and HSBC will close branches in rural towns.",
            "will",
            ["HSBC"],
        ),
    ],
)
def test_a_subject_that_ends_no_list_keeps_its_actors(
    text: str, trigger: str, actors: list[str]
) -> None:
    assert actors_of(text, trigger) == actors
