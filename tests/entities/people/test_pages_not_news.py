"""Session 19 (issue 12): false people on pages that are not news. A street address the model
tags a person, its street's word abbreviated with a dot or followed by a suite ('Details: 212
W. Corley St. Suite B4'), and a shop that refers back to itself by 'its' ('Bramblewick Tea
shares its kitchen'), a name all in capitals with nothing of a person ('QRXT ZEBA'); a
one-word name the text gives an age ('Odalie, now 10,'), which the lone-word filter dropped;
and the article's wrapped names found once. Sentences written for these tests; the entities
are set on the Doc."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsdesk.analysis import entities
from newsdesk.analysis.entities import evidence
from newsdesk.analysis.entities.people import detect, grouping, wrapped
from newsdesk.analysis.entities.people.grouping import PersonGroup, group_people
from newsdesk.analysis.entities.people.missed import aged
from newsdesk.analysis.entities.people.names import not_a_name
from newsdesk.analysis.entities.people.wrapped import WrappedName
from newsdesk.analysis.entities.spans import DocView, make_span
from tagging import only_tagged_doc


def _names(text: str, tags: dict[str, str]) -> set[str]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}


def _group(doc: Doc, pattern: str) -> PersonGroup:
    spans = [make_span(doc, e.start, e.end, "PERSON") for e in doc.ents if e.text == pattern]
    (group,) = group_people(doc, spans)
    return group


# -- street addresses ------------------------------------------------------------------------

_SHOP = (
    "Tess Marwood opened a bakery on the corner last spring.\n"
    "Details: 212 W. Corley St. Suite B4\n\n"
    "Her second shop sells bread and coffee.\n"
    "Details: 47 E. Danford St.\n"
)


def test_an_address_with_a_dotted_street_word_is_no_person() -> None:
    tags = {
        "Tess Marwood": "PERSON",
        r"W\. Corley St\. Suite": "PERSON",
        r"E\. Danford St\.": "PERSON",
    }
    assert _names(_SHOP, tags) == {"Tess Marwood"}


def test_the_street_word_counts_inside_the_span_and_needs_a_house_number() -> None:
    doc = only_tagged_doc(_SHOP, {r"W\. Corley St\. Suite": "PERSON"})
    lowercase = DocView.of(doc).lowercase
    (ent,) = doc.ents
    assert not_a_name(doc, make_span(doc, ent.start, ent.end, "PERSON"), lowercase)
    # no number before it: a name that happens to hold a street's word is left alone
    text = "We met Ann Court at the market."
    doc = only_tagged_doc(text, {"Ann Court": "PERSON"})
    (ent,) = doc.ents
    assert not not_a_name(doc, make_span(doc, ent.start, ent.end, "PERSON"), lowercase)


# -- 'its': a thing refers back to itself -----------------------------------------------------

_TEA = (
    "Bramblewick Tea is on the ground floor of the old mill. "
    "Bramblewick Tea shares its kitchen with the bakery next door."
)


def test_a_subject_whose_object_owns_its_is_a_thing() -> None:
    doc = only_tagged_doc(_TEA, {"Bramblewick Tea": "PERSON"})
    group = _group(doc, "Bramblewick Tea")
    assert any(evidence._owns_its(doc, s) for s in group.mentions)
    # 'shares' is no person's verb here: the clause's 'its' says the subject is a thing
    assert evidence.person_evidence(doc, group, DocView.of(doc).lowercase) < 2
    assert _names(_TEA, {"Bramblewick Tea": "PERSON"}) == set()


def test_its_of_another_clause_or_after_another_verb_is_not_the_names() -> None:
    # 'its' after a verb of saying, or inside the clause of the firm a person urged: the
    # firm's, not the person's
    for text in (
        "Dana Whitcombe said its profits fell by a third.",
        "Dana Whitcombe urged the council to cut its budget.",
    ):
        doc = only_tagged_doc(text, {"Dana Whitcombe": "PERSON"})
        group = _group(doc, "Dana Whitcombe")
        assert not any(evidence._owns_its(doc, s) for s in group.mentions), text
        assert _names(text, {"Dana Whitcombe": "PERSON"}) == {"Dana Whitcombe"}


# -- a name all in capitals in running text ---------------------------------------------------


def test_capitals_with_nothing_of_a_person_are_no_person() -> None:
    text = "Funds that track foreign shares:\n- Overseas stocks: QRXT ZEBA, Halden Global\n"
    assert _names(text, {"QRXT ZEBA": "PERSON"}) == set()


def test_capitals_with_a_given_name_or_on_a_line_in_capitals_stay() -> None:
    # a given name outweighs the capitals; a headline in capitals is the line's style
    assert _names(
        "The show was hosted by MARGARET QUILLAN on Sunday.", {"MARGARET QUILLAN": "PERSON"}
    ) == {"MARGARET QUILLAN"}
    assert _names(
        "TORVEN HASKE WINS AGAIN\nHe won the race on Sunday.", {"TORVEN HASKE": "PERSON"}
    ) == {"TORVEN HASKE"}


# -- a one-word name the text gives an age ----------------------------------------------------


def test_a_lone_name_given_an_age_is_a_person() -> None:
    text = (
        "The stall was opened by a family from the valley. When Odalie was just 7 years old she "
        "sold her first jar of jam. Odalie, now 10, runs the stall on Saturdays."
    )
    assert "Odalie" in _names(text, {"Odalie": "PERSON"})


def test_a_number_that_is_no_age_keeps_the_lone_word_filter() -> None:
    # a count after a name closes no apposition, and 150 is no one's age
    text = "The fleet has Varrow, 6 frigates and two tankers. Varrow, 150, is the oldest hull."
    doc = only_tagged_doc(text, {"Varrow": "PERSON"})
    spans = [make_span(doc, e.start, e.end, "PERSON") for e in doc.ents]
    assert not any(aged(doc, s) for s in spans)
    assert "Varrow" not in _names(text, {"Varrow": "PERSON"})


# -- the wrapped names of an article are found once -------------------------------------------


def test_wrapped_names_run_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = wrapped.wrapped_names

    def counted(doc: Doc) -> list[WrappedName]:
        calls.append(1)
        return original(doc)

    # every name it is reached by (session 18 found them once in `detect`, through
    # `wrapped_people`, and again in `grouping`)
    for module in (entities, detect, grouping, wrapped):
        monkeypatch.setattr(module, "wrapped_names", counted)
    text = "The council heard from Alice\nWestbrook-Hale ( treasurer ) before the vote was taken."
    people, _, _ = entities.extract(only_tagged_doc(text, {"Alice\nWestbrook-Hale": "PERSON"}))
    assert [p.name for p in people] == ["Alice Westbrook-Hale"]
    assert len(calls) == 1
