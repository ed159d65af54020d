"""A dateline ends a sentence (analysis/datelines.py, session 26): the wire's "TOWN, Qualifier,
Date -" before a story's first sentence is parsed apart from it, so the town is never that
sentence's subject. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from newsdesk.analysis.datelines import datelines
from newsdesk.analysis.nlp import load_model, model_name


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("HALIFAX, Nova Scotia, March 4 - Tern Marine Ltd said it sold two ferries.", "HALIFAX"),
        ("OSLO, Feb 12 - Nordvik ASA said profits fell.", "OSLO"),
        ("BOISE, Idaho (AP) — A dam on the river was closed.", "BOISE"),
        ("NEW DELHI: The ministry named a new secretary.", "NEW DELHI"),
        ("KAMPALA 1996-09-02\nThe central bank cut its rate.", "KAMPALA"),
    ],
)
def test_wire_datelines_are_read(text: str, town: str) -> None:
    (match,) = list(datelines(text))
    assert match.group(1) == town


@pytest.mark.parametrize(
    "text",
    [
        "DETROIT 4 Kansas City 1",  # a results line: no month, no dash
        "The NATO summit - held in May - ended early.",  # capitals inside a sentence
        "BREAKING NEWS",  # a heading with nothing after it
    ],
)
def test_lines_that_are_no_dateline(text: str) -> None:
    assert list(datelines(text)) == []


def test_the_first_sentence_starts_after_the_dateline() -> None:
    doc = load_model(model_name(None))(
        "HALIFAX, Nova Scotia, March 4 - Acme Shipping Corp said it agreed to sell two ferries."
    )
    starts = [sent[0].text for sent in doc.sents]
    assert starts == ["HALIFAX", "Acme"]
    said = next(tok for tok in doc if tok.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Corp"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("OSLO, Feb 12 - Nordvik ASA said it agreed to buy a ferry operator.", "ASA"),
        ("OSLO, Feb 12 - Norsk Vekst said it agreed to buy a ferry operator.", "Vekst"),
        ("BERGEN, Norway, March 3 - Fjordline AS said it will cut 200 jobs.", "AS"),
    ],
)
def test_a_firms_name_after_the_dateline_is_not_cut(text: str, subject: str) -> None:
    # session 27: the start set after the dateline made the parser end that sentence after the
    # name's first word ('Nordvik | ASA said ...'); the name's words and the word after start none
    doc = load_model(model_name(None))(text)
    starts = [sent[0].text for sent in doc.sents]
    assert len(starts) == 2
    said = next(tok for tok in doc if tok.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == [subject]
