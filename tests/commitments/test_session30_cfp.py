"""Session 30, cfp (docs/history/session30-cfp.md): a name the small model tags ORG that the text
treats as a product, a thing just launched ("the new Zenfone", "the latest …":
`new_thing_adjectives`) or a release with a version number ("Orbix OS 4.1"), undertakes
nothing (`agency.named_as_a_thing`): its *will* describes what the thing does. The five
sentences of `test_a_product_tagged_org_is_no_agent` each gave a record on the old code. A body with a
number in its name ("Channel 4"), a noun for a body after "new" ("the new Zenfone maker"), a
bare company name and a company's "it" keep their record. Sentences written for these tests;
names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.analysis.commitments.agency import named_as_a_thing
from newsdesk.analysis.nlp import load_model, model_name


@pytest.mark.parametrize(
    "text",
    [
        "The new Zenfone will ship with a larger battery.",
        "The latest Zenfone will ship in black and silver.",
        "The newest Zenfone will run on a faster chip.",
        "Orbix OS 4.1 will add support for foldable screens.",
        "Nimbus Cloud 2.5 will store files for thirty days.",
    ],
)
def test_a_product_tagged_org_is_no_agent(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Channel 4 will broadcast the final next week.", "Channel 4"),
        ("The new Zenfone maker will hire 300 engineers next year.", "new Zenfone maker"),
        ("Zenfone will hire 300 engineers next year, the company said.", "Zenfone"),
        ("The Strata Group said on Monday it will open a new plant in Ohio.", "Strata Group"),
        ("Corvane Systems will open a new office in Leeds, its chief executive said.", ""),
    ],
)
def test_a_body_keeps_its_record(text: str, actor: str) -> None:
    recs = found(text)
    assert [r.strength for r in recs] == ["commitment"]
    if actor:
        assert recs[0].actors == [actor]


def _subject(text: str) -> tuple[str, bool]:
    doc = load_model(model_name(None))(text)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    return subj.ent_type_, named_as_a_thing(subj)


def test_a_version_in_a_relative_clause_is_not_the_subjects() -> None:
    # "Acme, which shipped Orbix 4.1 …": the number belongs to the clause, not to the name
    doc = load_model(model_name(None))(
        "Veltrix Inc, which shipped Orbix 4.1 last year, will hire 300 engineers."
    )
    subj = next(t for t in doc if t.dep_ == "nsubj" and t.head.lemma_ == "hire")
    assert not named_as_a_thing(subj)


def test_new_before_a_proper_name_only() -> None:
    ent, thing = _subject("The new Zenfone will ship with a larger battery.")
    assert (ent, thing) == ("ORG", True)
    _, thing = _subject("The new Labour government will cut fees for students.")
    assert not thing
