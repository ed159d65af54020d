"""Session 17 people fixes: hyphenated given names the model clips, and names on a line written
all in capitals. Sentences written for these tests."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis.entities.evidence import evidence_against
from newsdesk.analysis.entities.people.grouping import PersonGroup
from newsdesk.analysis.entities.spans import DocView, make_span
from newsdesk.analysis.nlp import load_model, model_name


def _names(text: str) -> list[str]:
    return [p.name for p in newsdesk.analyze(text, clean=False).people]


def test_a_surname_first_before_a_hyphenated_given_name_is_kept() -> None:
    # the lead-word rule ('Photo David Diemar') must not read the first syllable of a
    # hyphenated given name as a given name and cut the surname before it
    text = "Park Chan-soo told reporters on Friday that he was sorry."
    assert _names(text) == ["Park Chan-soo"]


def test_the_lead_word_before_a_whole_given_name_is_still_cut() -> None:
    text = "Photo Daniel Okorie shows the harbour at dawn before the storm."
    assert _names(text) == ["Daniel Okorie"]


def test_a_hyphenated_given_name_after_a_one_word_surname_joins_it() -> None:
    text = "The ministry said it had repatriated Yun In-ho , a fisherman seized by the South ."
    assert _names(text) == ["Yun In-ho"]


def test_a_firm_s_hyphenated_name_keeps_the_old_cut() -> None:
    # 'Mercedes-Benz' is a word of a firm the model names elsewhere: the hyphen is no sign
    # of a given name written in syllables, and the car is no person
    text = (
        "6. Tomas Ilves ( Estonia ) , Penske Mercedes-Benz , 51.620\n"
        "7. Piet Oduya ( Kenya ) , Reynard Mercedes-Benz , 51.780"
    )
    names = _names(text)
    assert "Piet Oduya" in names
    assert not any("Mercedes" in n for n in names)


def test_a_name_on_a_line_in_capitals_is_a_person() -> None:
    text = (
        "The review of the broadcaster's budget will take another year, the minister said.\n"
        "MAUREEN KOWALSKI IS THE CHANNEL'S POLITICAL EDITOR"
    )
    assert "MAUREEN KOWALSKI" in _names(text)


def test_a_place_on_a_line_in_capitals_is_no_person() -> None:
    text = "SQUASH - HONG KONG OPEN SEMIFINAL RESULTS .\nThe seeds went through on Friday."
    assert not any("HONG" in n.upper() for n in _names(text))


def test_a_photo_agency_named_after_its_founder_is_no_person() -> None:
    text = (
        "Serve the cake on paper plates to save money.\n"
        "Lorna Bexley Images/Stockworks/Getty\n"
        "Rent folding chairs rather than buying them.\n"
        "Tobias Renwick/iStock/Getty Images\n"
        "Ask a neighbour to lend you a grill."
    )
    names = _names(text)
    assert not any("Bexley" in n for n in names)
    assert "Tobias Renwick" in names


def test_a_label_of_english_words_before_a_colon_weighs_as_a_heading() -> None:
    # the same two English words weigh more against a person as a label opening its line
    # before a colon ('Handy Hint: ...') than inside a sentence
    text = (
        "Light matters more than the camera you carry.\n\n"
        "Handy Hint: Shoot in the first hour after sunrise.\n\n"
        "We asked Handy Hint about the light."
    )
    doc = load_model(model_name(None))(text)
    starts = [t.i for t in doc if t.text == "Handy"]
    label, prose = (
        PersonGroup("Handy Hint", k, mentions=[make_span(doc, i, i + 2, "PERSON")])
        for k, i in enumerate(starts)
    )
    lowercase = DocView.of(doc).lowercase
    assert evidence_against(doc, label, lowercase, set(), ()) > evidence_against(
        doc, prose, lowercase, set(), ()
    )
    assert "Marta Quist" in _names(text + "\n\nMarta Quist: I always carry a spare battery.")


def test_a_person_known_by_one_name_is_listed_untagged_or_typed_a_person() -> None:
    # (session 17 review) a word the model typed a place or a firm keeps its label: 'Chopin'
    # here is typed a firm, as 'Goya' of Goya Foods would be
    text = (
        "Our reading group met on Thursday. We argued about Spinoza for an hour, "
        "then someone put on Chopin and the talk turned to Hegel."
    )
    names = _names(text)
    assert {"Spinoza", "Hegel"} <= set(names)


def test_a_famous_name_inside_a_longer_name_is_no_person() -> None:
    text = "Tickets for the Chopin Festival went on sale at the Hegel Society on Monday."
    names = _names(text)
    assert "Chopin" not in names and "Hegel" not in names
