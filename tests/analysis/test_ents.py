"""Session 31: `analysis.ents.entity_at`, the one lookup of the model's entity at a token that
the commitment rules and the place cues share. Sentences written for these tests."""

from __future__ import annotations

from newsdesk.analysis.ents import entity_at
from tagging import only_tagged_doc


def test_a_token_inside_an_entity_gets_the_whole_entity() -> None:
    doc = only_tagged_doc("Staff of Brightwater Mills will vote.", {r"Brightwater Mills": "ORG"})
    mills = next(t for t in doc if t.text == "Mills")
    ent = entity_at(doc, mills.i)
    assert ent is not None and ent.text == "Brightwater Mills" and ent.label_ == "ORG"


def test_a_token_outside_every_entity_gets_none() -> None:
    doc = only_tagged_doc("Staff of Brightwater Mills will vote.", {r"Brightwater Mills": "ORG"})
    vote = next(t for t in doc if t.text == "vote")
    assert entity_at(doc, vote.i) is None
