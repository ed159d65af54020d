"""Shared by the place steps: the sizes and distances they agree on, a span's gazetteer entries
(buildings by main name only), and small questions about an entry (its country named, near a
town of the article, a big place)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.spans import PLACE_LABELS, NameSpan
from newsdesk.analysis.entities.words import BUILDING_WORDS, file_words
from newsdesk.analysis.gazetteer import Gazetteer, GeoPlace, fold, km
from newsdesk.labels import PlaceKind


def place_words(name: str) -> frozenset[str]:
    """A word list of data/place-words.json (the place rules' own lists)."""
    return file_words("place-words.json", name)


# (session 17) Prepositions that put a place inside another ('Lake Berryessa in Napa County');
# after a name, a place cue (`doubts.subject_of_study`). data/place-words.json.
CONTAINER_WORDS = place_words("container_words")


# Prepositions that put a name unknown to the gazetteer in the place slot ('in Logar'); 'at',
# 'to' and 'from' also take companies and people ('at Poynter', 'from SpaceX').
# data/place-words.json.
AROUND = place_words("around")


# A city this big is the place a reader takes its name for (`big_place`): a qualifier that is
# also such a city starts a list of cities instead ('Paris, Berlin'); a listed name of such a
# city is a place whatever the model made of it ('Alexandria and Constantinople', 'Mombasa and
# Kisumu'; a smaller town's name is too often a company's, a club's or a village's that shares
# a word: 'Paris and Hilton').
CITY = 100_000


# A county the article gives no sign for is the namesake holding this many times the
# towns of the next one (a clear first: 'Cook County' is Illinois's); else it stays unresolved
# in its country rather than take a far namesake ('Orange County': California 44 towns,
# Florida 41, New York 38). (session 17) The same holds for a county that qualifies a town.
CLEAR_FIRST = 2.0


# A qualifier after a place ("Paris, Texas", "Palm Beach (Fla.)") is read in this many tokens.
QUALIFIER_TOKENS = 4


# The words that join the items of a list ('Java, Sumatra and Bali', 'Berrien, Cass and Van Buren
# counties', 'Alexandria & Constantinople').
LIST_JOINERS = frozenset({",", "and", "or", "&"})


def place_word(tok: Token, gaz: Gazetteer) -> bool:
    """A word of a name the model tagged a place, or a capitalised word that is a place's main
    name (`main_place_name`: 'Alexandria', 'Sumatra', whatever the model made of it)."""
    return tok.ent_type_ in PLACE_LABELS or (
        tok.text[:1].isupper() and main_place_name(gaz, tok.text)
    )


def main_place_name(gaz: Gazetteer, text: str) -> bool:
    """The main name of a town, first-level region, country or feature of the gazetteer, or a
    name of its hand-kept list (macro-regions, seas, features)."""
    kinds = (PlaceKind.city, PlaceKind.region, PlaceKind.country, PlaceKind.feature)
    return gaz.hand_kept(text) or any(
        primary and p.kind in kinds for p, primary in gaz.lookup(text)
    )


# (session 20) Abbreviated first words of towns' names and the words they stand for ('mt' ->
# 'mount'): data/place-words.json, 'short long' pairs.
_SHORT_WORDS = dict(pair.split() for pair in place_words("short_first_words"))


def short_form(name: str, main: str) -> bool:
    """'Tunbridge Wells' for 'Royal Tunbridge Wells': every word of the name is in the main
    name; (session 20) an abbreviated word counts as the word it stands for ('Mt Gambier' for
    Mount Gambier, the key the build gives the town)."""
    words = {_SHORT_WORDS.get(w, w) for w in fold(name).split()}
    return words <= {_SHORT_WORDS.get(w, w) for w in fold(main).split()}


def is_country(gaz: Gazetteer, text: str) -> bool:
    """Some entry of the name is a country's ('France', 'U.S.', 'Holland')."""
    return any(p.kind == PlaceKind.country for p, _ in gaz.lookup(text))


COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "upstate", "downstate", "coastal", "rural",
}  # fmt: skip


def main_name(gaz: Gazetteer, name: str, geo: GeoPlace) -> bool:
    return any(primary and p.geonames_id == geo.geonames_id for p, primary in gaz.lookup(name))


# A town reached only through one of its other names ("Google" is an alternate name of Topeka,
# "Jira" of Zira) is that town only with a place cue, unless it is a big city whose old or
# other names the news still writes ("Bombay", "Saigon", "Peking").
ALIAS_CITY = 1_000_000


def in_named_country(gaz: Gazetteer, geo: GeoPlace, named: set[str]) -> bool:
    country = gaz.country(geo.country_code) if geo.country_code else None
    return fold(geo.country_code or "") in named or bool(country and fold(country.name) in named)


# A town this small, in a country the article never names, is a place only with a place cue:
# otherwise the name is more often a product's, a firm's or a word's ("Siri" is a town in
# Ethiopia).
SMALL_TOWN = 50_000


# ... and so is a first-level region this small that the model took for an organisation ('Meta',
# a Colombian department, is mostly the company in the news). Regions the model tags as places
# are not touched: on CoNLL dev that lost 4 true places (LOC TP -4, FP same).
SMALL_REGION = 1_000_000


def span_entries(gaz: Gazetteer, span: NameSpan) -> tuple[list[tuple[GeoPlace, bool]], str | None]:
    """The entries of the span's name, and the qualifier the model took inside the span
    ('Washington, DC', 'Paris, Texas'), if any."""
    hits = gaz.lookup(span.text)
    head, comma, tail = span.text.partition(",")
    if not hits and comma and tail.strip():
        return gaz.lookup(head.strip()), f", {tail.strip()}"
    if any(w in BUILDING_WORDS for w in fold(span.text).split()):
        # 'White House' is no alias of Casablanca: a building's name matches only a main name
        hits = [(p, primary) for p, primary in hits if primary]
    if _title_case_pair(span.text):
        # a state's code is written 'AL' or 'Ala.', never 'Al' ("Al's Moving and Storage")
        hits = [(p, primary) for p, primary in hits if primary]
    return hits, None


def _title_case_pair(text: str) -> bool:
    """'Al', 'Pa': two letters, the second lower case, no dot: a name or a word, no code."""
    return len(text) == 2 and text.isalpha() and text[0].isupper() and text[1].islower()


# A candidate within this distance of a place the article names unambiguously is in the
# article's neighbourhood ('Gaza' beside 'Jerusalem' is not Mozambique's Gaza province): about
# the radius of a US state or a small country.
NEAR_KM = 300.0


def near_anchor(
    geo: GeoPlace, own: str, anchors: list[tuple[str, float, float]], within: float = NEAR_KM
) -> bool:
    if geo.latitude is None or geo.longitude is None:
        return False
    lat, lon = geo.latitude, geo.longitude
    return any(k != own and km(lat, lon, a, b) <= within for k, a, b in anchors)


def big_place(p: GeoPlace) -> bool:
    """A country, a first-level region or a city of `CITY` (100,000) people or more: the place
    a reader takes its name for."""
    return p.kind in (PlaceKind.region, PlaceKind.country) or (
        p.kind == PlaceKind.city and p.population >= CITY
    )


# Longest town name read before ", Qualifier" ("Palm Beach Gardens, Florida").
MAX_TOWN_WORDS = 3


def names_of(gaz: Gazetteer, geo: GeoPlace) -> set[str]:
    country = gaz.country(geo.country_code) if geo.country_code else None
    return {
        fold(country.name) if country else "",
        fold(geo.region) if geo.region else "",
        fold(geo.country_code or ""),
    } - {""}


# An acronym or a code written in capitals is this short at most ('AMA', 'FASA'; a qualifier
# 'NY' after a town is abbreviated, as 'Calif.' is).
ACRONYM_LETTERS = 4


def next_word(doc: Doc, span: NameSpan) -> str:
    """The word after the comma or bracket that follows the span ('Calif.' in 'Fresno, Calif.')."""
    i = span.end + 1
    return doc[i].text if i < len(doc) else ""


def abbreviated(word: str) -> bool:
    return word.endswith(".") or (word.isupper() and len(word) <= ACRONYM_LETTERS)
