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
from newsdesk.read.meta import reads_as_english

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENGLISH_ONLY = "people, places, organizations and commitments are extracted for English only"
# The language the analysis reads for a text whose language is not recognised and that does
# not read as English (`read.meta.reads_as_english`): BCP 47's "undetermined". It is never
# written into the record (`language` stays null); it makes the English-only warning and
# the organisations follow as for a recognised language other than English.
UNDETERMINED = "und"


def analysis_language(article: Article) -> str | None:
    """The article's language as the analysis reads it: `Article.language`, else
    `UNDETERMINED` when the text does not read as English, else None (read as English)."""
    if article.language is None and reads_as_english(article.text) is False:
        return UNDETERMINED
    return article.language


def language_warnings(article: Article) -> list[str]:
    language = analysis_language(article)
    if language in (None, "en"):
        return []
    if language == UNDETERMINED:
        return [
            f"{article.source}: the article's language is not recognised and it does not "
            f"read as English; {ENGLISH_ONLY}"
        ]
    return [f"{article.source}: the article is in '{language}'; {ENGLISH_ONLY}"]


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
    people, places, orgs = entities.extract(doc, language=analysis_language(article))
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
