"""The word lists the entity rules use, each data file read once: data/entity-words.json (shared
by the people and place rules), data/people-words.json and data/place-words.json (their own)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

_ENTITY_WORDS = "entity-words.json"


@cache
def _read(file: str) -> dict[str, object]:
    """A word-list file of data/, parsed once."""
    path = resources.files("newsdesk").joinpath(f"data/{file}")
    data: dict[str, object] = json.loads(path.read_text("utf-8"))
    return data


@cache
def _lists(file: str) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _read(file).items() if isinstance(v, list)}


def file_words(file: str, name: str) -> frozenset[str]:
    """A word list of one of data/'s word-list files ('people-words.json', 'place-words.json')."""
    return _lists(file)[name]


@cache
def table(name: str) -> dict[str, str]:
    """A mapping of the data file ('title_abbreviations': 'sen' -> 'Senator')."""
    value = _read(_ENTITY_WORDS)[name]
    assert isinstance(value, dict)
    return {str(k): str(v) for k, v in value.items()}


def words(name: str) -> frozenset[str]:
    """A word list of data/entity-words.json."""
    return file_words(_ENTITY_WORDS, name)


# Titles written before a name ("Foreign Minister Martínez", "Sen. Warren").
TITLES = words("titles")
# Nouns that make a phrase an office or role ("the Secretary of State, Antony Blinken").
ROLE_NOUNS = TITLES | words("role_nouns")
# Words that make a name an organisation's ("Department", "Bank", "Club").
ORG_WORDS = words("org_words")
# Site furniture the model sometimes tags as a name ("Subscribe", "Facebook").
BOILERPLATE_WORDS = words("boilerplate_words")
DETERMINERS = words("determiners")
# Possessive pronouns dropped before a role ("my friend and coworker Kelsey").
POSSESSIVES = words("possessives")
# Prepositions that put a name in the place slot ("in Logar", "to Brownsville").
LOCATIVE = words("locative")
# Nouns that follow or introduce a place name ("Logar province", "the town of Ziketan").
PLACE_NOUNS = words("place_nouns")
# Generational suffixes that do not identify a person ("Jr.", "III").
NAME_SUFFIXES = words("name_suffixes")
# Names of heavenly bodies: never places on Earth ("Mars", "Europa").
NOT_PLACES = words("not_places")
# Degrees and credentials written after a name ("Jane Roe, MD"): not places.
CREDENTIALS = words("credentials")
# Words that make a name a building or venue ("White House", "Heinz Field"): not places, and
# never looked up through a gazetteer alias.
BUILDING_WORDS = words("building_words")
# Nouns of places: kinds ('island', 'county'), natural features ('falls') and what a place is
# to a visitor ('location', 'destination'): a name given as one is no person's.
PLACE_KIND_NOUNS = PLACE_NOUNS | words("feature_nouns") | words("place_kind_nouns")
# Plural place nouns closing a list of places ("Berrien, Cass and Van Buren counties").
PLURAL_PLACE_NOUNS = words("plural_place_nouns")
# Lower-case words a person's name may hold ("Ludwig van Beethoven", "Leonardo da Vinci").
NAME_PARTICLES = words("name_particles")
# Names that, after "<town>, ", end the town's own name ("Washington, D.C."): one place.
PLACE_NAME_TAILS = words("place_name_tails")
# Common nouns that say the name beside them is an organisation or a product ("security firm
# Jamf", "Breez, an identity company"): such a name is not a person's.
ORG_COMMON_NOUNS = words("org_common_nouns")
# Verbs whose object is a company, not a person ("acquired Breez").
ORG_VERBS = words("org_verbs")
# Last words of events and prizes ("Davis Cup", "Nobel Prize"): such a name is no person.
EVENT_WORDS = words("event_words")
# Last words of products and things ("Magic Keyboard", "Smart Charger", "App Store"): such a
# name is no person.
THING_WORDS = words("thing_words")
# Nouns a club's name modifies ("Barcelona soccer player", "Chelsea striker"): the name is the
# team's, not the town's.
TEAM_NOUNS = words("team_nouns")
# Blocs named by a compass word ("the West", "the East"): a place only as the region of a
# country the article names ("Western" in a Ghanaian article). Not "the North" or "the South",
# which the news also writes for North and South Korea or the US South.
BLOC_WORDS = words("bloc_words")
# Nouns of a tie to another person ("his wife Kali", "my friend and coworker Kelsey").
KIN_NOUNS = words("kin_nouns")
# Nouns of a person, by a tie or of no trade ("a senior Labour Party figure"): read as roles
# beside a name as the role nouns are.
PERSON_NOUNS = KIN_NOUNS | words("person_nouns")


def people_words(name: str) -> frozenset[str]:
    """A list of the people rules alone (data/people-words.json)."""
    return file_words("people-words.json", name)
