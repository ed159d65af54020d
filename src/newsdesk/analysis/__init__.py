"""Analysis stage: from a parsed spaCy `Doc` of the cleaned text to the brief.

The engine (`newsdesk.run.work`) parses; this module only reads the `Doc`. Every analysis,
library or CLI, one article or a corpus, goes through `brief_from_doc`.

Importing this package costs nothing: the rules (`entities`, `commitments`, which import
spaCy) are imported by the first `brief_from_doc`. So `analysis.nlp`, which the run's parent
process imports to name and check the model, never makes a process that only hands work to
workers import spaCy (~0.5 s of CPU, beside the workers, at a pool's start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.labels import Extract, Strength
from newsdesk.model import Article, Brief

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENGLISH_ONLY = "people, places, organizations and commitments are extracted for English only"


def language_warnings(article: Article) -> list[str]:
    if article.language in (None, "en"):
        return []
    return [f"{article.source}: the article is in '{article.language}'; {ENGLISH_ONLY}"]


def brief_from_doc(
    article: Article,
    doc: Doc,
    model: str,
    *,
    extract: frozenset[Extract],
    min_strength: Strength | None = None,
) -> Brief:
    """The brief from a parsed Doc. What is not in `extract` is left empty (and commitments
    not asked for are not looked for); `min_strength` drops the weaker commitments."""
    from newsdesk.analysis import commitments as commitments_mod
    from newsdesk.analysis import entities

    # the article's language, the one the English-only warning reads: never detected again
    people, places, orgs = entities.extract(doc, language=article.language)
    brief = Brief(
        article=article,
        model=model,
        people=people if Extract.people in extract else [],
        places=places if Extract.places in extract else [],
        organizations=orgs if Extract.organizations in extract else [],
        warnings=language_warnings(article),
    )
    if Extract.commitments in extract:
        brief.commitments = commitments_mod.extract(doc, people, places, article.published)
        if min_strength is not None:
            brief.commitments = brief.at_least(min_strength)
    return brief
