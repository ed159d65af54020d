"""Analyse stage: run the spaCy pipeline over the cleaned text and build the brief."""

from __future__ import annotations

from . import commitments as commitments_mod
from . import entities
from .model import Analysis, Article
from .nlp import load_model, model_name

ENGLISH_ONLY = "people, places and commitments are extracted for English only"


def analyse_article(article: Article, *, model: str | None = None) -> Analysis:
    name = model_name(model)
    nlp = load_model(name)
    doc = nlp(article.text)
    return analysis_from_doc(article, doc, name, language_warnings(article))


def language_warnings(article: Article) -> list[str]:
    if article.language in (None, "en"):
        return []
    return [f"{article.source}: the article is in '{article.language}'; {ENGLISH_ONLY}"]


def analysis_from_doc(
    article: Article, doc: object, model: str, warnings: list[str], *, commitments: bool = True
) -> Analysis:
    """The brief from a parsed Doc; `commitments=False` when the output will not show them."""
    people, places, orgs = entities.extract(doc)
    found = commitments_mod.extract(doc, people, places, article.published) if commitments else []
    return Analysis(
        article=article,
        people=people,
        places=places,
        organizations=orgs,
        commitments=found,
        model=model,
        warnings=warnings,
    )
