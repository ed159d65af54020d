"""Session 19, people2 (issue 12): a one-word name the subject of its clause with 'he' or
'she' a subject after it, in its sentence or the next, is a person met once: the lone-word
filter keeps it. Sentences written for these tests; the model's labels are set on the Doc
(`only_tagged_doc`), so each test exercises the rule, not what the small model tags."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> set[str]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}


def test_a_lone_name_with_he_or_she_after_it_is_a_person() -> None:
    text = "The rain had stopped. When Tavish reached the river, he sat down on a rock."
    assert "Tavish" in _people(text, {"Tavish": "PERSON"})
    # 'she' in the next sentence
    text = "The shop was closed by noon. Later that day Orlaith walked home. She was tired."
    assert "Orlaith" in _people(text, {"Orlaith": "PERSON"})


def test_a_lone_name_without_a_pronoun_is_still_dropped() -> None:
    # the same words with no 'he' or 'she' after the name: the lone-word filter drops it
    text = "The rain had stopped. When Tavish reached the river, the boats sat on the rocks."
    assert "Tavish" not in _people(text, {"Tavish": "PERSON"})
    # 'it' is no person's pronoun
    text = "The rain had stopped. When Tavish reached the river, it was already dark."
    assert "Tavish" not in _people(text, {"Tavish": "PERSON"})


def test_a_capitalised_word_opening_its_sentence_is_not_rescued() -> None:
    # a common word capitalised only because it opens the sentence
    text = "The winter was long. Hunger came early that year, and he knew it."
    assert "Hunger" not in _people(text, {"Hunger": "PERSON"})
