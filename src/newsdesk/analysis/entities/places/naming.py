"""A place's display name: the article's own full form of it when GeoNames' name is none of the
article's forms ('Bavaria' for 'Bayern'), else GeoNames' (docs/entities.md, "Session 13: place
names and brands")."""

from __future__ import annotations

from collections import Counter

from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.entities.words import PLACE_KIND_NOUNS
from newsdesk.analysis.gazetteer import Gazetteer, GeoPlace, fold
from newsdesk.labels import PlaceKind

# An abbreviation is no display name ('NYC', 'U.S.', 'BVI', 'PA'), nor a dateline in capitals:
# the gazetteer's name reads better.


def _abbreviation(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    # all in capitals: an abbreviation, or a dateline ('NEW DELHI')
    return "." in text or text.isupper() or not letters


def _main_form(form: str, main: str) -> bool:
    """The main name, alone or with a place noun ('Logar province' for Lōgar)."""
    words, main_words = form.split(), main.split()
    n = len(main_words)
    if words[:n] == main_words:
        rest = words[n:]
    elif words[-n:] == main_words:
        rest = words[:-n]
    else:
        return False
    return all(w in PLACE_KIND_NOUNS for w in rest)


def display_name(gaz: Gazetteer, geo: GeoPlace, members: list[NameSpan]) -> str:
    """The article's most used full form of the place, if the gazetteer's name is none of its
    forms and that form is one of the entry's names; else the gazetteer's name.

    Countries keep theirs (the country list is English already); so do the hand-kept entries
    (English, no GeoNames id) and places the article names by their main name ('Munich')."""
    if geo.geonames_id is None or geo.kind == PlaceKind.country:
        return geo.name
    main = fold(geo.name)
    forms = [m.text for m in members if not (_abbreviation(m.text) or gaz.is_code(m.text))]
    if not forms or any(_main_form(fold(f), main) for f in forms):
        return geo.name
    counts = Counter(forms)
    for form, _ in counts.most_common():  # ties: the first written
        if any(p.geonames_id == geo.geonames_id for p, _ in gaz.lookup(form)):
            return form
    return geo.name
