"""(session 13) A small town's name that is a brand's or a product's in this article.

'the Mustang performance car brand', 'notes in Joplin, while you might prefer Notion or Google
Keep', 'DualShock Controller in Crystal': one-word towns of a few thousand people that the
article uses as a brand's, app's or product's name. Such a town is no place when nothing makes
it one (no qualifier, no town of the article within reach, its region not named) and the
article gives a brand's sign: the name modifies a common noun that is no place noun, or the
model types the same word as an organisation or a product elsewhere in the article, or its
it stands in a list beside an organisation's or product's name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.places.common import CITY, LIST_JOINERS, near_anchor
from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.entities.words import PLACE_KIND_NOUNS
from newsdesk.analysis.gazetteer import GeoPlace, fold
from newsdesk.labels import PlaceKind

# The model's labels of a brand's or a product's name.
_BRAND_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
# The farthest a noun may stand after the name it modifies ('Mustang performance car brand').
_MODIFIED_NOUN_TOKENS = 4
# The most list joiners between two names of one list (', and').
_LIST_GAP = 2


def _modifies_common_noun(doc: Doc, span: NameSpan) -> bool:
    head = doc[span.end - 1].head
    if not (span.end <= head.i <= span.end + _MODIFIED_NOUN_TOKENS) or head.pos_ != "NOUN":
        return False
    between = doc[span.end : head.i + 1]
    return all(t.is_lower for t in between) and not any(
        t.lower_ in PLACE_KIND_NOUNS for t in between
    )


def _typed_brand_elsewhere(doc: Doc, span: NameSpan) -> bool:
    """The model types the word an organisation or a product elsewhere ('Kobo' ORG), or it is
    a word of a product's name ('the Ford Mustang Mach-E' PRODUCT)."""
    key = fold(span.text)
    for e in doc.ents:
        if e.start == span.start or e.label_ not in _BRAND_LABELS:
            continue
        if fold(e.text) == key or (e.label_ == "PRODUCT" and any(fold(t.text) == key for t in e)):
            return True
    return False


def _listed_with_brands(doc: Doc, span: NameSpan) -> bool:
    """The name stands in a list beside an organisation's or a product's name, only list
    joiners between ('Evernote, Joplin and OneNote')."""
    for e in doc.ents:
        if e.label_ not in _BRAND_LABELS or e.start == span.start:
            continue
        # the words between, either way round (none when the two overlap)
        gap = doc[e.end : span.start] if e.end <= span.start else doc[span.end : e.start]
        if 0 < len(gap) <= _LIST_GAP and all(t.lower_ in LIST_JOINERS for t in gap):
            return True
    return False


def brand_town(
    doc: Doc,
    span: NameSpan,
    geo: GeoPlace,
    qualified: bool,
    anchors: list[tuple[str, float, float]],
    region_named: bool,
) -> bool:
    """Whether the one-word small town `geo` read for `span` is a brand's or product's name."""
    if (
        geo.geonames_id is None  # a stand-in or an unresolved town: nothing to take back
        or geo.kind != PlaceKind.city
        or geo.population >= CITY
        or span.end - span.start != 1
        or qualified
        or region_named
        or near_anchor(geo, fold(span.text), anchors)
    ):
        return False
    return (
        _modifies_common_noun(doc, span)
        or _typed_brand_elsewhere(doc, span)
        or _listed_with_brands(doc, span)
    )
