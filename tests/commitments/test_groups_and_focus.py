"""Round 6 of the commitments (docs/history/commitments.md, "Round 6 (session 7)"): the actor classes
addressed (the learned decision's own tests are in tests/commitments/test_training.py). Sentences
written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found

# ------------------------------------------------ reported speech and actors (general methods)


def test_tell_reports_a_finite_clause_and_bids_an_infinitive() -> None:
    """'told reporters (that) X will …' reports X's undertaking (guideline 3); 'told X to …' is
    a wish about others (guideline 7)."""
    (rec,) = found("“I will resign in May,” Dana Whitcombe told reporters.")
    assert rec.strength == "commitment"
    assert rec.actors == ["Dana Whitcombe"]
    assert rec.attribution is not None and rec.attribution.text == "Dana Whitcombe"
    assert found("Dana Whitcombe told the council to close the old library.") == []


def test_the_people_of_a_named_body_act_for_it() -> None:
    """'Castell Bank officials', 'officials at Castell Bank', 'a spokesman for Castell Bank said
    it …': the body named beside its people is the actor (guideline 10), and the speaker stays
    the attribution."""
    for text in (
        "Castell Bank officials will open ten branches next year.",
        "Officials at Castell Bank said they would open ten branches next year.",
        "A spokesman for Castell Bank said it would open ten branches next year.",
    ):
        (rec,) = found(text)
        assert rec.actors == ["Castell Bank"], text
    (rec,) = found("Officials at Castell Bank said they would open ten branches next year.")
    assert rec.attribution is not None and "Officials" in rec.attribution.text


def test_he_or_she_is_the_subject_in_focus_not_the_last_name() -> None:
    """'Tom Astley met Ruth Okafor on Monday. He promised …': the subject of the sentence before
    is the centre of attention; a possessive ('his') stays with the person last named."""
    (rec,) = found("Tom Astley met Ruth Okafor on Monday. He promised to fund the new school.")
    assert rec.actors == ["Tom Astley"]
    (rec,) = found("Ruth Okafor thanked Tom Astley on Monday. She promised to fund the new school.")
    assert rec.actors == ["Ruth Okafor"]


def test_coordinated_people_are_all_actors_however_the_parse_hangs_them() -> None:
    """'Olympic champion A and world record holder B will both …' and 'The mayor, A, and the
    police chief, B, will …': both people undertake (guideline 10: all the actors)."""
    for text in (
        "Olympic champion Mara Velden and world record holder Tom Astley will both take part "
        "in the charity race on Sunday.",
        "The mayor, Ruth Okafor, and the police chief, Tom Astley, will meet residents on Friday.",
    ):
        (rec,) = found(text)
        assert len(rec.actors) == 2, text
    # a person who only describes the subject is no co-actor
    (rec,) = found(
        "Dana Whitcombe, who met Tom Astley and Ruth Okafor on Monday, will appeal the ruling."
    )
    assert rec.actors == ["Dana Whitcombe"]
