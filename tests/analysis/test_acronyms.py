"""Session 28 (issues 11 and 12): one acronym matcher, `analysis.acronyms`, for the
organisations stage (an acronym joins the name it abbreviates) and the commitment actors (an
acronym is the name in reach it abbreviates). Each test asks one behaviour the merge decided of
both stages; every sentence and name is written for these tests."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.analysis.acronyms import abbreviates, fitting, initials_of, letters, skipped
from newsdesk.analysis.entities.organizations import organizations
from newsdesk.analysis.entities.spans import make_span
from tagging import only_tagged_doc


def _grouped(text: str, names: list[str]) -> dict[str, list[str]]:
    """The organisations stage on `text` with exactly `names` tagged ORG: name -> aliases."""
    doc = only_tagged_doc(text, {rf"\b{n}\b": "ORG" for n in names})
    spans = [make_span(doc, e.start, e.end, e.label_) for e in doc.ents]
    return {o.name: o.aliases for o in organizations(doc, spans, language="en")}


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        # letters after a word's initial (the organisations stage's initials could not read it)
        ("NYMEX", "New York Mercantile Exchange"),
        ("IBM", "International Business Machines"),  # the initials alone
        ("FBI", "Federal Bureau of Investigation"),  # a preposition skipped
        ("BOA", "Bank of America"),  # ... or giving its initial
        ("UCLA", "University of California at Los Angeles"),  # 'at' (the actors kept it)
        ("BNY", "The Bank of New York"),  # a leading article
        ("GM", "General Motors Corp"),  # a legal form (the organisations stage kept it)
        ("ADL", "Anti-Defamation League"),  # a hyphen splits words (the actors dropped them)
        ("WNBA", "Women's National Basketball Association"),  # an apostrophe's word kept
    ],
)
def test_an_acronym_abbreviates_its_name(acronym: str, name: str) -> None:
    assert abbreviates(acronym, name)


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("XON", "Exxon Corp"),  # a ticker: one word besides the legal form
        ("CHV", "Chevron Corp"),
        ("TE", "The Economist"),  # one word besides the article
        ("NX", "New York"),  # 'York' gives no letter: every other word gives its initial first
        ("EMX", "Eastern Mining Exchange"),  # 'x' is not Exchange's initial
        ("ABC", "Acme Building"),  # no 'c' in 'Building'
        ("FBIX", "Federal Bureau of Investigation"),  # a letter no word has left over
    ],
)
def test_an_acronym_does_not_abbreviate_another_name(acronym: str, name: str) -> None:
    assert not abbreviates(acronym, name)


def test_initials_come_before_letters_read_inside_a_word() -> None:
    # 'NSC' reads 'Northern Security' too (seCurity), but is the Council's initials
    names = ["Northern Security", "Northern Security Council"]
    assert abbreviates("NSC", "Northern Security")
    assert fitting("NSC", names) == ["Northern Security Council"]
    assert fitting("NYMEX", ["New York Mercantile Exchange"]) == ["New York Mercantile Exchange"]
    assert initials_of("IBM", "International Business Machines")
    assert not initials_of("NYMEX", "New York Mercantile Exchange")


def test_the_small_words_and_legal_forms_are_one_list() -> None:
    assert {"a", "an", "at", "in", "on", "to", "of", "the"} <= skipped()
    assert {"corp", "inc", "ltd", "plc"} <= skipped()
    assert "exchange" not in skipped()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("U.N.", "UN"), ("EU", "EU"), ("NYMEX", "NYMEX"), ("UNESCO", "UNESCO")],
)
def test_letters_of_an_acronym(text: str, expected: str) -> None:
    assert letters(text) == expected


@pytest.mark.parametrize("text", ["A", "I.", "Apple", "AT&T", "BREAKING", "Nymex"])
def test_no_acronym(text: str) -> None:
    # one capital is below the two-letter minimum; seven capitals are a word written loud
    assert letters(text) is None


def test_the_organisations_stage_groups_an_acronym_read_through_the_words() -> None:
    text = (
        "The New York Mercantile Exchange set new margins on Monday. "
        "NYMEX said traders would pay more from March."
    )
    orgs = _grouped(text, ["New York Mercantile Exchange", "NYMEX"])
    assert orgs == {"New York Mercantile Exchange": ["NYMEX"]}


def test_the_organisations_stage_groups_an_acronym_with_its_initials_first() -> None:
    text = (
        "The Northern Security Council met on Monday. A former Northern Security Adviser, "
        "Dana Pryce, said the NSC would meet again in May."
    )
    orgs = _grouped(text, ["Northern Security Council", "Northern Security(?! Council)", "NSC"])
    assert orgs.get("Northern Security Council") == ["NSC"]
    assert orgs.get("Northern Security") == []


def test_the_organisations_stage_groups_an_acronym_without_the_legal_form() -> None:
    text = "Shares of Harlow Valve Corp rose on Tuesday. HV said it would hire 200 people."
    orgs = _grouped(text, ["Harlow Valve Corp", "HV"])
    assert orgs == {"Harlow Valve Corp": ["HV"]}


def test_the_organisations_stage_keeps_a_one_letter_capital_apart() -> None:
    text = "Harlow Valve Corp said on Tuesday that H would hire 200 people."
    orgs = _grouped(text, ["Harlow Valve Corp", "H"])
    assert "H" not in orgs.get("Harlow Valve Corp", [])


def test_an_actors_two_letter_acronym_stays_as_written() -> None:
    text = "The United Nations met in Geneva on Monday. The UN said it will send observers."
    assert {tuple(r.actors) for r in found(text)} == {("UN",)}
