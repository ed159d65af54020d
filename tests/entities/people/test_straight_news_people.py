"""Session 20, people (issue 12): three classes of error on straight news the rules were not
tuned on. A 'that' opening a clause is no determiner against the name after it; a full name
the article gives as a place at more mentions than it is tagged a person is a place at every
mention; a ruler's given name and regnal number are one person. Sentences written for these
tests; the model's labels are set on the Doc (`only_tagged_doc`), so each test exercises the
rule, not what the small model tags."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _extract(text: str, tags: dict[str, str]) -> tuple[set[str], set[str]]:
    people, places, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}, {p.name for p in places}


def test_that_opening_a_clause_is_no_determiner() -> None:
    # a known surname last is the only evidence for (1); read as a determiner, 'that' weighed
    # against (2) and dropped the person
    text = (
        "The convoy left the border post at dawn. A guard said on Friday that Zafrun bin "
        "Fallen had probably gone to the coast."
    )
    people, _ = _extract(text, {"Zafrun bin Fallen": "PERSON"})
    assert "Zafrun bin Fallen" in people
    # a relative 'that' is no determiner either
    text = (
        "The convoy left the border post at dawn. It was the coast that Zafrun bin Fallen "
        "had probably reached by then."
    )
    people, _ = _extract(text, {"Zafrun bin Fallen": "PERSON"})
    assert "Zafrun bin Fallen" in people


def test_a_determiner_still_counts_against() -> None:
    # the same sentence with 'the' before the name: no person is 'the Zafrun bin Fallen'
    text = (
        "The convoy left the border post at dawn. A guard said on Friday that the Zafrun bin "
        "Fallen had probably gone to the coast."
    )
    people, _ = _extract(text, {"Zafrun bin Fallen": "PERSON"})
    assert "Zafrun bin Fallen" not in people


def test_a_full_name_given_as_a_place_at_most_mentions_is_a_place() -> None:
    # the model tags every mention a person; the document's cues make two of them places
    # (a place slot: 'the town of', 'to'), not the one after 'north of'
    text = (
        "A rescue plane crashed near the town of Mt Isa last night. It came down north of "
        "Mt Isa. The crew had flown to Mt Isa to collect a patient."
    )
    people, _ = _extract(text, {"Mt Isa": "PERSON"})
    assert "Mt Isa" not in people


def test_a_name_tagged_a_person_at_most_mentions_stays_a_person() -> None:
    # one mention given as a place by the model's mistake, two tagged a person: kept
    text = (
        "Dana Kessler opened the new library on Monday. Dana Kessler said the town had "
        "waited for years, and the mayor thanked Dana Kessler afterwards."
    )
    people, _ = _extract(
        text, {r"Dana Kessler(?= opened| said)": "PERSON", r"Dana Kessler(?= after)": "GPE"}
    )
    assert "Dana Kessler" in people


def test_a_ruler_and_regnal_number_are_one_person() -> None:
    # untagged by the model: the given name and the number
    text = "The abbey was rebuilt for Henry VIII, who gave it to his chancellor in 1540."
    people, _ = _extract(text, {})
    assert "Henry VIII" in people
    # tagged without its number: the number joins the name
    text = "Crowds lined the road when Queen Elizabeth I rode into the city in 1588."
    people, _ = _extract(text, {r"Elizabeth(?= I)": "PERSON"})
    assert "Elizabeth I" in people
    assert "Elizabeth" not in people


def test_numbers_after_other_words_are_no_rulers() -> None:
    # a camera model after a code, a war, the pronoun 'I' after a name with no title
    text = "She shot the match on a Canon EOS 5D Mark IV and framed the prints herself."
    people, _ = _extract(text, {})
    assert "Mark IV" not in people
    text = "His grandfather served in World War II and rarely spoke of it."
    people, _ = _extract(text, {})
    assert not people
    text = "When I met Elizabeth I asked about the farm, and she laughed."
    people, _ = _extract(text, {"Elizabeth": "PERSON"})
    assert "Elizabeth I" not in people


def test_a_number_after_an_article_or_a_word_name_is_no_ruler() -> None:
    text = "The factory still builds the Mark II for collectors in the north."
    people, _ = _extract(text, {})
    assert "Mark II" not in people
    text = "On Friday night the family watched Rocky II again at home."
    people, _ = _extract(text, {})
    assert "Rocky II" not in people


def test_a_name_modifying_a_noun_of_places_is_no_person() -> None:
    # a given name first and 'he' after (of the leader named before) are evidence for; the
    # name modifies 'caves' and 'region': it names a place
    text = (
        "Troops searched the Marla Vesti caves on Monday for the militia leader. Officials "
        "believe he fled the Marla Vesti region before the raid."
    )
    people, _ = _extract(text, {"Marla Vesti": "PERSON"})
    assert "Marla Vesti" not in people


def test_a_name_modifying_other_nouns_stays_a_person() -> None:
    text = (
        "Marla Vesti opened the new clinic on Monday. She said the Marla Vesti foundation "
        "would pay for the nurses."
    )
    people, _ = _extract(text, {"Marla Vesti": "PERSON"})
    assert "Marla Vesti" in people
