"""Review 13, F1 and F2: who says so, and who a plural pronoun is.

F1: a reporting "he"/"she" is the person last named as a subject in reach, never a possessor or
an object; a speech verb inside a relative clause on a noun is no source of the trigger's own
clause; a subject whose phrase holds a verb is no source text. F2: "they"/"their" is never the
one person who speaks, however that person is named."""

from __future__ import annotations

from typing import Any

import newsdesk


def _commitments(text: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = newsdesk.analyze(text, clean=False).to_dict()["commitments"]
    return records


def _one(text: str, word: str) -> dict[str, Any]:
    found = [c for c in _commitments(text) if word in c["action"] or word == c["trigger"]]
    assert len(found) == 1, found
    return found[0]


def test_reporting_he_is_the_subject_not_a_possessor() -> None:
    text = (
        "Helen Marsh chairs the housing board.\n\n"
        "Victor Oduya sent a letter to Marsh’s deputy, and he said he will appeal the ruling "
        "in March."
    )
    record = _one(text, "appeal")
    assert record["attribution"] is not None
    assert record["attribution"]["text"] == "Victor Oduya"
    assert record["actors"] == ["Victor Oduya"]


def test_reporting_she_is_the_reporter_named_last_as_a_subject() -> None:
    text = (
        "Owen Pratt was charged with fraud, prosecutor Lena Voss said on Friday. "
        "She said he will repay the investors by June."
    )
    record = _one(text, "repay")
    assert record["attribution"] is not None
    assert record["attribution"]["text"] == "Lena Voss"


def test_reporting_pronoun_with_nobody_in_reach_is_no_source() -> None:
    text = "The bridge was shut on Monday, and she said the city will reopen it in May."
    record = _one(text, "reopen")
    attribution = record["attribution"]
    assert attribution is None or attribution["text"] not in ("she", "She")


def test_speech_verb_in_a_relative_clause_on_an_object_is_not_the_source() -> None:
    text = (
        "Kestrel Motors will unveil its first electric van at the fair, a model that "
        "market watchers say will lift fleet sales."
    )
    record = _one(text, "unveil")
    assert record["actors"] == ["Kestrel Motors"]
    attribution = record["attribution"]
    assert attribution is None or "watchers" not in attribution["text"]


def test_speech_verb_of_the_relative_clause_still_sources_its_own_clause() -> None:
    text = (
        "Kestrel Motors will unveil its first electric van at the fair, a model that "
        "market watchers say will lift fleet sales."
    )
    lifts = [c for c in _commitments(text) if "lift" in c["action"]]
    for record in lifts:
        assert record["attribution"] is None or "watchers" in record["attribution"]["text"]


def test_subject_holding_a_verb_is_no_source_text() -> None:
    text = (
        "The treasurer called Governor Lund on Monday, and she said the state will close "
        "the office in May."
    )
    record = _one(text, "close")
    attribution = record["attribution"]
    assert attribution is None or "called" not in attribution["text"]


def test_plural_they_is_not_the_one_person_who_speaks() -> None:
    text = (
        "Mark Hollis heads a fundraising consultancy in Boise.\n\n"
        "Hollis said the charity made the mistake of hiding its request.\n\n"
        "“Our worry is, we tell donors all the time, they’ll put the heart of their appeal "
        "near the end of their letter,” Hollis said."
    )
    plural = [c for c in _commitments(text) if c["actor_text"].lower() in ("they", "their")]
    assert plural
    for record in plural:
        assert "Mark Hollis" not in record["actors"], record


def test_they_after_a_named_spokesman_is_still_his_people() -> None:
    text = "Ardanian negotiator Tomas Velk said they will sign the accord next week."
    record = _one(text, "sign")
    assert "Tomas Velk" not in record["actors"]
