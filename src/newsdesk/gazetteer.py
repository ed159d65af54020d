"""Offline gazetteer: GeoNames places (countries, first-level regions, cities of 15,000+,
continents) looked up by accent-insensitive name. Built by scripts/build_gazetteer.py."""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class GeoPlace:
    geonames_id: int
    name: str
    kind: str  # country, region, city, continent
    country_code: str | None
    region: str | None
    latitude: float | None
    longitude: float | None
    population: int


def fold(name: str) -> str:
    """Lower-case, accent-free, dot-free form used as the lookup key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace(".", "").replace("’", "'")).strip().lower()


class Gazetteer:
    """Name index over the gazetteer's rows; a row is parsed only when a lookup returns it."""

    def __init__(self, lines: list[str], keys: dict[str, list[tuple[int, bool]]]) -> None:
        self._lines = lines
        self._keys = keys
        self._parsed: dict[int, GeoPlace] = {}
        self._countries: dict[str, GeoPlace] = {}
        for index, line in enumerate(lines):
            if "\tcountry\t" in line:
                place = self._row(index)
                if place.kind == "country" and place.country_code:
                    self._countries[place.country_code] = place

    def _row(self, index: int) -> GeoPlace:
        place = self._parsed.get(index)
        if place is None:
            gid, name, kind, cc, region, lat, lng, pop = self._lines[index].split("\t")[:8]
            place = GeoPlace(
                geonames_id=int(gid),
                name=name,
                kind=kind,
                country_code=cc or None,
                region=region or None,
                latitude=float(lat) if lat else None,
                longitude=float(lng) if lng else None,
                population=int(pop),
            )
            self._parsed[index] = place
        return place

    def lookup(self, name: str) -> list[tuple[GeoPlace, bool]]:
        """Every place called `name`, each with whether that is its main name."""
        return [(self._row(i), primary) for i, primary in self._keys.get(fold(name), [])]

    def country(self, code: str) -> GeoPlace | None:
        return self._countries.get(code)


@cache
def load() -> Gazetteer:
    data = resources.files("newsdesk").joinpath("data/gazetteer.tsv.gz").read_bytes()
    lines = [ln for ln in gzip.decompress(data).decode("utf-8").split("\n")[1:] if ln]
    keys: dict[str, list[tuple[int, bool]]] = {}
    for index, line in enumerate(lines):
        names = line.rsplit("\t", 1)[1].split("|")
        keys.setdefault(names[0], []).append((index, True))
        for key in names[1:]:
            keys.setdefault(key, []).append((index, False))
    return Gazetteer(lines, keys)
