"""A test helper: the Doc of a written sentence with some entity labels set by the test (as the
small model sets them on real articles), so a test exercises newsdesk's rule, not what the
model makes of one short text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model


def tagged_doc(text: str, spans: Iterable[tuple[int, int, str]]) -> Doc:
    """`text` parsed, with each (start, end, label) character span an entity of that label
    (replacing any entity it overlaps)."""
    doc = load_model(DEFAULT_MODEL)(text)
    forced: list[Span] = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label)
        assert span is not None, text[start:end]
        forced.append(span)
    taken = {i for s in forced for i in range(s.start, s.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted([*kept, *forced], key=lambda s: s.start)
    return doc


def only_tagged_doc(text: str, tags: dict[str, str]) -> Doc:
    """`text` parsed with exactly these entities: every match of each pattern of `tags` carries
    its label and nothing else is tagged (a name the model missed stays untagged)."""
    doc = load_model(DEFAULT_MODEL)(text)
    spans = []
    for pattern, label in tags.items():
        for m in re.finditer(pattern, text):
            span = doc.char_span(m.start(), m.end(), label=label)
            assert span is not None, m.group()
            spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc
