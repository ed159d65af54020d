"""Session 27 (issue 12, known wrong output): sentences written for these tests, none from a
bench page.

- A name the model typed an organisation is no person for a 'he' that follows another person
  ('Dow Jones reported that Buffett said he …': the pronoun is Buffett's).
- A town's reading follows the first-level region (province, state) the article names:
  'Victoria' beside British Columbia is Victoria, BC, not Victoria, Hong Kong.
- An apposition headed by a noun of a firm's kind after a word of its trade ('Jardine
  Matheson, the trading house, said') makes the name a firm's."""

from __future__ import annotations

import pytest

from entity_helpers import brief_of, people_names, people_tagged, place_named


@pytest.mark.parametrize(
    "text",
    [
        "Dow Jones reported that Warren Buffett said he would keep the shares.",
        "Dow Jones reported that Buffett said he would keep the shares.",
        "Warren Buffett spoke on Monday. Dow Jones reported that Buffett said he would keep "
        "the shares.",
    ],
)
def test_a_firm_is_no_person_for_another_persons_he(text: str) -> None:
    names = people_names(brief_of(text))
    assert "Dow Jones" not in names
    assert names & {"Warren Buffett", "Buffett"}


def test_a_firm_typed_name_before_another_persons_he_stays_a_firm_when_tagged() -> None:
    text = "Dow Jones reported that Buffett said he would keep the shares."
    assert people_tagged(text, {"Dow Jones": "ORG", "Buffett": "PERSON"}) == {"Buffett"}


def test_a_person_typed_a_firm_with_his_own_he_is_still_a_person() -> None:
    # session 25's shape: the pronoun after the name, no other person between
    text = "Alain Tita Mongu took part in the talks, and later he left for Paris."
    assert people_tagged(text, {"Alain Tita Mongu": "ORG", "Paris": "GPE"}) == {"Alain Tita Mongu"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Police in Victoria said a man was arrested on Friday. British Columbia's premier "
            "said the province would review the case.",
            "CA",
        ),
        (
            "Police in Victoria said a man was arrested on Friday. The Hong Kong government "
            "said it would review the case.",
            "HK",
        ),
    ],
)
def test_a_town_follows_the_region_the_article_names(text: str, country: str) -> None:
    victoria = place_named(brief_of(text).places, "Victoria")
    assert victoria is not None
    assert victoria.country_code == country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jardine Matheson, the trading house, said profits rose in the first half.", None),
        ("Greta Lund, the fashion house, said it would open a store in Paris.", None),
        # near shapes: a role whose head is no firm's noun, a house as a building
        ("Smith, the house speaker, said the vote would be held on Tuesday.", "Smith"),
        ("Tom Baxter, the house guest, said he would leave on Sunday.", "Tom Baxter"),
        ("Greta Lund, who owns the house, said she would sell it.", "Greta Lund"),
    ],
)
def test_an_apposition_of_a_firms_kind(text: str, person: str | None) -> None:
    names = people_names(brief_of(text))
    assert names == ({person} if person else set())
