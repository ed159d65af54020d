"""Places: which spans are geographic places, and which GeoNames entry each one is.

One job per module:
- `common`: constants and small lookups every step shares (kinds, distances, a span's entries);
- `cues`: what the sentence around a name says of it (a place slot, a qualifier, 'X state');
- `lists`: lists and table columns of places (neighbours, a state among states);
- `detect`: which spans are place names at all (organisations, teams, titles, words, streets);
- `score`: the scored reading of a name among its gazetteer entries, in the article's context;
- `parts`: counties and compass parts of places ('Orange County', 'Southern California');
- `doubts`: second thoughts on a reading (a far small town, an alias, a word, a local namesake);
- `resolve`: `resolve_places`, the order of the steps, one `Place` per place.
"""

from newsdesk.analysis.entities.places.common import (
    AROUND,
    LIST_JOINERS,
    big_place,
    is_country,
    main_place_name,
    place_word,
    place_words,
)
from newsdesk.analysis.entities.places.detect import country_code_modifier, org_is_place
from newsdesk.analysis.entities.places.parts import country_region_word
from newsdesk.analysis.entities.places.resolve import resolve_places

__all__ = [
    "AROUND",
    "LIST_JOINERS",
    "big_place",
    "country_code_modifier",
    "country_region_word",
    "is_country",
    "main_place_name",
    "org_is_place",
    "place_word",
    "place_words",
    "resolve_places",
]
