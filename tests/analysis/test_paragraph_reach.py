"""A blank line is a sentence of its own (analysis/paragraphs.py); guideline 10's "the sentence
before" reaches across it to the sentence of words before, as it did when paragraphs ran on."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis.nlp import load_model, model_name
from newsdesk.analysis.paragraphs import blank, sentence_before, text_sentences


def test_the_sentence_before_skips_the_blank_line() -> None:
    doc = load_model(model_name())(
        "Harbour Trust issued a statement.\n\nIt said the pier would reopen."
    )
    sents = list(doc.sents)
    assert any(blank(s) for s in sents)
    last = sents[-1]
    before = sentence_before(last)
    assert before is not None and before.text.startswith("Harbour Trust")
    assert sentence_before(sents[0]) is None
    assert all(not blank(s) for s in text_sentences(doc))


def test_a_quoted_we_under_a_statement_reaches_the_paragraph_before() -> None:
    text = (
        "Castell Bank issued a statement on Monday.\n\n"
        '"We will repay every customer by June," the statement said.'
    )
    records = newsdesk.analyze(text, clean=False).commitments
    assert [r.actors for r in records] == [["Castell Bank"]]
