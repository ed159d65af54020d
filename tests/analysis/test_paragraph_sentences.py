"""A blank line (paragraph break) is always a sentence boundary (session 12, review finding 1):
a paragraph that ends with no full stop (a photo credit, a quote closing on its quotation mark,
a heading) no longer runs on into the next one. Every text here is written for these tests."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model
from newsdesk.analysis.paragraphs import NAME, add_to, is_paragraph_break, mark_paragraphs


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_model(DEFAULT_MODEL)(text).sents]


def test_the_component_runs_before_the_parser_once() -> None:
    nlp = load_model(DEFAULT_MODEL)
    add_to(nlp)  # a second time: nothing added
    names = nlp.pipe_names
    assert names.count(NAME) == 1
    assert names.index(NAME) < names.index("parser")


def test_blank_line_holds_two_line_breaks() -> None:
    assert is_paragraph_break("\n\n")
    assert is_paragraph_break("\n  \n")
    assert not is_paragraph_break("\n")
    assert not is_paragraph_break("  ")


def test_only_the_token_after_a_blank_line_is_marked() -> None:
    doc = load_model(DEFAULT_MODEL).make_doc("Photo: Ana Ruiz\n\nThe mayor spoke\nat noon")
    mark_paragraphs(doc)
    marked = [t.text for t in doc[1:] if t.is_sent_start]
    assert marked == ["\n\n", "The"]  # a single line break is left to the parser


def test_a_name_opening_a_paragraph_stays_one_name() -> None:
    text = "Why Trust Our Reviews\n\nMarta Ilvesson is a travel writer living in Lisbon."
    doc = load_model(DEFAULT_MODEL)(text)
    assert not any(t.is_sent_start for t in doc if t.text == "Ilvesson")


def test_a_credit_line_does_not_run_into_the_next_paragraph() -> None:
    text = "Photo credit: Orbix Labs\n\nHalvard Space will send a lander to the Moon in 2031."
    sents = _sentences(text)
    assert "Halvard Space will send a lander to the Moon in 2031." in sents
    assert not any("Orbix" in s and "Halvard" in s for s in sents)


def test_a_quote_closing_a_paragraph_is_its_own_sentence() -> None:
    text = (
        'She wrote: "We will not move the clinic"\n\n'
        "Tomas Verhoef, the mayor, said the council will vote on Monday."
    )
    sents = _sentences(text)
    assert sents[-1].startswith("Tomas Verhoef")
    assert not any("clinic" in s and "Verhoef" in s for s in sents)


def test_no_commitment_actor_spans_a_paragraph_break() -> None:
    text = "Credit: Orbix Labs\n\nBlue Horizon will offer NASA a lander for its 2028 mission, the company said."
    brief = newsdesk.analyze(text, clean=False)
    assert [c.actors for c in brief.commitments] == [["Blue Horizon"]]
