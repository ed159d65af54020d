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
    def __init__(self, rows: list[GeoPlace], keys: dict[str, list[tuple[int, bool]]]) -> None:
        self._rows = rows
        self._keys = keys
        self._countries = {
            r.country_code: r for r in rows if r.kind == "country" and r.country_code
        }

    def lookup(self, name: str) -> list[tuple[GeoPlace, bool]]:
        """Every place called `name`, each with whether that is its main name."""
        return [(self._rows[i], primary) for i, primary in self._keys.get(fold(name), [])]

    def country(self, code: str) -> GeoPlace | None:
        return self._countries.get(code)


@cache
def load() -> Gazetteer:
    rows: list[GeoPlace] = []
    keys: dict[str, list[tuple[int, bool]]] = {}
    data = resources.files("newsdesk").joinpath("data/gazetteer.tsv.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    for line in lines[1:]:
        if not line:
            continue
        gid, name, kind, cc, region, lat, lng, pop, names = line.split("\t")
        index = len(rows)
        rows.append(
            GeoPlace(
                geonames_id=int(gid),
                name=name,
                kind=kind,
                country_code=cc or None,
                region=region or None,
                latitude=float(lat) if lat else None,
                longitude=float(lng) if lng else None,
                population=int(pop),
            )
        )
        for n, key in enumerate(names.split("|")):
            keys.setdefault(key, []).append((index, n == 0))
    return Gazetteer(rows, keys)
