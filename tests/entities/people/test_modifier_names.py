"""Session 18, round 2 (issue 12, firms named like people): the document's weight of a name's
uses. A name that modifies several different common nouns in most of its mentions ('Varnell
Quist tests ... Varnell Quist charts') is a publication, a brand or a style; a
person's name that modifies one noun again and again ('the Dornan administration') is not
counted. Sentences written for these tests; the entities are set on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis import entities
from newsdesk.analysis.entities import evidence
from newsdesk.analysis.entities.people.grouping import PersonGroup, group_people
from newsdesk.analysis.entities.people.wrapped import wrapped_names
from newsdesk.analysis.entities.spans import make_span
from tagging import only_tagged_doc

_PUBLICATION = (
    "Varnell Quist said on Monday that two new laptops overheat. "
    "The Varnell Quist review compared four laptops over a month. "
    "Varnell Quist tests looked at their batteries. "
    "Varnell Quist charts show that two of them overheated."
)

_PRESIDENT = (
    "President Harlan Dornan signed the bill on Monday. "
    "The Dornan administration said the law would take effect in May. "
    "Critics of the Dornan administration said it came too late. "
    "Dornan said he would not wait for Congress."
)


def _names(text: str, tags: dict[str, str]) -> set[str]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}


def _group(text: str, tags: dict[str, str]) -> tuple[Doc, PersonGroup]:
    doc = only_tagged_doc(text, tags)
    spans = [make_span(doc, e.start, e.end, "PERSON") for e in doc.ents]
    (group,) = group_people(doc, spans, wrapped_names(doc))
    return doc, group


def test_the_rule_counts_different_nouns_and_most_mentions() -> None:
    doc, group = _group(_PUBLICATION, {"Varnell Quist": "PERSON"})
    nouns = [evidence._modified_noun(doc, s) for s in group.mentions]
    assert nouns[0] is None  # 'Varnell Quist said' stands alone
    assert {"review", "test", "chart"} <= {n for n in nouns if n}
    assert evidence._modifier_of_things(doc, group)


def test_mentions_after_a_determiner_are_counted_once() -> None:
    # (fix round 2) 'The Varnell Quist review', 'The Varnell Quist team': the determiner
    # score counts these mentions already; 'another' is no determiner of the list
    text = (
        "Varnell Quist said on Monday that two new laptops overheat. "
        "The Varnell Quist review compared four laptops over a month. "
        "Another Varnell Quist article looked at their batteries. "
        "The Varnell Quist team found that two of them overheated."
    )
    doc, group = _group(text, {"Varnell Quist": "PERSON"})
    assert not evidence._modifier_of_things(doc, group)


_OFFICE = (
    "The Dornan administration had backed the plan for years, according to Michael Dornan. "
    "A Dornan adviser said the vote was close. The Dornan campaign raised money for it."
)


def test_a_politician_named_before_his_office_and_campaign_is_kept() -> None:
    tags = {"Michael Dornan": "PERSON", "(?<!Michael )Dornan": "PERSON"}
    assert "Michael Dornan" in _names(_OFFICE, tags)
    doc, group = _group(_OFFICE, tags)
    assert not evidence._modifier_of_things(doc, group)


def test_nouns_of_a_family_never_count() -> None:
    text = (
        "Lena Marsh grew up near the harbour. The Marsh family sold fish there for decades. "
        "The Marsh house still stands on the quay."
    )
    tags = {"Lena Marsh": "PERSON", "(?<!Lena )Marsh": "PERSON"}
    doc, group = _group(text, tags)
    nouns = {evidence._modified_noun(doc, s) for s in group.mentions} - {None}
    assert nouns == {"family", "house"}
    assert nouns <= evidence._PERSON_MODIFIED_NOUNS
    assert not evidence._modifier_of_things(doc, group)
    assert "Lena Marsh" in _names(text, tags)


def test_a_person_whose_name_modifies_one_noun_again_is_kept() -> None:
    tags = {"Harlan Dornan": "PERSON", "(?<!Harlan )Dornan": "PERSON"}
    assert "Harlan Dornan" in _names(_PRESIDENT, tags)
    doc, group = _group(_PRESIDENT, tags)
    assert len(group.mentions) == 4
    assert not evidence._modifier_of_things(doc, group)


def test_one_use_as_a_modifier_is_not_enough() -> None:
    text = (
        "Mireya Santangel wrote the novel in a rented room. "
        "The Santangel novel sold well. Santangel said she had expected less."
    )
    assert "Mireya Santangel" in _names(
        text, {"Mireya Santangel": "PERSON", "(?<!Mireya )Santangel": "PERSON"}
    )
