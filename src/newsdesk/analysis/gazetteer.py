"""Offline gazetteer: GeoNames places (countries, first-level regions, cities of 15,000+,
continents) looked up by accent-insensitive name, and a second tier of towns of 5,000-15,000.
Built by scripts/build_gazetteer.py."""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from newsdesk.labels import PlaceKind


@dataclass(frozen=True, slots=True)
class GeoPlace:
    geonames_id: int | None  # None: an entry of the hand-kept list (gazetteer-extra.tsv)
    name: str
    kind: PlaceKind  # country, region, city, continent; feature (the hand-kept list only)
    country_code: str | None
    region: str | None
    latitude: float | None
    longitude: float | None
    population: int


# Distinct names in a run are few against their mentions: each is folded once.
_FOLD_CACHE_SIZE = 65536
# Names looked up are remembered (the same few thousand recur across a corpus), up to this many.
_LOOKUP_CACHE_SIZE = 200_000


@lru_cache(maxsize=_FOLD_CACHE_SIZE)
def fold(name: str) -> str:
    """Lower-case, accent-free, dot-free form used as the lookup key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace(".", "").replace("’", "'")).strip().lower()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in kilometres."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


class Gazetteer:
    """Looks names up by bisecting the sorted name index in place; rows are parsed on demand.

    Nothing is split or indexed up front, so loading costs only reading two text files.
    """

    def __init__(
        self,
        rows: bytes,
        index: bytes,
        extra: dict[str, list[GeoPlace]] | None = None,
        codes: dict[str, list[tuple[str, str]]] | None = None,
        initials: dict[str, tuple[str, int]] | None = None,
    ) -> None:
        self._extra = extra or {}
        self._initials = initials or {}  # dotted initials: written form -> (main name, id)
        self._codes = codes or {}  # region codes written in capitals: (country, region name)
        self._cache: dict[str, list[tuple[GeoPlace, bool]]] = {}
        self._rows = rows  # one place per line, as written by the build script
        self._index = index  # sorted "key<TAB>row:primary,..." lines
        self._starts = [0, *(m.end() for m in re.finditer(b"\n", rows))]
        self._parsed: dict[int, GeoPlace] = {}
        self._countries: dict[str, GeoPlace] = {}
        self._towns: dict[tuple[str, str | None], tuple[GeoPlace, ...]] = {}
        for m in re.finditer(f"\t{PlaceKind.country}\t".encode(), rows):
            number = bisect_right(self._starts, m.start()) - 1
            place = self._row(number)
            if place.country_code:
                self._countries[place.country_code] = place

    def _row(self, number: int) -> GeoPlace:
        place = self._parsed.get(number)
        if place is None:
            start = self._starts[number]
            line = self._rows[start : self._rows.find(b"\n", start)].decode("utf-8")
            gid, name, kind, cc, region, lat, lng, pop = line.split("\t")[:8]
            place = GeoPlace(
                geonames_id=int(gid),
                name=name,
                kind=PlaceKind(kind),
                country_code=cc or None,
                region=region or None,
                latitude=float(lat) if lat else None,
                longitude=float(lng) if lng else None,
                population=int(pop),
            )
            self._parsed[number] = place
        return place

    def lookup(self, name: str) -> list[tuple[GeoPlace, bool]]:
        """Every place called `name`, each with whether that is its main name; a name written
        without its article ('Netherlands' for 'The Netherlands') is found too."""
        dotted = self._initials.get(_dotted_key(name))
        if dotted is not None:
            # 'L.A.': the city, not the region whose code folds alike; a hand-kept name counts
            # as a main one, as the hand-kept list's do (no far town reached through an alias)
            main, gid = dotted
            return [(p, True) for p, _ in self._lookup_key(fold(main)) if p.geonames_id == gid]
        key = fold(name)
        if key in self._extra:  # macro-regions, seas, features: the hand-kept list decides
            return [(p, True) for p in self._extra[key]]
        hits = self._lookup_key(key)
        if not hits and not key.startswith("the "):
            hits = self._lookup_key("the " + key)
        coded = self._coded(name)
        if coded:
            have = {p.geonames_id for p, _ in hits}
            return [*hits, *((p, False) for p in coded if p.geonames_id not in have)]
        return list(hits)  # a copy: the cached list stays as it is

    def coded_only(self, name: str) -> bool:
        """(round 13) The name is a region's code only the codes file gives ('ON', 'QC'; not
        'WA', also Washington's): a qualifier after a town, else likely something else ('Jane
        Hale, QC': Queen's Counsel)."""
        return bool(self._coded(name)) and not self._lookup_key(fold(name))

    def is_code(self, name: str) -> bool:
        """(session 14) The name is a region's code or abbreviation of the codes file ('ON',
        'Ont.', 'Qld'), however else the gazetteer knows it."""
        return bool(self._coded(name))

    def coded_regions(self, name: str) -> list[GeoPlace]:
        """(session 14) The first-level regions a code or abbreviation of the codes file names
        ('Vic.': Victoria), empty for any other name."""
        return self._coded(name)

    def _coded(self, name: str) -> list[GeoPlace]:
        """(round 13) The first-level regions a code in capitals names ('ON', 'B.C.', 'NSW':
        gazetteer-region-codes.tsv), by their main names: not a main name of theirs."""
        wanted = self._codes.get(name.replace(".", "").strip())
        if not wanted:
            return []
        return [
            p
            for cc, region in wanted
            for p, primary in self._lookup_key(fold(region))
            if primary and p.kind == PlaceKind.region and p.country_code == cc
        ]

    def hand_kept(self, name: str) -> bool:
        """Whether the name is one of the hand-kept macro-regions, seas and features."""
        return fold(name) in self._extra

    def hand_kept_by_head(self, word: str) -> bool:
        """(session 18) Whether some hand-kept place's main name opens with this one word and
        goes on ('Gulf' -> Gulf of Mexico, Gulf of Aden, Gulf region; 'Bay' -> Bay of Bengal):
        a bare head word that may stand for one of them."""
        head = fold(word)
        if " " in head:
            return False
        return any(
            fold(p.name).startswith(head + " ") for places in self._extra.values() for p in places
        )

    def _lookup_key(self, key: str) -> list[tuple[GeoPlace, bool]]:
        found = self._cache.get(key)
        if found is None:
            found = self._search(key)
            if len(self._cache) < _LOOKUP_CACHE_SIZE:
                self._cache[key] = found
        return found

    def _search(self, key: str) -> list[tuple[GeoPlace, bool]]:
        prefix = (key + "\t").encode("utf-8")
        found = _first_line_from(self._index, prefix)
        if found is None or not found.startswith(prefix):
            return []
        line = found.decode("utf-8")
        hits = []
        for ref in line.split("\t", 1)[1].split(","):
            number, primary = ref.split(":")
            hits.append((self._row(int(number)), primary == "1"))
        return hits

    def country(self, code: str) -> GeoPlace | None:
        return self._countries.get(code)

    def towns_in(self, country_code: str, region: str | None = None) -> tuple[GeoPlace, ...]:
        """The towns of a country, or of one of its first-level regions (by the region's
        name as the towns' rows give it), read from the rows once per area."""
        key = (country_code, region)
        found = self._towns.get(key)
        if found is None:
            needle = f"\tcity\t{country_code}\t{region + chr(9) if region else ''}".encode()
            numbers = {
                bisect_right(self._starts, m.start()) - 1
                for m in re.finditer(re.escape(needle), self._rows)
            }
            found = tuple(self._row(n) for n in sorted(numbers))
            self._towns[key] = found
        return found


def _first_line_from(text: bytes, key: bytes) -> bytes | None:
    """The first line of sorted `text` that is not less than `key` (binary search on offsets)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind(b"\n", 0, mid) + 1
        end = text.find(b"\n", start)
        end = len(text) if end < 0 else end
        if text[start:end] < key:
            lo = end + 1
        else:
            hi = start
    if lo >= len(text):
        return None
    end = text.find(b"\n", lo)
    return text[lo : len(text) if end < 0 else end]


def _read(name: str) -> bytes:
    # Kept as bytes: UTF-8 sorts like the text, and only the lines looked up are decoded.
    return resources.files("newsdesk").joinpath("data", name).read_bytes()


def _table(name: str) -> list[list[str]]:
    """The rows of a hand-kept TSV of data/ (its fields split on tabs): the lines after its
    header, the first line that is no comment; comments ('#') and blank lines are skipped."""
    lines = [x for x in _read(name).decode("utf-8").splitlines() if x.strip() and x[0] != "#"]
    return [line.split("\t") for line in lines[1:]]


def _extra() -> dict[str, list[GeoPlace]]:
    """The hand-kept list: name, kind, country, latitude, longitude, keys (| separated)."""
    found: dict[str, list[GeoPlace]] = {}
    for name, kind, cc, lat, lng, keys in _table("gazetteer-extra.tsv"):
        place = GeoPlace(None, name, PlaceKind(kind), cc or None, None, float(lat), float(lng), 0)
        for key in keys.split("|"):
            found.setdefault(fold(key), []).append(place)
    return found


def _dotted_key(name: str) -> str:
    """The written form of dotted initials, spaces and a final dot dropped ('L.A.' -> 'L.A');
    '' for a name with no dot between two letters."""
    key = name.replace(" ", "").rstrip(".")
    return key if "." in key else ""


def _initials() -> dict[str, tuple[str, int]]:
    """(session 15) gazetteer-initials.tsv: dotted initials -> (the city's main name, id)."""
    return {
        _dotted_key(written): (name, int(gid))
        for written, name, gid in _table("gazetteer-initials.tsv")
    }


def _region_codes() -> dict[str, list[tuple[str, str]]]:
    """(round 13) Canada's and Australia's region codes: code -> (country, region name)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for code, cc, region in _table("gazetteer-region-codes.tsv"):
        found.setdefault(code, []).append((cc, region))
    return found


@cache
def load() -> Gazetteer:
    rows = _read("gazetteer.tsv")
    return Gazetteer(
        rows[rows.index(b"\n") + 1 :],
        _read("gazetteer-index.tsv"),
        _extra(),
        _region_codes(),
        _initials(),
    )


@cache
def load_towns() -> Gazetteer:
    """The towns of 5,000-15,000 people, by main name: looked up only for a town the sentence
    qualifies or names in a place slot near the article's other places (a bare lookup in this
    many small towns would make a place of too many ordinary words)."""
    rows = _read("gazetteer-towns.tsv")
    return Gazetteer(rows[rows.index(b"\n") + 1 :], _read("gazetteer-towns-index.tsv"))


@cache
def load_villages() -> Gazetteer:
    """(round 13) The towns of 1,000-5,000 people of the United States, Canada and Australia,
    by main name: looked up only for a town its sentence qualifies with its state or province
    ('Ashland City, TN'), where the qualifier decides which of them it is."""
    rows = _read("gazetteer-villages.tsv")
    return Gazetteer(rows[rows.index(b"\n") + 1 :], _read("gazetteer-villages-index.tsv"))


@cache
def load_counties() -> dict[str, tuple[tuple[GeoPlace, int], ...]]:
    """Counties, parishes and boroughs ('Orange County', 'Caddo Parish'), by folded
    name: each namesake with how many towns of 1,000+ people it holds (the weight of a
    namesake when the article gives no other sign). Built by scripts/build_counties.py, which
    keeps only names that say they are such a division: a bare second-level name ('Kent')
    finds nothing here."""
    found: dict[str, list[tuple[GeoPlace, int]]] = {}
    for line in _read("gazetteer-counties.tsv").decode("utf-8").splitlines()[1:]:
        name, cc, region, lat, lng, towns = line.split("\t")
        place = GeoPlace(None, name, PlaceKind.region, cc, region, float(lat), float(lng), 0)
        found.setdefault(fold(name), []).append((place, int(towns)))
    return {k: tuple(v) for k, v in found.items()}


@cache
def load_divisions() -> dict[str, tuple[GeoPlace, ...]]:
    """Second-level divisions by a bare name ('Somerset', 'Suffolk', 'Kent'), by
    folded name, each with the middle of its towns' spread as its position (built by
    scripts/build_counties.py, divisions of 5+ towns of 1,000+ people). A bare name is also a
    town's somewhere, so the place rules read it only near the article's own towns."""
    found: dict[str, list[GeoPlace]] = {}
    for line in _read("gazetteer-divisions.tsv").decode("utf-8").splitlines()[1:]:
        name, cc, region, lat, lng, _ = line.split("\t")
        place = GeoPlace(None, name, PlaceKind.region, cc, region, float(lat), float(lng), 0)
        found.setdefault(fold(name), []).append(place)
    return {k: tuple(v) for k, v in found.items()}


@cache
def load_compass_regions() -> dict[str, tuple[GeoPlace, ...]]:
    """A country's regions named by a bare compass word ('the South', 'the West' of
    the United States), by the folded word: each at the median of its member first-level
    regions' centres (gazetteer-compass-regions.tsv lists the members, not a position)."""
    gaz = load()
    found: dict[str, list[GeoPlace]] = {}
    for line in _read("gazetteer-compass-regions.tsv").decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word, cc, name, members = line.split("\t")
        centres = [
            (p.latitude, p.longitude)
            for member in members.split("|")
            for p, primary in gaz.lookup(member)
            if primary
            and p.kind == PlaceKind.region
            and p.country_code == cc
            and p.latitude is not None
            and p.longitude is not None
        ]
        lat = statistics.median(a for a, _ in centres) if centres else None
        lon = statistics.median(b for _, b in centres) if centres else None
        place = GeoPlace(None, name, PlaceKind.region, cc, None, lat, lon, 0)
        found.setdefault(fold(word), []).append(place)
    return {k: tuple(v) for k, v in found.items()}


@cache
def compass_region_members() -> dict[tuple[str, str], frozenset[str]]:
    """The first-level regions each compass region is made of, by (country code, the
    region's name): folded main names, as gazetteer-compass-regions.tsv lists them."""
    found: dict[tuple[str, str], frozenset[str]] = {}
    for line in _read("gazetteer-compass-regions.tsv").decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        _, cc, name, members = line.split("\t")
        found[cc, name] = frozenset(fold(m) for m in members.split("|"))
    return found
