"""Session 27: the dateline pattern ran twice an article, in the `newsdesk_datelines`
component (on `doc.text`) and in the entities stage (on the entity view's text, the same
Doc's text, joined from the same tokens); the entities stage now reads what the component
found, kept in the Doc, and finds them itself only in a Doc the component did not run on."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.analysis import datelines as component
from newsdesk.analysis.datelines import dateline_groups

TEXT = (
    "VANCOUVER, British Columbia, Feb 26 - Versatile Corp said it agreed to sell its farm "
    "equipment business.\n\nBERLIN -- The company will open an office in Berlin in March."
)


def test_the_pattern_runs_once_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = component.datelines

    def counted(text: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text)

    monkeypatch.setattr(component, "datelines", counted)
    brief = newsdesk.analyze(TEXT, clean=False)
    assert len(calls) == 1
    assert {"Vancouver", "Berlin"} <= {p.name for p in brief.places}


def test_a_doc_no_component_ran_on_finds_its_datelines_once() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    bare = Doc(Vocab(), words=TEXT.split(" "))  # no component ran on it: found now
    groups = dateline_groups(bare)
    text = bare.text
    towns = [
        (text[slice(*town)], None if qualifier is None else text[slice(*qualifier)])
        for town, qualifier, _ in groups
    ]
    assert towns == [("VANCOUVER", "British Columbia"), ("BERLIN", None)]
    # each dateline ends where the story's words start
    assert [text[end:].split()[0] for _, _, end in groups] == ["Versatile", "The"]
    assert dateline_groups(bare) is groups  # kept in the Doc: the pattern ran once
