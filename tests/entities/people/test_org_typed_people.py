"""Session 25, peopleorg (issue 12): people the model types as organisations. A full name the
model tagged ORG, shaped like a person's (two to four capitalised words, a known given name or
a word of no English first, a known surname or a word of no English last, no firm's word, no
gazetteer place), is a person where the text shows a person at one of its mentions and a firm
at none (`people.typed_org`). Sentences written for these tests (none from a bench); the
name's label is set on the Doc (`tagged_doc`), as the small model sets it on real articles,
so that each exercises the rule."""

from __future__ import annotations

import re

import pytest

from newsdesk.analysis import entities
from tagging import tagged_doc


def _extract(text: str, orgs: list[str]) -> tuple[dict[str, list[str]], set[str]]:
    """People (name -> mention texts) and organisation names of `text`, each match of each
    pattern of `orgs` tagged ORG."""
    spans = [(m.start(), m.end(), "ORG") for o in orgs for m in re.finditer(o, text)]
    people, _, found = entities.extract(tagged_doc(text, spans))
    return {p.name: [m.text for m in p.mentions] for p in people}, {o.name for o in found}


PEOPLE = [
    # a role noun in apposition after the name
    (
        "Tomasz Wrzesniak, treasurer of the rowing club, said the boat had been stolen.",
        "Tomasz Wrzesniak",
    ),
    (
        "Kofi Mensah-Bonsu, chairman of the farmers' union, said prices had fallen.",
        "Kofi Mensah-Bonsu",
    ),
    ("The union backed Wiremu Tane, spokesman for the iwi, in the dispute.", "Wiremu Tane"),
    # a role noun before the name, between commas or right before it
    ("One witness, Olufemi Adeyanju, said he heard two shots.", "Olufemi Adeyanju"),
    ("One neighbour, Hamid Qureshi, said he saw smoke from the roof.", "Hamid Qureshi"),
    (
        "Regional envoy Dragan Vukelic-Bozic warned that the truce was fragile.",
        "Dragan Vukelic-Bozic",
    ),
    ("Local councillor Ngaio Te Rangi-Walker voted against the plan.", "Ngaio Te Rangi-Walker"),
    # a subject with a personal pronoun after it
    (
        "The stadium was quiet after Jean-Baptiste Okafor scored his second goal.",
        "Jean-Baptiste Okafor",
    ),
    ("Dimitrios Karagounis scored twice before he was sent off.", "Dimitrios Karagounis"),
    (
        "The committee asked whether Radoslav Mirkovic accepted the payment. He denied it.",
        "Radoslav Mirkovic",
    ),
    (
        "Siosaia Fifita takes part in the march every year. Fifita left his village in 1998.",
        "Siosaia Fifita",
    ),
    # 'by' after a work or a noun of a person's work
    ("The festival closed with a lecture by Oddny Vesterhus on glaciers.", "Oddny Vesterhus"),
    ("A talk by Saoirse Ní Bhriain opened the conference.", "Saoirse Ní Bhriain"),
    ("The poem was read at a workshop by Tariq Almasri on Sunday.", "Tariq Almasri"),
    (
        "She found a novel called “The Salt Road” by Oona Marchetti-Ruiz in the library.",
        "Oona Marchetti-Ruiz",
    ),
    # a prize's category before 'for'
    (
        "Nominations: best picture, best director for Nkechi Obiora-Eze, best score.",
        "Nkechi Obiora-Eze",
    ),
    # an 'it' outside the name's clause stands for no firm
    (
        "Oddvar Kleppe scored twice. It was a fine night, and he was pleased.",
        "Oddvar Kleppe",
    ),
    # a title before it
    ("Deputy Mayor Arvid Lindqvist-Berg opened the bridge on Monday.", "Arvid Lindqvist-Berg"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_full_name_typed_a_firm_with_a_person_at_it_is_a_person(text: str, name: str) -> None:
    people, orgs = _extract(text, [re.escape(name)])
    assert name in people
    assert name not in orgs


def test_a_title_taken_into_the_firm_span_is_split_off() -> None:
    text = (
        "The plan was approved, according to Director of Network Operations Kwame Boateng, today."
    )
    people, orgs = _extract(text, ["Network Operations Kwame Boateng"])
    assert "Kwame Boateng" in people
    assert "Network Operations Kwame Boateng" not in orgs


def test_the_given_name_alone_joins_the_person() -> None:
    text = (
        "Grace Mbeki arrived in Durban on Friday for the start of her campaign. Grace said "
        "the crowd was the best she had seen."
    )
    people, orgs = _extract(text, ["Grace Mbeki", r"Grace(?! Mbeki)"])
    assert people == {"Grace Mbeki": ["Grace Mbeki", "Grace"]}
    assert "Grace" not in orgs


def test_the_surname_alone_joins_the_person() -> None:
    text = "Alain Tita Fouda joins the march every week. Fouda left his native Togo in 2014."
    people, _ = _extract(text, ["Alain Tita Fouda", r"(?<=\. )Fouda"])
    assert people == {"Alain Tita Fouda": ["Alain Tita Fouda", "Fouda"]}


FIRMS = [
    # 'its' refers back to the name before any personal pronoun
    (
        "Morgan Stanley cut its forecast on Monday. She said the bank would hire 300 staff.",
        "Morgan Stanley",
    ),
    ("Charles Schwab cut its fees on Monday, and he said nothing.", "Charles Schwab"),
    ("Tavistock Kessler raised its prices, and he said so.", "Tavistock Kessler"),
    # a firm's noun with 'the' as the next subject
    ("Goldman Sachs hired him in May. The bank said his team would grow.", "Goldman Sachs"),
    ("Dean Witter opened two branches. The firm said he had approved them.", "Dean Witter"),
    # a firm cue beside the name
    ("An analyst at Morgan Stanley said she expected the deal to close.", "Morgan Stanley"),
    ("The brokerage Edward Jones said he would review the accounts.", "Edward Jones"),
    # a determiner before it
    ("The Dow Jones fell 200 points before he could sell.", "Dow Jones"),
    # a firm's word in the name, an ampersand
    ("Harris Holdings scored a record year and he was pleased.", "Harris Holdings"),
    ("Ernst & Young audited the accounts, and he signed them.", "Ernst & Young"),
    ("Johnson & Johnson recalled the powder before he left.", "Johnson & Johnson"),
    # a place the gazetteer knows
    ("Santa Monica, chairman of nothing, said he loved the beach.", "Santa Monica"),
    # a verb of saying alone is no evidence: firms say as often
    ("Lazard Freres said on Tuesday profits would rise.", "Lazard Freres"),
]


@pytest.mark.parametrize(("text", "name"), FIRMS)
def test_a_firm_named_like_a_person_stays_no_person(text: str, name: str) -> None:
    people, _ = _extract(text, [re.escape(name)])
    assert name not in people
