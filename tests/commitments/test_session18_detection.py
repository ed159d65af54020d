"""Session 18 (docs/history/session18-cdetect.md): detection changes read off the fifteenth
sample's dev rows and the rule audit (grouped CV by site over train+dev). Each change has a
sentence it must decide and, where it widens a rule, one that must stay as it was. Sentences
written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength

# A page that describes in the present (`paths.present_page`: twenty finite verbs or more, fewer
# than a fifth of them past), which names an organisation.
PRESENT_PAGE = (
    "The Harwick Board regulates clinics in the region. It sets rules for pharmacies and it "
    "checks labels. Each clinic files a report every month. The report lists every drug it "
    "mixes. Inspectors visit each site and they note what they see. The board publishes the "
    "notes online. Patients can read them. Most clinics meet the rules. Some do not. The rules "
    "change when new drugs appear. A pharmacist signs each label. The label shows the dose and "
    "it names the maker. Nurses check the label before they give a dose. The board keeps a list "
    "of makers. Each maker pays a fee. The fee covers the visits. "
)


def _strengths(text: str, word: str) -> list[Strength]:
    return [r.strength for r in found(text) if word in r.sentence]


# ------------------------------------------------ the present-page rule: a body going on to act


def test_an_organisation_going_on_to_act_keeps_its_will_on_a_describing_page() -> None:
    text = PRESENT_PAGE + (
        "The Harwick Board is working with its partners and will continue to talk with clinics "
        "about these risks."
    )
    assert _strengths(text, "continue to talk") == [Strength.commitment]


def test_a_body_told_by_what_it_does_alone_stays_out_on_a_describing_page() -> None:
    text = PRESENT_PAGE + "The Harwick Board will alternate between two offices."
    assert _strengths(text, "alternate") == []


# ------------------------------------------------ "X announced it will …": a name that is "it"


def test_a_name_that_speaks_of_itself_as_it_is_a_body() -> None:
    for text in (
        "Skillara announced it will combine with Brellin in a move that reshapes the market.",
        "Tavory announced it will combine with Brellin in a move that reshapes the market.",
    ):
        assert _strengths(text, "combine") == [Strength.commitment], text


def test_a_thing_that_speaks_of_itself_as_it_is_still_no_agent() -> None:
    text = "The app announced it will combine your photos into one album."
    assert _strengths(text, "combine") == []


# ------------------------------------------------ the writer's "we" beside an instruction


def test_we_beside_an_instruction_to_the_reader_is_a_walk_through() -> None:
    text = "Select any device from the list, as we will be discarding most of the settings."
    assert found(text) == []


def test_we_with_no_instruction_beside_it_keeps_its_undertaking() -> None:
    text = "We will open a second shop in Leeds next year, as our first one is full."
    assert _strengths(text, "shop") == [Strength.commitment]


# ------------------------------------------------ removed: the relative-clause rule


def test_a_relative_clause_can_hold_an_undertaking() -> None:
    # the rule "relative clause describing a noun" lost true records and removed as many false
    # alarms, and its grouped CV by site was below the rule removed (.767 / .771): it is gone
    text = "The red pins on the map mark the towns I will visit in May to teach English."
    assert _strengths(text, "visit") == [Strength.commitment]


# ------------------------------------------------ removed: two rules other rules cover


def test_what_the_removed_redundant_rules_decided_is_still_decided() -> None:
    # "an assurance about the present" and "X agrees: …" acted on no sentence of train+dev and
    # no test: the rules before them decide their sentences the same way
    for text in (
        "I promise you that the trip is worth every penny.",
        "Tom agrees: the plan is sound.",
    ):
        assert found(text) == [], text
