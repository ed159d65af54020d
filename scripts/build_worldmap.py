"""Build src/newsdesk/data/world.json: country outlines for the HTML report's offline map.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped inside the
geopandas 0.14.4 wheel (`geopandas/datasets/naturalearth_lowres/`). A build-time tool only:

    pip install -e '.[worldmap]'                       # pyshp
    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    python scripts/build_worldmap.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

Each ring is projected equirectangularly (x = lon + 180, y = 90 - lat, so the world is the
box 0 0 360 180 and one unit is one degree), simplified with Douglas-Peucker, rounded, and
written as an SVG path. Rings smaller than MIN_RING_AREA square degrees are dropped.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import zipfile
from pathlib import Path

import shapefile  # pyshp

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsdesk" / "data" / "world.json"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"

# Degrees a simplified outline may stray from the original: at a 1000-pixel-wide world
# (2.8 px per degree) 0.15 degrees is under half a pixel, and it halves the file.
TOLERANCE = 0.15
# Islands smaller than this (square degrees, ~ 0.2 x 0.2) are invisible dots on a world map.
MIN_RING_AREA = 0.04
# One decimal: 0.1 degree is ~0.3 px on a 1000-pixel-wide world.
DECIMALS = 1

Point = tuple[float, float]


def _perpendicular(p: Point, a: Point, b: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return float(((x - x1) ** 2 + (y - y1) ** 2) ** 0.5)
    return float(abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5)


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative (long coastlines would overflow a recursive one)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(points: list[Point]) -> float:
    return (
        abs(
            sum(
                x1 * y2 - x2 * y1
                for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
            )
        )
        / 2
    )


def _num(value: float) -> str:
    return f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".") or "0"


def path(rings: list[list[Point]]) -> str:
    out = []
    for ring in rings:
        out.append("M" + " ".join(f"{_num(x)},{_num(y)}" for x, y in ring) + "Z")
    return "".join(out)


def build(wheel: Path) -> dict[str, object]:
    with zipfile.ZipFile(wheel) as zf:
        files = {ext: io.BytesIO(zf.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = zf.read(f"{MEMBER}.cpg").decode("ascii").strip()  # the .dbf's code page
    reader = shapefile.Reader(
        shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding=encoding
    )
    countries = []
    for shape_record in reader.iterShapeRecords():
        record, shape = shape_record.record, shape_record.shape
        bounds = [*shape.parts, len(shape.points)]
        rings = []
        for start, end in itertools.pairwise(bounds):
            ring = [(lon + 180.0, 90.0 - lat) for lon, lat in shape.points[start:end]]
            if area(ring) < MIN_RING_AREA:
                continue
            simple = simplify(ring, TOLERANCE)
            if len(simple) >= 4:
                rings.append(simple[:-1] if simple[0] == simple[-1] else simple)
        if rings:
            countries.append({"name": record["name"], "iso_a3": record["iso_a3"], "d": path(rings)})
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4",
        "projection": "equirectangular: x = longitude + 180, y = 90 - latitude",
        "width": 360,
        "height": 180,
        "countries": countries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=Path, help="geopandas-0.14.4-py3-none-any.whl")
    args = parser.parse_args()
    data = build(args.wheel)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(
        f"{OUT.relative_to(ROOT)}: {len(data['countries'])} countries, {OUT.stat().st_size:,} bytes"
    )  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
