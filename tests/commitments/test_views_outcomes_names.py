"""Session 14's users' review of the commitments (docs/history/session14-fixcommit.md): one test
per class addressed, each with the side it must not overreach. Sentences written for these
tests; names invented."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from commitment_helpers import found
from newsdesk.analysis.commitments.names import entity_text

# -- 1. agreeing with a view is no record; "agree to" + an action is ---------------------------


def test_agreeing_with_a_view_is_no_record() -> None:
    for text in (
        "I agree, dieting won't reverse years of neglect.",
        "Marta Kovac agreed with her coach after the race.",
    ):
        assert [r for r in found(text) if r.trigger.startswith("agree")] == [], text


def test_agreeing_to_an_action_is_still_a_commitment() -> None:
    recs = [r for r in found("Marta Kovac agreed to repair the fence by Friday.")]
    assert [(r.trigger, r.action) for r in recs] == [("agreed to", "repair the fence by Friday")]


# -- 2. how something turns out is a prediction, whatever the subject -------------------------


def test_how_a_product_or_a_brand_turns_out_is_a_prediction() -> None:
    for text in (
        "For casual readers, the Pixel Slate will do just fine.",
        "Castell Bank will prove to be the real test for the new format.",
        "Castell Bank will turn out fine in the end.",
    ):
        assert found(text) == [], text


def test_an_outcome_verb_with_an_object_is_still_an_act() -> None:
    recs = found("Castell Bank will work out a deal with the union next month.")
    assert [(r.actors, r.strength) for r in recs] == [(["Castell Bank"], "commitment")]


# -- 3. an entity's text as written; a coordination of names, one actor each ------------------


def _doc(words: list[str], spaces: list[bool], label: str) -> Doc:
    """'<A> , <B> and <C> will sign .' with the three names tagged as one entity."""
    heads = [6, 0, 0, 2, 2, 6, 6, 6]
    deps = ["nsubj", "punct", "conj", "cc", "conj", "aux", "ROOT", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    doc.ents = [Span(doc, 0, 5, label=label)]
    return doc


def test_a_coordination_of_names_tagged_as_one_entity_gives_each_name() -> None:
    words = ["Okafor", ",", "Lindqvist", "and", "Haddad", "will", "sign", "."]
    spaces = [False, True, True, True, True, True, False, False]
    for label in ("PERSON", "ORG"):
        doc = _doc(words, spaces, label)
        assert [entity_text(doc[i]) for i in (0, 2, 4)] == ["Okafor", "Lindqvist", "Haddad"]


def test_a_firm_joined_by_an_ampersand_stays_one_name() -> None:
    words = ["Okafor", "&", "Haddad", "will", "sign", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[True, True, True, True, False, False],
        heads=[4, 0, 0, 4, 4, 4],
        deps=["nsubj", "cc", "conj", "aux", "ROOT", "punct"],
    )
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert entity_text(doc[0]) == "Okafor & Haddad"


def test_an_entity_keeps_the_text_spacing_and_drops_a_closing_curly_possessive() -> None:
    words = ["Halden", "College", "’s", "Reading", "Lab", "and", "Halden", "’s", "board"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[True, False, True, True, True, True, False, True, False],
    )
    doc.ents = [Span(doc, 0, 5, label="ORG"), Span(doc, 6, 8, label="ORG")]
    assert entity_text(doc[4]) == "Halden College’s Reading Lab"
    assert entity_text(doc[6]) == "Halden"


# -- 4. a consideration whose action is read, or no record -----------------------------------


def test_a_gerund_set_off_from_consider_is_what_is_weighed() -> None:
    recs = found("For students, I would consider, above all, buying a used laptop.")
    assert [(r.trigger, r.action) for r in recs] == [("consider", "buying a used laptop")]
    assert all(r.action_start < r.action_end for r in recs)


def test_a_consideration_with_no_action_to_read_is_no_record() -> None:
    assert found("Castell Bank will consider at its next meeting.") == []
    recs = found("A sale of the unit is being considered by the board of Castell Bank.")
    assert [r.action for r in recs] == ["A sale of the unit"]
